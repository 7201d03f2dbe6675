/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC, shared by the subgraphs' date rules (ages at a date,
 * durations in months, due dates, alerts).
 */

/** Today as `YYYY-MM-DD` (UTC): the reference date of every date rule. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Days in month `m` (1-12) of year `y`, proleptic Gregorian. */
export const daysInMonth = (y: number, m: number) => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);

// Day arithmetic on integers (days since 1970-01-01, proleptic Gregorian), not through `Date` and its ISO parsing and
// printing: the alerts of a 100-parcours caseload do it hundreds of times per request.
function dayNumber(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function isoOfDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${pad(yoe + era * 400 + (m <= 2 ? 1 : 0), 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Year, month (1-12) and day of a date written `YYYY-MM-DD`. */
export const isoDateParts = (date: string): [number, number, number] => [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];

export function addDays(date: string, days: number): string {
  const [y, m, d] = isoDateParts(date);
  return isoOfDayNumber(dayNumber(y, m, d) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier): a period from 1 to 31 January is 30 days on, 31 days long. */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = isoDateParts(from);
  const [y, m, d] = isoDateParts(to);
  return dayNumber(y, m, d) - dayNumber(fy, fm, fd);
}

/** Adds months, clamping to the last day of a shorter month (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = isoDateParts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, daysInMonth(year, month)), 2)}`;
}

/** Whole years between two ISO dates (age on a date). */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = isoDateParts(from);
  const [y, m, d] = isoDateParts(to);
  return y - fy - (m < fm || (m === fm && d < fd) ? 1 : 0);
}

/** Whole months between two ISO dates. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = isoDateParts(from);
  const [y, m, d] = isoDateParts(to);
  return (y - fy) * 12 + (m - fm) - (d < fd ? 1 : 0);
}
