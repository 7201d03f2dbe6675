import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { ForbiddenError } from '../errors/forbidden.error';
import { isIsoDate } from '../scalars/date.scalar';

/** What a consolidated COPIL view covers: PLIEs, a period, and the masking threshold that applies to it. */
export interface Perimetre {
  plies: string[];
  debut: string;
  fin: string;
  seuil: number;
}

export const encodePerimetre = (p: Perimetre): string => Buffer.from(JSON.stringify([p.plies, p.debut, p.fin, p.seuil])).toString('base64url');

/**
 * Reads the key of a `VueCopil` and checks that the caller works for every PLIE in it: each subgraph checks its own
 * part, whatever the gateway's plan.
 */
export function decodePerimetre(id: string, context: SubgraphContext): Perimetre {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const [plies, debut, fin, seuil] = (Array.isArray(parsed) ? parsed : []) as [unknown, unknown, unknown, unknown];
  if (!Array.isArray(plies) || plies.length === 0 || plies.length > 50 || !plies.every((c) => typeof c === 'string') || typeof debut !== 'string' || typeof fin !== 'string' || !isIsoDate(debut) || !isIsoDate(fin) || typeof seuil !== 'number') {
    throw new BadUserInputError({ field: 'id', message: 'Vue COPIL inconnue.' });
  }
  if (!context.caller.roles.includes('ADMIN')) {
    const outside = (plies as string[]).filter((code) => !context.caller.plies.includes(code));
    if (outside.length > 0) throw new ForbiddenError(`Vue réservée aux membres du COPIL de ces PLIEs (hors de votre périmètre : ${outside.join(', ').slice(0, 80)}).`);
  }
  return { plies: plies as string[], debut, fin, seuil };
}

/** The consolidated view, keyed by its encoded perimeter; each subgraph adds its part. */
export function vueCopilType() {
  @Directive('@key(fields: "id")')
  @ObjectType('VueCopil')
  class VueCopilRef {
    @Field(() => ID) id: string;
  }
  return VueCopilRef;
}
