import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { gateway, tokenFor } from '../support/client';
import { PARTNERS } from '../support/fiches';
import { publicSchema } from '../support/schema-walk';

/**
 * A page of fiches reads the columns of the fields asked only. Each field of a partner's fiche, asked alone in the
 * list, must answer what the same fiche answers when read by its id (every column): a column left out of a field's
 * list would answer null here, not fail.
 */
const schema = publicSchema();
const askable = (field: GraphQLField<unknown, unknown>) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);

/** The field with its leaves (one level down for an object), as a client would ask it. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return field.name;
  const leaves = Object.values((type as GraphQLObjectType).getFields()).filter((sub) => askable(sub) && isLeafType(getNamedType(sub.type)));
  return `${field.name} { __typename ${leaves.map((leaf) => leaf.name).join(' ')} }`;
}

describe.each(PARTNERS)('a page of fiches $suffix', (partner) => {
  const type = schema.getType(`Prescription${partner.suffix}`);
  if (!isObjectType(type)) throw new Error(`no type Prescription${partner.suffix}`);
  const fields = Object.values(type.getFields()).filter(askable);

  it.each([partner.who, 'coordination'] as const)('answers each field asked alone as the fiche read by its id (%s)', async (who) => {
    const token = await tokenFor(who);
    const ids = await gateway<{ page: { nodes: Array<{ id: string }> } }>(token, `{ page: prescriptions${partner.suffix}(first: 8) { nodes { id } } }`);
    expect(ids.errors).toBeUndefined();
    const nodes = ids.data!.page.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    let compared = 0;
    for (const field of fields) {
      const byId = await gateway<Record<string, Record<string, unknown>>>(token, `{ ${nodes.map((node, i) => `f${i}: prescription${partner.suffix}(id: "${node.id}") { ${selection(field)} }`).join(' ')} }`);
      const page = await gateway<{ page: { nodes: Array<Record<string, unknown>> } }>(token, `{ page: prescriptions${partner.suffix}(first: 8) { nodes { ${selection(field)} } } }`);
      if (byId.errors) {
        // Refused to this role when read by id: refused in the list too.
        expect(page.errors?.map((error) => error.extensions?.code), field.name).toEqual(byId.errors.slice(0, page.errors?.length).map((error) => error.extensions?.code));
        continue;
      }
      expect(page.errors, field.name).toBeUndefined();
      expect(page.data!.page.nodes, field.name).toEqual(nodes.map((_, i) => byId.data![`f${i}`]));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(15);
  });
});
