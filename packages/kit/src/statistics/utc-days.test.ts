import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataSource } from '@plie-hub/storage';
import { createLogger } from '../logger';
import { utcDaysSql } from './utc-days';

describe('utcDaysSql', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await openDataSource({ target: { kind: 'embedded', dataDir: null, schema: 'essai_jours' }, entities: [], migrations: [], log: createLogger('test', 'error') });
  });
  afterAll(() => db.destroy());

  it('keeps the same instants as the UTC day of each, at the edges of the period and across a DST change', async () => {
    const instants = [
      '2024-12-31T23:59:59.999Z', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00.001Z', '2025-03-30T00:59:59Z', '2025-03-30T01:00:00Z',
      '2025-06-30T22:30:00Z', '2025-06-30T23:59:59.999999Z', '2025-07-01T00:00:00Z', null,
    ];
    const rows: Array<{ t: string | null; by_day: boolean | null; by_range: boolean | null }> = await db.query(
      `SELECT t::text, (t AT TIME ZONE 'UTC')::date BETWEEN $2 AND $3 AS by_day, ${utcDaysSql('t', '$2', '$3')} AS by_range
         FROM unnest($1::timestamptz[]) AS t`,
      [instants, '2025-01-01', '2025-06-30'],
    );
    expect(rows.map((r) => r.by_range ?? false)).toEqual(rows.map((r) => r.by_day ?? false));
    expect(rows.filter((r) => r.by_range).length).toBe(6);
  });
});
