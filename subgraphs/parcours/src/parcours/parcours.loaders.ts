import { alignById, defineLoader, entityByIdLoader, groupByKey } from '@plie-hub/kit';
import { In } from 'typeorm';
import { today } from '../dates';
import { ParticipantEntity } from '../participant/participant.entity';
import { ReferentEntity } from '../referentiel/referent.entity';
import { SortieEntity } from '../sortie/sortie.entity';
import { ParcoursEntity } from './parcours.entity';
import { EntretienEntity, EtapeEntity, MesureEntity, VeilleEntity } from './suivi.entities';

/** Every list below is one query per request batch, whatever the number of parcours on the page. */
export const parcoursById = entityByIdLoader(ParcoursEntity);
export const participantById = entityByIdLoader(ParticipantEntity);
export const referentById = entityByIdLoader(ReferentEntity);

export const parcoursByParticipant = defineLoader<string, ParcoursEntity[]>(async (ids, { db }) => {
  const rows = await db.getRepository(ParcoursEntity).find({ where: { participantId: In([...ids]) }, order: { dateEntree: 'DESC' } });
  return groupByKey(ids, rows, (row) => row.participantId);
});

const byParcours = <T extends { parcoursId: string }>(load: (ids: string[], db: import('typeorm').DataSource) => Promise<T[]>) =>
  defineLoader<string, T[]>(async (ids, { db }) => groupByKey(ids, await load([...ids], db), (row) => row.parcoursId));

export const entretiensByParcours = byParcours((ids, db) =>
  db.getRepository(EntretienEntity).find({ where: { parcoursId: In(ids) }, order: { date: 'DESC', creeLe: 'DESC' } }),
);
export const etapesByParcours = byParcours((ids, db) => db.getRepository(EtapeEntity).find({ where: { parcoursId: In(ids) }, order: { debut: 'DESC' } }));
/**
 * The current étape of each parcours, read alone: a caseload of 100 parcours asks for 100 rows, not for every étape
 * of every parcours (ten times more, each made an entity).
 */
export const etapeEnCoursByParcours = defineLoader<string, EtapeEntity | null>(async (ids, { db }) => {
  const rows = await db
    .getRepository(EtapeEntity)
    .createQueryBuilder('e')
    .distinctOn(['e.parcoursId'])
    .where('e.parcoursId IN (:...ids)', { ids: [...ids] })
    .andWhere('e.debut <= :on AND (e.fin IS NULL OR e.fin >= :on)', { on: today() })
    .orderBy('e.parcoursId')
    .addOrderBy('e.debut', 'DESC')
    .getMany();
  return alignById(ids, rows, (row) => row.parcoursId);
});
export const veillesByParcours = byParcours((ids, db) => db.getRepository(VeilleEntity).find({ where: { parcoursId: In(ids) }, order: { debut: 'DESC' } }));
export const mesuresByParcours = byParcours((ids, db) => db.getRepository(MesureEntity).find({ where: { parcoursId: In(ids) }, order: { numero: 'ASC' } }));

export const sortieByParcours = defineLoader<string, SortieEntity | null>(async (ids, { db }) => {
  const rows = await db.getRepository(SortieEntity).findBy({ parcoursId: In([...ids]) });
  return alignById(ids, rows, (row) => row.parcoursId);
});

/** Date of the last interview the person attended, per parcours. */
export const dernierContactByParcours = defineLoader<string, string | null>(async (ids, { db }) => {
  const rows: Array<{ parcours_id: string; date: string }> = await db.query(
    'SELECT parcours_id, max(date) AS date FROM entretien WHERE parcours_id = ANY($1) AND present GROUP BY parcours_id',
    [ids],
  );
  const byId = new Map(rows.map((row) => [row.parcours_id, row.date]));
  return ids.map((id) => byId.get(id) ?? null);
});
