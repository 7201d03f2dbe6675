import pg from 'pg';

/**
 * One decoding of PostgreSQL values for both back-ends, so that code and tests see the same JavaScript values on
 * the embedded database and on a server: counts as numbers, money as exact decimal strings, calendar dates as
 * `YYYY-MM-DD` strings (never a `Date` shifted by the process time zone), timestamps as `Date`.
 */
export const PG_OID = {
  INT8: 20,
  NUMERIC: 1700,
  DATE: 1082,
  TIMESTAMPTZ: 1184,
} as const;

const parseInt8 = (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} exceeds the safe integer range`);
  return n;
};

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const twoDigits = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);
const PLUS = 43;
const MINUS = 45;

/**
 * A `timestamptz` as PostgreSQL writes it in the ISO date style, `YYYY-MM-DD HH:MM:SS[.ffffff]±HH[:MM]`, read by
 * position; anything else (infinity, BC, a five-digit year, an offset with seconds) goes to pg's own parser. pg's
 * parser matches three regular expressions per value, about four times this cost: a caseload of 100 parcours reads
 * several hundred timestamps. The same instant as pg's, milliseconds truncated as it does (a test compares them).
 */
export function parseTimestamptz(text: string): Date {
  const length = text.length;
  // Date.UTC reads the years 0-99 as 1900-1999: pg's parser corrects them.
  const centuryZero = text.charCodeAt(0) === 48 && text.charCodeAt(1) === 48;
  if (length < 22 || centuryZero || text.charCodeAt(4) !== MINUS || text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58) return pgTimestamptz(text);
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 46) {
    at += 1;
    for (let scale = 100; at < length; at += 1, scale /= 10) {
      const d = digit(text, at);
      if (d < 0 || d > 9) break;
      millis += d * scale;
    }
    millis = Math.trunc(millis);
  }
  const sign = text.charCodeAt(at);
  const offsetLength = length - at;
  if ((sign !== PLUS && sign !== MINUS) || (offsetLength !== 3 && (offsetLength !== 6 || text.charCodeAt(at + 3) !== 58))) return pgTimestamptz(text);
  const offsetMinutes = twoDigits(text, at + 1) * 60 + (offsetLength === 6 ? twoDigits(text, at + 4) : 0);
  const utc = Date.UTC(twoDigits(text, 0) * 100 + twoDigits(text, 2), twoDigits(text, 5) - 1, twoDigits(text, 8), twoDigits(text, 11), twoDigits(text, 14), twoDigits(text, 17), millis);
  return new Date(utc - (sign === PLUS ? 1 : -1) * offsetMinutes * 60_000);
}

const pgTimestamptz = (text: string): Date => pg.types.getTypeParser(PG_OID.TIMESTAMPTZ, 'text')(text) as Date;

/** Text-format parsers that override the drivers' defaults, keyed by type OID. */
export const valueParsers: Record<number, (value: string) => unknown> = {
  [PG_OID.INT8]: parseInt8,
  [PG_OID.DATE]: (value: string) => value,
  [PG_OID.NUMERIC]: (value: string) => value,
  [PG_OID.TIMESTAMPTZ]: parseTimestamptz,
};
