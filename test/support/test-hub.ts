import { startHub, type Hub } from '@plie-hub/hub';
import { resetDatabase } from './reset-database';

/**
 * The hub a test run shares: six subgraphs and the gateway on ports the system chooses, with the demo data, on
 * embedded PostgreSQL in memory or, when DATABASE_URL is set, on that server after dropping the subgraphs' schemas.
 * Test files send machine-speed traffic as a handful of demo subjects, so the rate limit is off (it has its own test).
 */
export async function startTestHub(extraEnv: Record<string, string> = {}): Promise<{ hub: Hub; storage: 'postgres' | 'embedded' }> {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', PLIE_RATE_LIMIT_PER_MINUTE: '0', ...extraEnv };
  if (env.DATABASE_URL) await resetDatabase(env.DATABASE_URL);
  else env.PLIE_STORAGE = 'memory';
  return { hub: await startHub({ env, randomPorts: true, demoData: true }), storage: env.DATABASE_URL ? 'postgres' : 'embedded' };
}
