import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, monthsBetween, yearsBetween } from './calendar';

/** What `Date` in UTC says, the reference the integer arithmetic must agree with. */
const viaDate = {
  addDays(date: string, days: number) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  },
  addMonths(date: string, months: number) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const target = new Date(Date.UTC(y, m - 1 + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(d, last));
    return target.toISOString().slice(0, 10);
  },
};

describe('calendar arithmetic on ISO dates', () => {
  it('clamps to the end of a shorter month, leap years included', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2000-03-31', -1)).toBe('2000-02-29');
    expect(addMonths('2025-11-15', 26)).toBe('2028-01-15');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('agrees with Date for every day of 1999-2031 and offsets either way', () => {
    const mismatches: string[] = [];
    for (let day = new Date(Date.UTC(1999, 0, 1)); day.getUTCFullYear() < 2032; day.setUTCDate(day.getUTCDate() + 1)) {
      const date = day.toISOString().slice(0, 10);
      for (const n of [-400, -31, -1, 0, 1, 29, 30, 365, 1000]) {
        if (addDays(date, n) !== viaDate.addDays(date, n)) mismatches.push(`${date} ${n} days`);
        if (daysBetween(date, viaDate.addDays(date, n)) !== n) mismatches.push(`${n} days from ${date}`);
      }
      for (const n of [-25, -1, 1, 6, 12, 24]) if (addMonths(date, n) !== viaDate.addMonths(date, n)) mismatches.push(`${date} ${n} months`);
    }
    expect(mismatches).toEqual([]);
  });

  it('counts whole years and months between two dates, a day short of the anniversary not counted', () => {
    expect(yearsBetween('2000-02-29', '2016-02-28')).toBe(15);
    expect(yearsBetween('2000-02-29', '2016-02-29')).toBe(16);
    expect(yearsBetween('2008-06-15', '2026-06-14')).toBe(17);
    expect(yearsBetween('2008-06-15', '2026-06-15')).toBe(18);
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(0);
    expect(monthsBetween('2025-01-15', '2026-01-15')).toBe(12);
    expect(monthsBetween('2025-01-15', '2027-01-14')).toBe(23);
  });
});
