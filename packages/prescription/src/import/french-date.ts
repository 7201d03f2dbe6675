/** Accepts `YYYY-MM-DD` or the French `JJ/MM/AAAA` of spreadsheets; returns ISO or the input unchanged. */
export function isoFromFrench(value: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : value.trim();
}
