import { defineLoader, findEntities, ForbiddenError, groupByKey, type SubgraphContext } from '@plie-hub/kit';
import { ReferentEntity } from '../referentiel/referent.entity';
import type { ParcoursEntity } from './parcours.entity';

/** The référent records of the signed-in person (one per PLIE they work for), if they are one. */
export const referentsBySub = defineLoader<string, ReferentEntity[]>(async (subs, { db }) => {
  const rows = await findEntities(db, ReferentEntity, 'WHERE sub = ANY($1) AND actif', [[...subs]]);
  return groupByKey(subs, rows, (row) => row.sub!);
});

/**
 * Who reads and changes a parcours: its référent (in full), and the coordination of its PLIE. A prescriber sees
 * only the outcome fields contributed to its own fiches; COPIL roles only statistics.
 */
export async function canAccessParcours(context: SubgraphContext, parcours: Pick<ParcoursEntity, 'plieCode' | 'referentId'>): Promise<boolean> {
  const { caller } = context;
  if (caller.roles.includes('COORDINATION_PLIE') && caller.plies.includes(parcours.plieCode)) return true;
  if (caller.roles.includes('REFERENT') && parcours.referentId) {
    const referents = await context.loaders.get(referentsBySub).load(caller.sub);
    return referents.some((referent) => referent.id === parcours.referentId);
  }
  return false;
}

export async function assertCanAccessParcours(context: SubgraphContext, parcours: Pick<ParcoursEntity, 'plieCode' | 'referentId'>): Promise<void> {
  if (!(await canAccessParcours(context, parcours))) {
    throw new ForbiddenError("Ce parcours n'est accessible qu'à son référent et à la coordination de son PLIE.");
  }
}

export function assertCoordination(context: SubgraphContext, plieCode: string): void {
  const { caller } = context;
  if (!(caller.roles.includes('COORDINATION_PLIE') && caller.plies.includes(plieCode)) && !caller.roles.includes('ADMIN')) {
    throw new ForbiddenError(`Action réservée à la coordination du PLIE ${plieCode.slice(0, 30)}.`);
  }
}
