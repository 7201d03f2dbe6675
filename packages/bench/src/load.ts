import { Agent, request } from 'undici';

export interface LoadResult {
  connections: number;
  /** Operations recorded (after the warm-up). */
  requests: number;
  /** Operations sent after the warm-up, failed ones included: what counters read at `onRecording` saw. */
  operationsSent: number;
  /** Successful operations per second. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The first failure, for the log (a response body or an exception's message). */
  firstError?: string;
}

/**
 * Unrecorded seconds before each measurement (`PLIE_BENCH_WARMUP_SECONDS`). V8 optimises a path after it has run
 * many times: the same creation of a fiche measured 166, 258 then 356 op/s in three consecutive 6-second runs on
 * the same processes, so a one-second warm-up measured compilation as much as the hub.
 */
export const WARMUP_SECONDS = Number(process.env.PLIE_BENCH_WARMUP_SECONDS ?? 5);

export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);

/**
 * Runs `send` with `connections` concurrent clients for `seconds`, each starting its next operation when the
 * previous one finished (closed loop), and times every operation. `send` resolves `true` for a success and a
 * description of the failure otherwise (or throws): a failure counts as an error, not as throughput. A warm-up of
 * `warmupSeconds` runs first, unrecorded (the processes measured compile their hot paths then), and `onRecording`
 * is called when it ends, for counters that must see the recorded operations only.
 */
export async function closedLoop(options: {
  send: () => Promise<true | string>;
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  onRecording?: () => unknown;
}): Promise<LoadResult> {
  let firstError: string | undefined;
  const run = async (seconds: number, record: boolean) => {
    const latencies: number[] = [];
    let errors = 0;
    let sent = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (performance.now() < end) {
          const started = performance.now();
          let outcome: true | string;
          try {
            outcome = await options.send();
          } catch (error) {
            outcome = error instanceof Error ? error.message : String(error);
          }
          sent += 1;
          if (outcome !== true) firstError ??= outcome.slice(0, 300);
          if (!record) continue;
          if (outcome === true) latencies.push(performance.now() - started);
          else errors += 1;
        }
      }),
    );
    return { latencies, errors, sent };
  };
  await run(options.warmupSeconds ?? WARMUP_SECONDS, false);
  await options.onRecording?.();
  const { latencies, errors, sent } = await run(options.seconds, true);
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    connections: options.connections,
    requests: latencies.length + errors,
    operationsSent: sent,
    throughput: Math.round(latencies.length / options.seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors,
    firstError,
  };
}

/**
 * Drives one GraphQL operation with `connections` concurrent clients for `seconds` (see `closedLoop`) over
 * keep-alive connections. A response with `errors` or a non-200 status counts as an error, not as throughput. Runs
 * in the bench process, apart from the hub's processes.
 */
export async function load(options: {
  url: string;
  token: string;
  body: () => string;
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  onRecording?: () => unknown;
  /** More request headers (`cache-control: no-cache` to have the COPIL view computed rather than served again). */
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const agent = new Agent({ connections: options.connections, keepAliveTimeout: 30_000 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${options.token}`, ...options.headers };
  const send = async () => {
    const response = await request(options.url, { method: 'POST', headers, body: options.body(), dispatcher: agent });
    const text = await response.body.text();
    return response.statusCode === 200 && !text.includes('"errors"') ? (true as const) : `HTTP ${response.statusCode}: ${text.slice(0, 300)}`;
  };
  try {
    return await closedLoop({ send, connections: options.connections, seconds: options.seconds, warmupSeconds: options.warmupSeconds, onRecording: options.onRecording });
  } finally {
    await agent.close();
  }
}
