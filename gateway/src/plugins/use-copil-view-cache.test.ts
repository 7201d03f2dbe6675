import { GraphQLError, type ExecutionResult } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@plie-hub/auth';
import { useCopilViewCache } from './use-copil-view-cache';

const copil: Caller = { sub: 'copil-1', org: { type: 'FINANCEUR', id: 'cd33' }, roles: ['COPIL'], plies: ['BORDEAUX'] };
const other: Caller = { ...copil, plies: ['NIORT'] };

/** A schema whose COPIL view counts how often it is computed (and can fail or take its time on demand). */
function setup(options: { failing?: () => boolean; delayMs?: number; gate?: Promise<void>; entered?: () => void } = {}) {
  let now = 1_000_000;
  let computed = 0;
  const schema = createSchema({
    typeDefs: 'type Query { vueCopil(debut: String!): Vue, plies: [String!]! } type Vue { fois: Int! } type Mutation { enregistrer: Int! refuser: Int! }',
    resolvers: {
      Query: {
        vueCopil: async () => {
          computed += 1;
          const fois = computed;
          options.entered?.();
          if (options.gate) await options.gate;
          if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
          if (options.failing?.()) throw new GraphQLError('partie indisponible');
          return { fois };
        },
        plies: () => ['BORDEAUX'],
      },
      Mutation: {
        enregistrer: () => 1,
        refuser: () => {
          throw new GraphQLError('refusé');
        },
      },
    },
  });
  const yoga = createYoga({
    schema,
    logging: false,
    maskedErrors: false,
    plugins: [
      // The caller as useCallerAuth leaves it in the context (from a header here, instead of a verified token).
      { onContextBuilding: ({ context, extendContext }) => extendContext({ caller: context.request.headers.get('x-caller') ? JSON.parse(context.request.headers.get('x-caller')!) : undefined } as never) } as Plugin,
      useCopilViewCache({ seconds: 60, now: () => now }) as Plugin,
    ],
  });
  const run = async (caller: Caller | undefined, query: string, variables: Record<string, unknown> = { debut: '2025-01-01' }, headers: Record<string, string> = {}) => {
    const response = await yoga.fetch('http://hub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(caller ? { 'x-caller': JSON.stringify(caller) } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as ExecutionResult<{ vueCopil: { fois: number } | null }>;
  };
  return { run, computed: () => computed, advance: (ms: number) => (now += ms) };
}

const VIEW = 'query ($debut: String!) { vueCopil(debut: $debut) { fois } }';

describe('useCopilViewCache', () => {
  it('serves a computed view again to the same caller within its lifetime, then computes it anew', async () => {
    const hub = setup();
    expect((await hub.run(copil, VIEW)).data?.vueCopil?.fois).toBe(1);
    expect((await hub.run(copil, VIEW)).data?.vueCopil?.fois).toBe(1);
    hub.advance(61_000);
    expect((await hub.run(copil, VIEW)).data?.vueCopil?.fois).toBe(2);
    expect(hub.computed()).toBe(2);
  });

  it('keeps one view per caller scope and per variables', async () => {
    const hub = setup();
    await hub.run(copil, VIEW);
    expect((await hub.run(other, VIEW)).data?.vueCopil?.fois).toBe(2);
    expect((await hub.run(copil, VIEW, { debut: '2024-01-01' })).data?.vueCopil?.fois).toBe(3);
    expect((await hub.run(undefined, VIEW)).data?.vueCopil?.fois).toBe(4);
    expect((await hub.run(undefined, VIEW)).data?.vueCopil?.fois).toBe(5);
  });

  it('computes the view now for a request that asks so (Cache-Control: no-cache), and keeps that answer', async () => {
    const hub = setup();
    await hub.run(copil, VIEW);
    expect((await hub.run(copil, VIEW, undefined, { 'cache-control': 'no-cache' })).data?.vueCopil?.fois).toBe(2);
    expect((await hub.run(copil, VIEW)).data?.vueCopil?.fois).toBe(2);
  });

  it('keeps the view it has when a forced refresh fails', async () => {
    let failing = false;
    const hub = setup({ failing: () => failing });
    await hub.run(copil, VIEW);
    failing = true;
    expect((await hub.run(copil, VIEW, undefined, { 'cache-control': 'no-cache' })).errors?.[0]?.message).toBe('partie indisponible');
    expect((await hub.run(copil, VIEW)).data?.vueCopil?.fois).toBe(1);
  });

  it('forgets every view when a mutation goes through', async () => {
    const hub = setup();
    await hub.run(copil, VIEW);
    await hub.run(copil, 'mutation { enregistrer }');
    expect((await hub.run(copil, VIEW)).data?.vueCopil?.fois).toBe(2);
  });

  it('does not keep a view computed while a mutation went through, but gives it to everyone who waited for it', async () => {
    // The view's computation is held open until the mutation has gone through: no reliance on timing.
    let release!: () => void;
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const hub = setup({ gate: new Promise((resolve) => (release = resolve)), entered });
    const computing = [hub.run(copil, VIEW)];
    await inside;
    computing.push(hub.run(copil, VIEW));
    await hub.run(copil, 'mutation { enregistrer }');
    release();
    expect((await Promise.all(computing)).map((answer) => answer.data?.vueCopil?.fois)).toEqual([1, 1]);
    expect((await hub.run(copil, VIEW)).data?.vueCopil?.fois).toBe(2);
  });

  it('keeps the views when a mutation was refused whole (it wrote nothing)', async () => {
    const hub = setup();
    await hub.run(copil, VIEW);
    expect((await hub.run(copil, 'mutation { refuser }')).errors?.[0]?.message).toBe('refusé');
    expect((await hub.run(copil, VIEW)).data?.vueCopil?.fois).toBe(1);
  });

  it('computes a view asked with Cache-Control: no-store without keeping it', async () => {
    const hub = setup();
    await hub.run(copil, VIEW);
    expect((await hub.run(copil, VIEW, undefined, { 'cache-control': 'no-store' })).data?.vueCopil?.fois).toBe(2);
    expect((await hub.run(copil, VIEW)).data?.vueCopil?.fois).toBe(1);
  });

  it('never keeps an answer with an error, nor an operation asking anything besides the view', async () => {
    let failing = true;
    const hub = setup({ failing: () => failing });
    expect((await hub.run(copil, VIEW)).errors?.[0]?.message).toBe('partie indisponible');
    failing = false;
    expect((await hub.run(copil, VIEW)).data?.vueCopil?.fois).toBe(2);
    const mixed = 'query ($debut: String!) { vueCopil(debut: $debut) { fois } plies }';
    await hub.run(copil, mixed);
    expect((await hub.run(copil, mixed)).data?.vueCopil?.fois).toBe(4);
  });

  it('computes a view once for simultaneous identical requests', async () => {
    const hub = setup({ delayMs: 30 });
    const answers = await Promise.all([hub.run(copil, VIEW), hub.run(copil, VIEW), hub.run(copil, VIEW)]);
    expect(answers.map((a) => a.data?.vueCopil?.fois)).toEqual([1, 1, 1]);
    expect(hub.computed()).toBe(1);
  });
});
