import { Agent, request } from 'undici';

export interface LoadResult {
  connections: number;
  requests: number;
  /** Successful operations per second. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);

/**
 * Drives one GraphQL operation with `connections` concurrent clients for `seconds`, each sending its next request
 * when the previous answered (closed loop), and times every request. A response with `errors` or a non-200 status
 * counts as an error, not as throughput. Runs in the bench process, apart from the hub's processes.
 */
export async function load(options: {
  url: string;
  token: string;
  body: () => string;
  connections: number;
  seconds: number;
  warmupSeconds?: number;
}): Promise<LoadResult> {
  const agent = new Agent({ connections: options.connections, keepAliveTimeout: 30_000 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${options.token}` };
  const send = async () => {
    const response = await request(options.url, { method: 'POST', headers, body: options.body(), dispatcher: agent });
    const text = await response.body.text();
    return response.statusCode === 200 && !text.includes('"errors"');
  };
  const run = async (seconds: number, record: boolean) => {
    const latencies: number[] = [];
    let errors = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (performance.now() < end) {
          const started = performance.now();
          let ok = false;
          try {
            ok = await send();
          } catch {
            ok = false;
          }
          if (!record) continue;
          if (ok) latencies.push(performance.now() - started);
          else errors += 1;
        }
      }),
    );
    return { latencies, errors };
  };
  await run(options.warmupSeconds ?? 1, false);
  const { latencies, errors } = await run(options.seconds, true);
  await agent.close();
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    connections: options.connections,
    requests: latencies.length + errors,
    throughput: Math.round(latencies.length / options.seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors,
  };
}
