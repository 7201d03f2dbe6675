import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildSchema, getNamedType, isLeafType, isNonNullType, isObjectType, parse, print, type GraphQLObjectType } from 'graphql';

/**
 * Fields that lead away from the person (other people, the PLIE, the référent) or are the hub’s own derived keys (the
 * pseudonymous match key, the coordination’s cross-checks and its own record of a decision, whose content the
 * answer already gives through `decisionPlie`), not data held about the person.
 */
const SKIPPED = new Set(['personneRapprochee', 'cleRapprochement', 'decisionCommission', 'plie', 'referent', 'contenuBase64']);
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
      if (SKIPPED.has(field.name) || field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
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
