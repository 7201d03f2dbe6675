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

/** Parses a switch written `on` or `off`, as the hub's engine settings are. */
export function parseSwitch(value: string | undefined, fallback: boolean, name: string, problems: string[]): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'on' || value === 'off') return value === 'on';
  problems.push(`${name} doit valoir on ou off (reçu « ${value} »)`);
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
  const compiledExecution = parseSwitch(env.PLIE_COMPILED_EXECUTION, true, 'PLIE_COMPILED_EXECUTION', problems);
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
  return { port, host, production: env.NODE_ENV === 'production', logLevel, gatewayKeys, demoData, compiledExecution, settings: { matchKey } };
}
