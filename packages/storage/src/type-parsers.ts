/**
 * One decoding of PostgreSQL values for both back-ends, so that code and tests see the same JavaScript values on
 * the embedded database and on a server: counts as numbers, money as exact decimal strings, calendar dates as
 * `YYYY-MM-DD` strings (never a `Date` shifted by the process time zone), timestamps as `Date`.
 */
export const PG_OID = {
  INT8: 20,
  NUMERIC: 1700,
  DATE: 1082,
} as const;

const parseInt8 = (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} exceeds the safe integer range`);
  return n;
};

/** Text-format parsers that override the drivers' defaults, keyed by type OID. */
export const valueParsers: Record<number, (value: string) => unknown> = {
  [PG_OID.INT8]: parseInt8,
  [PG_OID.DATE]: (value: string) => value,
  [PG_OID.NUMERIC]: (value: string) => value,
};
