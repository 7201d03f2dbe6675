import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createLogger } from '@plie-hub/kit';
import { openDataSource } from '@plie-hub/storage';
import { readableStructures } from './prescription.access';
import { STRUCTURE_TABLE_SQL, StructurePrescriptriceEntity } from './structure.entity';

describe('structures whose fiches a prescriber lists', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await openDataSource({ target: { kind: 'embedded', dataDir: null, schema: 'structures' }, entities: [StructurePrescriptriceEntity], migrations: [], log: createLogger('test', 'error') });
    await db.query('CREATE SCHEMA IF NOT EXISTS structures');
    await db.query(STRUCTURE_TABLE_SQL);
    await db.query(`INSERT INTO structure_prescriptrice (id, nom, reseau, partage_reseau) VALUES
      ('agence-a', 'A', 'nord', false), ('agence-b', 'B', 'nord', true), ('agence-c', 'C', 'nord', false),
      ('agence-d', 'D', 'sud', true), ('agence-e', 'E', 'sud', false)`);
  }, 60_000);

  afterAll(() => db?.destroy());

  it('are its own and those of its network that share, never another network’s', async () => {
    expect(await readableStructures(db, 'agence-a')).toEqual(['agence-a', 'agence-b']);
    expect(await readableStructures(db, 'agence-b')).toEqual(['agence-b']);
    expect(await readableStructures(db, 'agence-e')).toEqual(['agence-e', 'agence-d']);
  });

  it('are its own alone for a structure the referential does not list yet', async () => {
    expect(await readableStructures(db, 'agence-inconnue')).toEqual(['agence-inconnue']);
  });
});
