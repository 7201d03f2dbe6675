import { createHash } from 'node:crypto';
import { Random, stableUuid } from '@plie-hub/demo';

/**
 * Small helpers of the generator. Calendar dates are handled as day numbers (days since 1970-01-01, UTC) while
 * generating, and written as ISO strings: no `Date` arithmetic in a time zone, no reading of the clock.
 */
const DAY_MS = 86_400_000;

export const dayOf = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS;
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** A timestamp on `day` at `minutes` past midnight UTC, as written to a timestamptz column. */
export const instantOf = (day: number, minutes: number): string => new Date(day * DAY_MS + Math.round(minutes) * 60_000).toISOString();

/** Adds months, clamping to the last day of a shorter month (as the parcours subgraph does). */
export function addMonthsDay(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target.getTime() / DAY_MS;
}

export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [y, m, d] = to.split('-').map(Number) as [number, number, number];
  return y - fy - (m < fm || (m === fm && d < fd) ? 1 : 0);
}

/** Months are numbered from year 0: `monthIndex('2025-03-14') = 2025 * 12 + 2`. */
export const monthIndexOf = (day: number): number => {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
export const firstDayOfMonth = (month: number): number => Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;
export const lastDayOfMonth = (month: number): number => Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0) / DAY_MS;
export const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/**
 * Splits `total` into integer parts proportional to `weights`, summing exactly to `total` (cumulative rounding), so
 * that a table's row count is exactly the one the scale asks for.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) return apportion(total, weights.map(() => 1));
  const parts: number[] = [];
  let cumulative = 0;
  let given = 0;
  for (const weight of weights) {
    cumulative += weight;
    const upTo = Math.round((total * cumulative) / sum);
    parts.push(upTo - given);
    given = upTo;
  }
  return parts;
}

/** Fisher-Yates with the seeded generator. */
export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** A stream of ids for one kind of row: `ids.next()` is the same sequence for the same seed. */
export function idStream(prefix: string): () => string {
  let n = 0;
  return () => stableUuid(`${prefix}:${(n += 1)}`);
}

export const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Upper case without accents (for e-mail addresses and agency labels). */
export const slug = (value: string) =>
  value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');

/** The kit's: companies and porteurs need SIRETs the subgraphs accept. */
export { withSiretKey } from '@plie-hub/kit';

/** Integer division rounded half away from zero, the hub's rounding of money (see `Montant`). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

/** Cents as the numeric(14,2) text PostgreSQL reads ("1234.56"). */
export const euros = (cents: bigint): string => {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

export const sha256 = () => createHash('sha256');

export { Random, stableUuid };
