import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import type { CallerContext } from './use-caller-auth';

export interface RateLimitOptions {
  /** Operations one subject may send per minute (sustained); 0 turns the limit off. @default 1200 */
  perMinute: number;
  /** Operations one subject may send at once before the sustained rate applies. @default perMinute / 4 */
  burst?: number;
  /** Clock, in milliseconds (tests). @default Date.now */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * A token bucket per subject (organisation + subject of the verified token), in this gateway replica's memory:
 * `burst` operations at once, refilled at `perMinute`. Past it, an operation is refused before it is planned, with
 * RATE_LIMITED, HTTP 429 and `Retry-After`. Each replica counts on its own: behind N replicas a subject may reach
 * N × the limit, which is what a per-replica limit is for (protecting each process), not a quota.
 */
export function useRateLimit(options: RateLimitOptions): GatewayPlugin<CallerContext> {
  const now = options.now ?? Date.now;
  const capacity = Math.max(1, options.burst ?? Math.ceil(options.perMinute / 4));
  const perMilli = options.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  // Forget subjects idle long enough to be full again, so the map stays as small as the active subjects.
  const sweep = (at: number) => {
    if (at - lastSweep < 60_000) return;
    lastSweep = at;
    for (const [key, bucket] of buckets) if (bucket.tokens + (at - bucket.updated) * perMilli >= capacity) buckets.delete(key);
  };

  return {
    onExecute({ args }) {
      if (options.perMinute <= 0) return;
      const caller = (args.contextValue as CallerContext).caller;
      if (!caller) return;
      const at = now();
      sweep(at);
      const key = `${caller.org.type}:${caller.org.id}:${caller.sub}`;
      const bucket = buckets.get(key) ?? { tokens: capacity, updated: at };
      bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.updated) * perMilli);
      bucket.updated = at;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      const retryAfter = Math.ceil((1 - bucket.tokens) / perMilli / 1000);
      throw new GraphQLError(`Trop de requêtes : réessayez dans ${retryAfter} s (limite de ${options.perMinute} opérations par minute et par utilisateur).`, {
        extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: { 'Retry-After': String(retryAfter) } } },
      });
    },
  };
}
