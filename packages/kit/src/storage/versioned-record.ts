import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Columns every editable record has: a version that each edit increments (a stale version is answered CONFLICT) and
 * creation and modification instants.
 */
export abstract class VersionedRecord {
  @VersionColumn({ type: 'int' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  creeLe: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  modifieLe: Date;
}

/**
 * The SQL of `VersionedRecord`'s columns, for migrations. Frozen: shipped migrations embed it, so a change to these
 * columns is a new migration, never an edit here.
 */
export const VERSIONED_RECORD_COLUMNS_SQL = `
  version int NOT NULL DEFAULT 1,
  cree_le timestamptz NOT NULL DEFAULT now(),
  modifie_le timestamptz NOT NULL DEFAULT now()`;
