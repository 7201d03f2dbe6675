import { Column, Entity, PrimaryColumn, type DataSource } from 'typeorm';
import { openDataSource } from '@plie-hub/storage';
import { createLogger } from '../logger';
import { VersionedRecord } from './versioned-record';

/** A test entity with each kind of column the subgraphs use: embedded, array, timestamp, jsonb, a transformer. */
class AdresseEssai {
  @Column('text')
  ville: string;

  @Column('date', { nullable: true })
  depuis: string | null;
}

@Entity('fiche_essai')
export class FicheEssai extends VersionedRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  nom: string;

  @Column(() => AdresseEssai, { prefix: 'adresse' })
  adresse: AdresseEssai;

  @Column('text', { array: true })
  statuts: string[];

  @Column('timestamptz', { nullable: true })
  archiveLe: Date | null;

  @Column('jsonb', { nullable: true })
  details: Record<string, unknown> | null;

  @Column('numeric', { transformer: { to: (value: number) => value, from: (value: string) => Number(value) * 100 } })
  montant: number;

  @Column('text', { default: 'NOUVELLE' })
  etat: string;

  /** Set by the database, never written by an insert (as the PLIE copied onto exits and clause hours). */
  @Column({ type: 'text', nullable: true, insert: false })
  calcule?: string | null;
}

/** Embedded storage in memory with the `fiche_essai` table. */
export async function openEssaiDatabase(): Promise<DataSource> {
  const db = await openDataSource({ target: { kind: 'embedded', dataDir: null, schema: 'essai' }, entities: [FicheEssai], migrations: [], log: createLogger('test', 'error') });
  await db.query('CREATE SCHEMA IF NOT EXISTS essai');
  await db.synchronize();
  return db;
}
