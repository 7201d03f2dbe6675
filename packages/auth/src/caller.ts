import { isOrganisationType, isRole, type OrganisationType, type Role } from './roles';

/** Who is calling, as established by the gateway from a verified token. */
export interface Caller {
  /** Stable subject identifier from the identity provider. */
  sub: string;
  org: { type: OrganisationType; id: string };
  roles: Role[];
  /** Codes of the PLIEs the caller works for (empty for national or partner-wide roles). */
  plies: string[];
}

/** The custom claims a token carries, namespaced so they cannot collide with registered claims. */
export const CLAIM = {
  org: 'https://plie-hub.fr/org',
  roles: 'https://plie-hub.fr/roles',
  plies: 'https://plie-hub.fr/plies',
} as const;

export type { Role } from './roles';

export class InvalidCallerError extends Error {}

/** Reads and checks a caller from token claims; throws on anything missing or unknown. */
export function callerFromClaims(claims: Record<string, unknown>): Caller {
  const sub = claims.sub;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) throw new InvalidCallerError('sub is missing');
  const org = claims[CLAIM.org] as { type?: unknown; id?: unknown } | undefined;
  if (!org || !isOrganisationType(org.type) || typeof org.id !== 'string' || org.id.length === 0) {
    throw new InvalidCallerError('organisation claim is missing or invalid');
  }
  const roles = claims[CLAIM.roles];
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw new InvalidCallerError('roles claim is missing or invalid');
  }
  const plies = claims[CLAIM.plies] ?? [];
  if (!Array.isArray(plies) || !plies.every((code) => typeof code === 'string')) {
    throw new InvalidCallerError('plies claim is invalid');
  }
  return { sub, org: { type: org.type, id: org.id }, roles: [...new Set(roles)], plies: [...new Set(plies)] };
}

/** The claims that encode a caller (inverse of `callerFromClaims`). */
export function claimsOfCaller(caller: Caller): Record<string, unknown> {
  return { sub: caller.sub, [CLAIM.org]: caller.org, [CLAIM.roles]: caller.roles, [CLAIM.plies]: caller.plies };
}

export const hasRole = (caller: Caller | null | undefined, ...roles: Role[]): boolean =>
  !!caller && caller.roles.some((role) => roles.includes(role));

/**
 * The DPO answering a right-of-access request. The DPO reaches a person's records only through the identity the
 * person gives (`droitAcces`, by the match key), and every read is in the audit trails; the scope checks that let
 * it through say so by calling this, so that every such place is found by one name.
 */
export const answersRightOfAccess = (caller: Caller): boolean => caller.roles.includes('DPO');
