import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { accessMatrix, personalFieldRoles } from '@plie-hub/auth';
import { buildSchema, getNamedType, isLeafType, isNonNullType, isObjectType, parse, print, type GraphQLObjectType } from 'graphql';

/**
 * Fields that lead away from the person (the PLIE, the référent), carry a file, or are the hub's own derived key (the
 * pseudonymous match key, a hash of the identity the answer already gives): not data held about the person.
 */
const SKIPPED = new Set(['plie', 'referent', 'contenuBase64', 'cleRapprochement']);

/**
 * Whether the DPO may read a field, as the access matrix classifies it where a subgraph names it: the fields it keeps
 * for other roles (the coordination's cross-checks between partners and its own record of a decision) are
 * left out of the question rather than refused in the answer. A field nobody classified stays in: its subgraph's
 * check decides.
 */
function dpoMayRead(typeName: string, field: string): boolean {
  return Object.values(accessMatrix().sousGraphes).every((subgraph) => {
    const type = subgraph.donneesPersonnelles[typeName];
    if (!type?.champs.includes(field)) return true;
    return personalFieldRoles(subgraph.donneesPersonnelles, typeName, field)!.includes('DPO');
  });
}
const MAX_DEPTH = 6;

/**
 * The right-of-access query, written from the public schema: from `droitAcces`, every field of the person's records
 * that needs no argument, down to a fixed depth. Generated rather than written by hand so that a field a partner adds
 * to its records is in the next answer without anyone remembering to add it.
 */
export function droitAccesQuery(supergraphSdl: string): string {
  const schema = buildSchema(print(transformSupergraphToPublicSchema(parse(supergraphSdl.replace(/^#.*\n/gm, '')))));
  const root = schema.getQueryType()!.getFields().droitAcces;
  if (!root) throw new Error('the supergraph has no Query.droitAcces');
  const select = (type: GraphQLObjectType, path: string[]): string => {
    const parts: string[] = [];
    for (const field of Object.values(type.getFields())) {
      if (SKIPPED.has(field.name) || !dpoMayRead(type.name, field.name) || field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) parts.push(field.name);
      else if (isObjectType(named) && path.length < MAX_DEPTH && !path.includes(named.name)) {
        const inner = select(named, [...path, named.name]);
        if (inner) parts.push(`${field.name} { ${inner} }`);
      }
    }
    return parts.join(' ');
  };
  const personne = getNamedType(root.type) as GraphQLObjectType;
  return `query DroitAcces($identite: IdentitePersonneInput!) { droitAcces(identite: $identite) { ${select(personne, [personne.name])} } }`;
}
