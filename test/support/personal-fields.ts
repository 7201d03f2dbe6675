import { personalFieldRoles, type Role, type SubgraphAccess } from '@plie-hub/auth';
import { getNamedType, isEnumType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

/**
 * Where a way into a subgraph's records starts: `_entities` on one of its entities, or one of its root queries, or
 * one of its mutations (a way in too, which the tests count but never run).
 */
export type ProbeRoot = { kind: 'entity'; type: string } | { kind: 'query' | 'mutation'; field: string };

/** One step of a path: a field of the type reached so far, with the values of its required arguments. */
interface Step {
  type: string;
  field: string;
  args: Array<{ name: string; type: string; value: unknown }>;
}

/** A way to reach the records of one type of one subgraph. */
export interface ProbePath {
  root: ProbeRoot;
  /** From the root's type to the target type (the root query field itself first, for a query root). */
  steps: Step[];
  target: string;
}

/**
 * Values for required arguments, by name (anything else required makes a field unreachable here). An enum takes its
 * first value.
 */
export type ArgumentValues = Record<string, unknown>;

function stepOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, values: ArgumentValues): Step | null {
  const args: Step['args'] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    const named = getNamedType(arg.type);
    const value = arg.name in values ? values[arg.name] : isEnumType(named) ? named.getValues()[0]!.value : undefined;
    if (value === undefined) return null;
    args.push({ name: arg.name, type: String(arg.type), value });
  }
  return { type: type.name, field: field.name, args };
}

/** Whether a path may go through a field (all may, unless told otherwise). */
export type Passable = (type: string, field: string) => boolean;

/**
 * The shortest path from a root to each object type it leads to (breadth first, through the object fields that are
 * passable), or none when the root cannot be asked (a required argument with no known value).
 */
export function pathsFrom(schema: GraphQLSchema, root: ProbeRoot, values: ArgumentValues, passable: Passable = () => true): Map<string, ProbePath> {
  const paths = new Map<string, ProbePath>();
  let start: { type: GraphQLObjectType; steps: Step[] } | null = null;
  if (root.kind === 'entity') start = { type: schema.getType(root.type) as GraphQLObjectType, steps: [] };
  else {
    const parent = (root.kind === 'query' ? schema.getQueryType() : schema.getMutationType())!;
    const field = parent.getFields()[root.field]!;
    // A mutation is only counted as a way in, never run: its arguments need no value.
    const step = root.kind === 'mutation' ? { type: parent.name, field: field.name, args: [] } : stepOf(parent, field, values);
    const type = getNamedType(field.type);
    if (step && isObjectType(type)) start = { type, steps: [step] };
  }
  if (!start) return paths;
  const queue = [start];
  paths.set(start.type.name, { root, steps: start.steps, target: start.type.name });
  while (queue.length) {
    const { type, steps } = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      const next = getNamedType(field.type);
      if (!isObjectType(next) || paths.has(next.name) || field.name.startsWith('_') || !passable(type.name, field.name)) continue;
      const step = stepOf(type, field, values);
      if (!step) continue;
      const reached = { type: next, steps: [...steps, step] };
      paths.set(next.name, { root, steps: reached.steps, target: next.name });
      queue.push(reached);
    }
  }
  return paths;
}

/** Whether the matrix lets a role through a field: any field that holds no personal data, or one it grants the role. */
export const passableFor =
  (access: SubgraphAccess, role: Role): Passable =>
  (type, field) => {
    const roles = personalFieldRoles(access.donneesPersonnelles, type, field);
    return !roles || roles.includes(role);
  };

/** Whether the matrix lets a role run the root of a path (an entity is reached by the gateway, whoever asks). */
export function rootGranted(root: ProbeRoot, access: SubgraphAccess, role: Role): boolean {
  if (root.kind === 'entity') return true;
  return (access[root.kind === 'query' ? 'lecture' : 'ecriture'][root.field] ?? []).includes(role);
}

/**
 * An operation reading `fields` of the target type at the end of a query or entity path (`$r`: the representations
 * of an entity root).
 */
export function probeDocument(schema: GraphQLSchema, path: ProbePath, fields: string[], values: ArgumentValues): { query: string; variables: Record<string, unknown> } {
  const target = schema.getType(path.target) as GraphQLObjectType;
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const call = (step: Step) => {
    const args = step.args.map((arg) => {
      const variable = `v${declared.length}`;
      declared.push(`$${variable}: ${arg.type}`);
      variables[variable] = arg.value;
      return `${arg.name}: $${variable}`;
    });
    return `${step.field}${args.length ? `(${args.join(', ')})` : ''}`;
  };
  const leaf = fields
    .map((name) => {
      const field = target.getFields()[name]!;
      const step = stepOf(target, field, values);
      if (!step) throw new Error(`no value for the arguments of ${target.name}.${name}`);
      return `${call(step)}${isLeafType(getNamedType(field.type)) ? '' : ' { __typename }'}`;
    })
    .join(' ');
  const body = path.steps.reduceRight((inner, step) => `${call(step)} { ${inner} }`, leaf);
  if (path.root.kind === 'entity') {
    declared.push('$r: [_Any!]!');
    return { query: `query (${declared.join(', ')}) { _entities(representations: $r) { ... on ${path.root.type} { ${body} } } }`, variables };
  }
  return { query: `query ${declared.length ? `(${declared.join(', ')}) ` : ''}{ ${body} }`, variables };
}

/** The values the response gives for each field of the target's records, wherever lists lead. */
export function valuesAt(data: Record<string, unknown> | null | undefined, path: ProbePath, fields: string[]): Map<string, unknown[]> {
  let records: unknown[] = [path.root.kind === 'entity' ? data?._entities : data];
  const flatten = (values: unknown[]) => values.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== null && v !== undefined);
  records = flatten(records);
  for (const step of path.steps) records = flatten(records.map((r) => (r as Record<string, unknown>)[step.field]));
  return new Map(fields.map((field) => [field, records.map((r) => (r as Record<string, unknown>)[field]).filter((v) => v !== null && v !== undefined)]));
}
