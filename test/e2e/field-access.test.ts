import { accessMatrix, personalFieldRoles, ROLES, type Caller, type Role, type SubgraphAccess } from '@plie-hub/auth';
import { DEMO_IDENTITIES, loadSubgraphs } from '@plie-hub/hub';
import { buildSubgraphSchema } from '@plie-hub/kit';
import { getNamedType, isObjectType, isUnionType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { subgraph, type GraphQLResponse } from '../support/client';
import { PARTNERS } from '../support/fiches';
import { IDENTITY_OF_ROLE } from '../support/identities';
import { passableFor, pathsFrom, probeDocument, rootGranted, valuesAt, type ProbePath, type ProbeRoot } from '../support/personal-fields';
import { COORDINATION, personalRecords, type PersonalRecords } from '../support/personal-records';
import { PERSONAL_TYPES } from '../support/schema-walk';

/** Whom each role's probes are signed as: its demo caller, the prescriber of the partner whose fiche is read. */
function callerFor(role: Role, typeName: string, subgraphName: string): Caller {
  if (role === 'COORDINATION_PLIE') return COORDINATION;
  if (role === 'PRESCRIPTEUR') {
    const partner = PARTNERS.find((p) => typeName.includes(p.suffix) || subgraphName === `prescriptions-${p.organisation.toLowerCase().replace('_', '-')}`);
    return DEMO_IDENTITIES[partner?.who ?? 'prescripteur-france-travail']!;
  }
  return DEMO_IDENTITIES[IDENTITY_OF_ROLE[role]]!;
}

interface Subgraph {
  name: string;
  schema: GraphQLSchema;
  access: SubgraphAccess;
  /** Its entities the demo gives records of, its root queries, its mutations. */
  roots: ProbeRoot[];
}

const entitiesOf = (schema: GraphQLSchema) => {
  const union = schema.getType('_Entity');
  return isUnionType(union) ? union.getTypes().map((t) => t.name) : [];
};

const personalFields = (s: Subgraph, typeName: string) =>
  Object.keys((s.schema.getType(typeName) as GraphQLObjectType).getFields()).filter((field) => personalFieldRoles(s.access.donneesPersonnelles, typeName, field));

const meaningful = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: size }, async () => {
    while (queue.length) await work(queue.shift()!);
  }));
}

describe('personal data in the access matrix (packages/auth/matrice-acces.yaml, donnees-personnelles)', () => {
  const matrix = accessMatrix();
  const subgraphs: Subgraph[] = [];
  let records: PersonalRecords;
  /** Types of which at least one role the matrix grants received a value; the same, per role. */
  const served = new Set<string>();
  const servedTo = new Set<string>();

  beforeAll(async () => {
    records = await personalRecords();
    for (const { name, definition } of await loadSubgraphs()) {
      const schema = (await buildSubgraphSchema(definition)).schema;
      const rootsOf = (kind: 'query' | 'mutation') => Object.keys((kind === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).filter((f) => !f.startsWith('_')).map((field) => ({ kind, field }));
      const entities = entitiesOf(schema).filter((type) => records.representations[type]?.length).map((type) => ({ kind: 'entity' as const, type }));
      subgraphs.push({ name, schema, access: matrix.sousGraphes[name]!, roots: [...entities, ...rootsOf('query'), ...rootsOf('mutation')] });
    }
  }, 120_000);

  /** The ways to a type, shortest first from each root: all of them, or those the matrix lets a role take. */
  const reachedFrom = new Map<string, Array<Map<string, ProbePath>>>();
  const waysTo = (s: Subgraph, typeName: string, role?: Role): ProbePath[] => {
    const key = `${s.name} ${role ?? ''}`;
    if (!reachedFrom.has(key)) {
      const roots = s.roots.filter((root) => !role || rootGranted(root, s.access, role));
      reachedFrom.set(key, roots.map((root) => pathsFrom(s.schema, root, records.values, role && passableFor(s.access, role))));
    }
    return reachedFrom.get(key)!.flatMap((reached) => reached.get(typeName) ?? []);
  };

  it('names only types and fields the subgraphs have, and classifies every field of each type it names', () => {
    const problems: string[] = [];
    for (const s of subgraphs) {
      for (const [typeName, personal] of Object.entries(s.access.donneesPersonnelles)) {
        const type = s.schema.getType(typeName);
        if (!isObjectType(type)) {
          problems.push(`${s.name}: no type ${typeName}`);
          continue;
        }
        const fields = Object.keys(type.getFields());
        for (const field of [...personal.champs, ...personal.nonPersonnels]) if (!fields.includes(field)) problems.push(`${s.name}: no field ${typeName}.${field}`);
        for (const field of fields) if (![...personal.champs, ...personal.nonPersonnels].includes(field)) problems.push(`${s.name}: ${typeName}.${field} is neither in champs nor in non-personnels`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists every type the other tests take for personal (the COPIL walk’s)', () => {
    const listed = new Set(subgraphs.flatMap((s) => Object.keys(s.access.donneesPersonnelles)));
    expect([...PERSONAL_TYPES].filter((type) => !listed.has(type))).toEqual([]);
  });

  it('lists every type a personal field leads to (a record of its own, an entity, excepted)', () => {
    const problems: string[] = [];
    for (const s of subgraphs) {
      const entities = entitiesOf(s.schema);
      for (const typeName of Object.keys(s.access.donneesPersonnelles)) {
        for (const field of personalFields(s, typeName)) {
          const next = getNamedType((s.schema.getType(typeName) as GraphQLObjectType).getFields()[field]!.type);
          if (isObjectType(next) && !s.access.donneesPersonnelles[next.name] && !entities.includes(next.name)) problems.push(`${s.name}: ${typeName}.${field} leads to ${next.name}, not listed`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lets every role that may run an operation read the personal record it returns', () => {
    const problems: string[] = [];
    for (const s of subgraphs) {
      for (const [root, grants] of [[s.schema.getQueryType(), s.access.lecture], [s.schema.getMutationType(), s.access.ecriture]] as const) {
        for (const field of Object.values(root?.getFields() ?? {})) {
          const personal = s.access.donneesPersonnelles[getNamedType(field.type).name];
          const blind = (grants[field.name] ?? []).filter((role) => personal && !personal.lecture.includes(role));
          if (blind.length) problems.push(`${s.name}: ${field.name} is granted to ${blind.join(', ')}, who may not read ${getNamedType(field.type).name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('reaches every personal type of every subgraph by a query or an entity, so that each can be tried', () => {
    const unreached = subgraphs.flatMap((s) => Object.keys(s.access.donneesPersonnelles).filter((type) => !waysTo(s, type).some((p) => p.root.kind !== 'mutation')).map((type) => `${s.name}: ${type}`));
    expect(unreached).toEqual([]);
  });

  for (const role of ROLES) {
    it(`gives ${role} exactly the personal fields the matrix grants it, by whatever way the record is reached`, async () => {
      const wrong: string[] = [];
      const probes: Array<() => Promise<void>> = [];
      for (const s of subgraphs) {
        for (const typeName of Object.keys(s.access.donneesPersonnelles)) {
          const where = `${s.name}: ${typeName}`;
          const ways = waysTo(s, typeName, role);
          const tried = ways.filter((p) => p.root.kind !== 'mutation');
          const fields = personalFields(s, typeName);
          const granted = fields.filter((f) => personalFieldRoles(s.access.donneesPersonnelles, typeName, f)!.includes(role));
          const run = async (path: ProbePath, asked: string[]) => {
            const { query, variables } = probeDocument(s.schema, path, asked, records.values);
            const root = path.root;
            const representations = root.kind === 'entity' ? { r: records.representations[root.type]!.map((r) => ({ __typename: root.type, ...r })) } : {};
            const response: GraphQLResponse = await subgraph(s.name, callerFor(role, typeName, s.name), query, { ...variables, ...representations });
            const forRole = (response.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN' && e.extensions?.raison === 'ROLE');
            const unexpected = (response.errors ?? []).filter((e) => !['FORBIDDEN', 'NOT_FOUND'].includes(String(e.extensions?.code)));
            return { response, values: valuesAt(response.data, path, asked), forRole, unexpected };
          };
          if (granted.length && ways.length === 0) wrong.push(`${where}: granted, but every way to it passes an operation or a field the matrix refuses the role`);
          if (granted.length && tried.length) {
            probes.push(async () => {
              // A way the matrix allows may still cross a check of the code on a field without personal data
              // (`@Authorized` on a PLIE's agenda): the role must be let through on one of them at least. Each way
              // is tried until one gives a value (the record may be out of the demo caller's scope on another).
              const refusals: string[] = [];
              let letThrough = false;
              for (const path of tried) {
                const { values, forRole, unexpected } = await run(path, granted);
                for (const error of unexpected) wrong.push(`${where}: ${String(error.extensions?.code)} ${error.message}`);
                const champs = forRole.map((e) => String(e.extensions?.champ ?? e.message));
                const own = champs.filter((champ) => granted.some((f) => champ === `${typeName}.${f}`));
                if (own.length) wrong.push(...own.map((champ) => `${s.name}: ${champ}: granted but refused for the role`));
                refusals.push(...champs);
                letThrough ||= forRole.length === 0;
                if (granted.some((f) => values.get(f)!.some(meaningful))) {
                  served.add(where);
                  servedTo.add(`${role} ${where}`);
                  break;
                }
              }
              if (!letThrough) wrong.push(`${where}: granted, but refused for the role on every way (${[...new Set(refusals)].join('; ')})`);
              // A grant no record ever honours (every one out of the role's scope) is a grant on paper only.
              else if (!servedTo.has(`${role} ${where}`)) wrong.push(`${where}: granted, but no record of it reached the role on any way`);
            });
          }
          // A field the role is not granted, asked on a way it may take when there is one: the field's own guard answers.
          const path = tried[0] ?? waysTo(s, typeName).find((p) => p.root.kind !== 'mutation');
          for (const field of path ? fields.filter((f) => !granted.includes(f)) : []) {
            probes.push(async () => {
              const { response, values, forRole } = await run(path!, [field]);
              if (values.get(field)!.length) wrong.push(`${where}.${field}: not granted but served`);
              else if (!forRole.length) wrong.push(`${where}.${field}: not granted but ${response.errors?.length ? `answered ${String(response.errors[0]!.extensions?.code)}` : 'not refused'}`);
            });
          }
        }
      }
      await pool(probes, 6, (probe) => probe());
      expect(wrong.sort()).toEqual([]);
    }, 240_000);
  }

  it('gave a value of every personal type to at least one role it grants (so that the tries above can fail)', () => {
    const expected = subgraphs.flatMap((s) => Object.keys(s.access.donneesPersonnelles).map((type) => `${s.name}: ${type}`));
    expect(expected.filter((type) => !served.has(type))).toEqual([]);
  });
});
