import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parsePersonalData, type PersonalType } from './personal-data';
import { isRole, ROLES, type Role } from './roles';

/** Where the matrix lives: one file, written for the DPO, read by every subgraph. */
export const ACCESS_MATRIX_PATH = new URL('../matrice-acces.yaml', import.meta.url);

export interface SubgraphAccess {
  /** Roles that may run each root query field. */
  lecture: Record<string, Role[]>;
  /** Roles that may run each mutation. */
  ecriture: Record<string, Role[]>;
  /** The subgraph's types holding personal data, and who may read each of their fields. */
  donneesPersonnelles: Record<string, PersonalType>;
}

export interface AccessMatrix {
  perimetres: Record<Role, string>;
  sousGraphes: Record<string, SubgraphAccess>;
}

export class AccessMatrixError extends Error {}

type RawSubgraph = { lecture?: Record<string, unknown>; ecriture?: Record<string, unknown>; 'donnees-personnelles'?: unknown };

/**
 * Reads and checks the matrix: every role known, every role's scope described, every personal type well formed.
 * Throws on any mistake. Whether the types and fields it names exist is checked by each subgraph against its schema.
 */
export function parseAccessMatrix(text: string): AccessMatrix {
  const raw = parse(text) as { perimetres?: Record<string, string>; 'sous-graphes'?: Record<string, RawSubgraph> };
  const problems: string[] = [];
  for (const role of ROLES) if (!raw.perimetres?.[role]) problems.push(`périmètre du rôle ${role} non décrit`);
  const sousGraphes: Record<string, SubgraphAccess> = {};
  for (const [subgraph, access] of Object.entries(raw['sous-graphes'] ?? {})) {
    const read = (section: Record<string, unknown> | undefined, kind: string) =>
      Object.fromEntries(
        Object.entries(section ?? {}).map(([field, roles]) => {
          if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) problems.push(`${subgraph}.${kind}.${field} : liste de rôles invalide`);
          return [field, (Array.isArray(roles) ? roles.filter(isRole) : []) as Role[]];
        }),
      );
    sousGraphes[subgraph] = {
      lecture: read(access.lecture, 'lecture'),
      ecriture: read(access.ecriture, 'ecriture'),
      donneesPersonnelles: parsePersonalData(access['donnees-personnelles'], `${subgraph}.donnees-personnelles`, problems),
    };
  }
  if (problems.length) throw new AccessMatrixError(`Matrice des accès invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return { perimetres: raw.perimetres as Record<Role, string>, sousGraphes };
}

let cached: AccessMatrix | undefined;
export const accessMatrix = (): AccessMatrix => (cached ??= parseAccessMatrix(readFileSync(ACCESS_MATRIX_PATH, 'utf8')));
