/** Today as `YYYY-MM-DD` (UTC): the reference date of every date rule. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Whole years between two ISO dates (age on a date). */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [y, m, d] = to.split('-').map(Number) as [number, number, number];
  return y - fy - (m < fm || (m === fm && d < fd) ? 1 : 0);
}

/** Whole months between two ISO dates. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [y, m, d] = to.split('-').map(Number) as [number, number, number];
  return (y - fy) * 12 + (m - fm) - (d < fd ? 1 : 0);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Accepts `YYYY-MM-DD` or the French `JJ/MM/AAAA` of spreadsheets; returns ISO or the input unchanged. */
export function isoFromFrench(value: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : value.trim();
}
