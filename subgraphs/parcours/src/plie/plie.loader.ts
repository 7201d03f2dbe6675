import { defineLoader, entityByIdLoader, groupByKey } from '@plie-hub/kit';
import type { CommuneTerritoire } from './plie.type';
import { PlieEntity } from './plie.entity';

export const plieByCode = entityByIdLoader(PlieEntity);

export const communesByPlie = defineLoader<string, CommuneTerritoire[]>(async (codes, { db }) => {
  const rows: Array<CommuneTerritoire & { plieCode: string }> = await db.query(
    'SELECT plie_code AS "plieCode", commune_insee AS "communeInsee", valide_du AS "valideDu", valide_au AS "valideAu" FROM plie_commune WHERE plie_code = ANY($1) ORDER BY commune_insee, valide_du',
    [codes],
  );
  return groupByKey(codes, rows, (row) => row.plieCode);
});
