import { defineLoader, groupByKey } from '@plie-hub/kit';
import { In } from 'typeorm';
import { ComplementEntity } from './complement';

/** The addenda of many fiches in one query, oldest first. */
export const complementsByFiche = defineLoader<string, ComplementEntity[]>(async (ids, { db }) => {
  const rows = await db.getRepository(ComplementEntity).find({ where: { prescriptionId: In([...ids]) }, order: { creeLe: 'ASC' } });
  return groupByKey(ids, rows, (row) => row.prescriptionId);
});
