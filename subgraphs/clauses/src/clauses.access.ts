import { ForbiddenError, type SubgraphContext } from '@plie-hub/kit';

/** Facilitators work for the guichet clauses of their PLIEs; administrators everywhere. */
export function assertFacilitateur(context: SubgraphContext, plieCode: string): void {
  const { caller } = context;
  if (caller.roles.includes('ADMIN')) return;
  if (!caller.roles.includes('FACILITATEUR_CLAUSES') || !caller.plies.includes(plieCode)) {
    throw new ForbiddenError(`Réservé aux facilitateurs des clauses du PLIE ${plieCode.slice(0, 30)}.`);
  }
}

export function facilitatedPlies(context: SubgraphContext): string[] | 'all' {
  const { caller } = context;
  if (caller.roles.includes('ADMIN')) return 'all';
  if (!caller.roles.includes('FACILITATEUR_CLAUSES')) throw new ForbiddenError('Réservé aux facilitateurs des clauses sociales.');
  return caller.plies;
}
