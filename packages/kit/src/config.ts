import { gatewayKeysFromEnv, matchKeyFromEnv, type SigningKey } from '@plie-hub/auth';
import type { SubgraphSettings } from './context';
import { envPrefixOf } from '@plie-hub/storage';

export interface SubgraphConfig {
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
  gatewayKeys: SigningKey[];
  demoData: boolean;
  /** `PLIE_COMPILED_EXECUTION=off` runs operations through graphql-js's interpreter instead of compiled code. */
  compiledExecution: boolean;
  settings: SubgraphSettings;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Parses a port; 0 lets the system choose (tests). */
export function parsePort(value: string | undefined, fallback: number, name: string, problems: string[]): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`${name} doit être un numéro de port entre 0 et 65535 (reçu « ${value} »)`);
    return fallback;
  }
  return port;
}

export function parseBoolean(value: string | undefined, fallback: boolean, name: string, problems: string[]): boolean {
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  problems.push(`${name} doit valoir true ou false (reçu « ${value} »)`);
  return fallback;
}

/**
 * The settings of one subgraph process, from the environment. Per-subgraph variables (`PARCOURS_PORT`) win over
 * shared ones (`PORT`). Subgraphs listen on loopback unless told otherwise: only the gateway should reach them.
 */
export function readSubgraphConfig(
  subgraph: string,
  env: Record<string, string | undefined>,
  defaultPort: number,
): SubgraphConfig {
  const prefix = envPrefixOf(subgraph);
  const problems: string[] = [];
  const port = parsePort(env[`${prefix}_PORT`] ?? env.PORT, defaultPort, `${prefix}_PORT`, problems);
  const host = env[`${prefix}_HOST`] ?? env.HOST ?? '127.0.0.1';
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL doit être l'un de ${LOG_LEVELS.join(', ')}`);
  const demoData = parseBoolean(env.PLIE_DEMO_DATA, false, 'PLIE_DEMO_DATA', problems);
  const execution = env.PLIE_COMPILED_EXECUTION || 'on';
  if (execution !== 'on' && execution !== 'off') problems.push(`PLIE_COMPILED_EXECUTION doit valoir on ou off (reçu « ${execution} »)`);
  let gatewayKeys: SigningKey[] = [];
  try {
    gatewayKeys = gatewayKeysFromEnv(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  let matchKey = '';
  try {
    matchKey = matchKeyFromEnv(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { port, host, production: env.NODE_ENV === 'production', logLevel, gatewayKeys, demoData, compiledExecution: execution !== 'off', settings: { matchKey } };
}
