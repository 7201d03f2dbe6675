import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { parseTimestamptz, PG_OID } from './type-parsers';

const pgParser = pg.types.getTypeParser(PG_OID.TIMESTAMPTZ, 'text') as (text: string) => Date;

/** How PostgreSQL writes a timestamptz in the ISO style: trailing zeros of the fraction dropped, offset ±HH[:MM]. */
function written(instant: number, fractionDigits: string, offsetMinutes: number): string {
  const local = new Date(instant + offsetMinutes * 60_000).toISOString();
  const fraction = `${local.slice(20, 23)}${fractionDigits}`.replace(/0+$/, '');
  const abs = Math.abs(offsetMinutes);
  const offset = `${offsetMinutes < 0 ? '-' : '+'}${String(Math.trunc(abs / 60)).padStart(2, '0')}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
  return `${local.slice(0, 10)} ${local.slice(11, 19)}${fraction ? `.${fraction}` : ''}${offset}`;
}

describe('timestamptz values', () => {
  it('reads the instant pg’s own parser reads, to the millisecond, for every form PostgreSQL writes', () => {
    const offsets = [0, 60, 120, -300, 330, -570, 345, 840, -720];
    let checked = 0;
    for (let k = 0; k < 20_000; k += 1) {
      // Spread over 1900-2100, with and without fractions of 1 to 6 digits, in several session time zones.
      const instant = Date.UTC(1900, 0, 1) + ((k * 7_919_993_117) % (200 * 365.25 * 86_400_000));
      const text = written(instant, ['', '1', '999', '000501'][k % 4]!, offsets[k % offsets.length]!);
      expect(parseTimestamptz(text).getTime(), text).toBe(pgParser(text).getTime());
      checked += 1;
    }
    expect(checked).toBe(20_000);
  });

  it('leaves to pg’s parser what it does not read by position, with the same result', () => {
    for (const text of ['infinity', '-infinity', '0099-03-01 10:00:00+00', '2024-02-29 23:59:59.999999+00:00:00', '12024-02-29 10:00:00+00', '2024-02-29 10:00:00+00 BC', '1850-06-01 12:00:00+00:09:21']) {
      expect(String(parseTimestamptz(text)), text).toBe(String(pgParser(text)));
    }
  });

  it('truncates microseconds as pg does instead of rounding them', () => {
    expect(parseTimestamptz('2026-01-02 03:04:05.999999+00').toISOString()).toBe('2026-01-02T03:04:05.999Z');
    expect(parseTimestamptz('2026-01-02 03:04:05.5-05:30').toISOString()).toBe('2026-01-02T08:34:05.500Z');
  });
});
