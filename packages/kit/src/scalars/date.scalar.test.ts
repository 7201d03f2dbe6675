import { describe, expect, it } from 'vitest';
import { DateScalar, isIsoDate } from './date.scalar';

/** The check as it was written first, through `Date`: the reference the day count must agree with. */
function throughDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isIsoDate', () => {
  it('agrees with the check through Date on every day, month and edge year', () => {
    let checked = 0;
    for (const y of [0, 1, 99, 100, 101, 999, 1000, 1582, 1900, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9999]) {
      for (let m = 0; m <= 13; m += 1) {
        for (let d = 0; d <= 32; d += 1) {
          const value = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isIsoDate(value), value).toBe(throughDate(value));
          checked += 1;
        }
      }
    }
    expect(checked).toBe(17 * 14 * 33);
  });

  it('refuses what is not YYYY-MM-DD', () => {
    for (const value of ['2025-1-01', '2025-01-1', '25-01-01', '2025/01/01', '2025-01-01T00:00:00Z', ' 2025-01-01', '2025-01-01\n', '２０２５-01-01', '']) {
      expect(isIsoDate(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('serializes a database date as it is and refuses an impossible one', () => {
    expect(DateScalar.serialize('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.serialize('2025-02-29')).toThrow('Date invalide');
  });
});
