import { alignById, defineLoader } from '@plie-hub/kit';
import { In } from 'typeorm';
import { PlieEntity } from './plie.entity';

export const plieByCode = defineLoader<string, PlieEntity | null>(async (codes, { db }) => {
  const rows = await db.getRepository(PlieEntity).findBy({ code: In([...codes]) });
  return alignById(codes, rows, (row) => row.code);
});
