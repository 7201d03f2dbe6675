import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateway, tokenFor, unique } from '../support/client';
import { ficheInput, PARTNERS } from '../support/fiches';
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

type Page = { nodes: Array<Record<string, unknown>> };
type Answer = { page: Page; plie: { page: Page } };

describe.each(PARTNERS)('a page of fiches $suffix', (partner) => {
  const type = schema.getType(`Prescription${partner.suffix}`);
  if (!isObjectType(type)) throw new Error(`no type Prescription${partner.suffix}`);
  const fields = Object.values(type.getFields()).filter(askable);

  // The prescriber's list, the coordination's list, and the commission's agenda (the coordination's other list).
  const lists = [
    { who: partner.who, name: 'list', page: (fields: string) => `page: prescriptions${partner.suffix}(first: 8, tri: CREATION_ANCIENNE) { nodes { ${fields} } }`, nodesOf: (data: Answer) => data.page.nodes },
    { who: 'coordination', name: 'list', page: (fields: string) => `page: prescriptions${partner.suffix}(first: 8, tri: CREATION_ANCIENNE) { nodes { ${fields} } }`, nodesOf: (data: Answer) => data.page.nodes },
    {
      who: 'coordination',
      name: 'agenda',
      page: (fields: string) => `plie(code: "BORDEAUX") { page: prescriptionsAExaminer${partner.suffix}(first: 8) { nodes { ${fields} } } }`,
      nodesOf: (data: Answer) => data.plie.page.nodes,
    },
  ] as const;

  // Two fiches transmitted to Bordeaux, so that the agenda has fiches whatever the other tests left; cancelled after,
  // so that they leave the agenda other tests read.
  const transmittedFiches: Array<{ id: string }> = [];
  beforeAll(async () => {
    const token = await tokenFor(partner.who);
    for (let n = 0; n < 2; n += 1) {
      const created = await gateway<{ fiche: { id: string; version: number } }>(
        token,
        `mutation ($input: CreerPrescription${partner.suffix}Input!) { fiche: creerPrescription${partner.suffix}(input: $input) { id version } }`,
        { input: ficheInput(partner, `COLONNES${unique()}`) },
      );
      const transmitted = await gateway(token, `mutation ($id: ID!, $v: Int!) { transmettrePrescription${partner.suffix}(id: $id, version: $v) { statut } }`, {
        id: created.data!.fiche.id,
        v: created.data!.fiche.version,
      });
      expect(transmitted.errors).toBeUndefined();
      transmittedFiches.push(created.data!.fiche);
    }
  });

  afterAll(async () => {
    const token = await tokenFor(partner.who);
    for (const { id } of transmittedFiches) {
      const read = await gateway<{ fiche: { version: number } }>(token, `query ($id: ID!) { fiche: prescription${partner.suffix}(id: $id) { version } }`, { id });
      const cancelled = await gateway(token, `mutation ($id: ID!, $v: Int!) { annulerPrescription${partner.suffix}(id: $id, version: $v, motif: "Essai terminé") { statut } }`, { id, v: read.data!.fiche.version });
      expect(cancelled.errors).toBeUndefined();
    }
  });

  it.each(lists)('answers each field asked alone as the fiche read by its id ($who, $name)', async (list) => {
    const token = await tokenFor(list.who);
    const ids = await gateway<Answer>(token, `{ ${list.page('id')} }`);
    expect(ids.errors).toBeUndefined();
    const nodes = list.nodesOf(ids.data!) as Array<{ id: string }>;
    expect(nodes.length).toBeGreaterThan(0);
    let compared = 0;
    for (const field of fields) {
      const byId = await gateway<Record<string, Record<string, unknown>>>(token, `{ ${nodes.map((node, i) => `f${i}: prescription${partner.suffix}(id: "${node.id}") { ${selection(field)} }`).join(' ')} }`);
      const page = await gateway<Answer>(token, `{ ${list.page(`id ${selection(field)}`)} }`);
      if (byId.errors) {
        // Refused to this role when read by id: refused in the list too.
        expect(page.errors?.[0]?.extensions?.code, field.name).toBe(byId.errors[0]!.extensions?.code);
        continue;
      }
      expect(page.errors, field.name).toBeUndefined();
      // Other test files write fiches meanwhile: the page's fiches are matched to those read by id, not by position.
      const read = new Map(nodes.map((node, i) => [node.id, { id: node.id, ...byId.data![`f${i}`] }]));
      const listed = list.nodesOf(page.data!).filter((node) => read.has(node.id as string));
      expect(listed.length, field.name).toBeGreaterThan(0);
      for (const node of listed) expect(node, field.name).toEqual(read.get(node.id as string));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(15);
  });
});
