import { alignById, defineLoader, entitiesByKeyLoader, entityByIdLoader, entityByKeyLoader, findEntities, isUuid, prepared, today } from '@plie-hub/kit';
import { ParticipantEntity } from '../participant/participant.entity';
import type { PlieEntity } from '../plie/plie.entity';
import { ReferentEntity } from '../referentiel/referent.entity';
import { SortieEntity } from '../sortie/sortie.entity';
import { ParcoursEntity } from './parcours.entity';
import { EntretienEntity, EtapeEntity, MesureEntity, VeilleEntity } from './suivi.entities';

/** Every list below is one query per request batch, whatever the number of parcours on the page. */
export const parcoursById = entityByIdLoader(ParcoursEntity);
export const participantById = entityByIdLoader(ParticipantEntity);
export const referentById = entityByIdLoader(ReferentEntity);

export const parcoursByParticipant = entitiesByKeyLoader(ParcoursEntity, 'participant_id', 'date_entree DESC');
export const entretiensByParcours = entitiesByKeyLoader(EntretienEntity, 'parcours_id', 'date DESC, cree_le DESC');
export const etapesByParcours = entitiesByKeyLoader(EtapeEntity, 'parcours_id', 'debut DESC');
/**
 * The current étape of each parcours, read alone: a caseload of 100 parcours asks for 100 rows, not for every étape
 * of every parcours (ten times more, each made an entity). A prepared statement with the ids as one array: built
 * through the query builder it had one parameter per id, so PostgreSQL planned it again at every caseload.
 */
export const etapeEnCoursByParcours = defineLoader<string, EtapeEntity | null>(async (ids, { db }) => {
  const rows = await findEntities(
    db,
    EtapeEntity,
    'WHERE parcours_id = ANY($1) AND debut <= $2 AND (fin IS NULL OR fin >= $2) ORDER BY parcours_id, debut DESC',
    [ids.filter(isUuid), today()],
    { distinctOn: 'parcours_id' },
  );
  return alignById(ids, rows, (row) => row.parcoursId);
});
export const veillesByParcours = entitiesByKeyLoader(VeilleEntity, 'parcours_id', 'debut DESC');
export const mesuresByParcours = entitiesByKeyLoader(MesureEntity, 'parcours_id', 'numero ASC');

export const sortieByParcours = entityByKeyLoader(SortieEntity, 'parcours_id');

/** What the alerts of a parcours are computed from, besides the parcours itself. */
export interface AlerteFacts {
  plie: Pick<PlieEntity, 'delaiSansContactJours' | 'dureeMaxMois'>;
  /** Date of the last interview the person attended. */
  dernierContact: string | null;
  sortie: Pick<SortieEntity, 'categorie' | 'date' | 'confirmee6Mois'> | null;
}

/**
 * The alerts' facts of many parcours in one statement: their PLIE's delays, last contact and exit. Three loaders
 * (a PLIE, the last contacts, the exits as entities) were three round trips per caseload, each costing the hub
 * more CPU than PostgreSQL spends answering it.
 */
export const alerteFactsByParcours = defineLoader<string, AlerteFacts | null>(async (ids, { db }) => {
  const rows: Array<{ id: string; delai: number; dureeMax: number; dernierContact: string | null; categorie: SortieEntity['categorie'] | null; date: string | null; confirmee6Mois: boolean | null }> =
    await db.query(
      prepared(`SELECT pa.id, pl.delai_sans_contact_jours AS delai, pl.duree_max_mois AS "dureeMax",
         (SELECT max(e.date) FROM entretien e WHERE e.parcours_id = pa.id AND e.present) AS "dernierContact",
         s.categorie, s.date, s.confirmee_6_mois AS "confirmee6Mois"
       FROM parcours pa JOIN plie pl ON pl.code = pa.plie_code LEFT JOIN sortie s ON s.parcours_id = pa.id
       WHERE pa.id = ANY($1)`),
      [ids],
    );
  const facts = rows.map((row) => ({
    id: row.id,
    plie: { delaiSansContactJours: row.delai, dureeMaxMois: row.dureeMax },
    dernierContact: row.dernierContact,
    sortie: row.categorie && row.date ? { categorie: row.categorie, date: row.date, confirmee6Mois: row.confirmee6Mois } : null,
  }));
  return alignById(ids, facts, (fact) => fact.id);
});
