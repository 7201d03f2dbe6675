import { hasRole, type Role } from '@plie-hub/auth';
import type { AuthCheckerFn } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { ForbiddenError } from '../errors/forbidden.error';
import { UnauthenticatedError } from '../errors/unauthenticated.error';

/** Throws FORBIDDEN unless the caller holds one of `roles`. */
export function requireRole(context: SubgraphContext, ...roles: Role[]): void {
  if (!context.caller) throw new UnauthenticatedError();
  if (!hasRole(context.caller, ...roles)) {
    throw new ForbiddenError(`Action réservée aux rôles : ${roles.join(', ')}.`, 'ROLE');
  }
}

/**
 * type-graphql's check for `@Authorized(...)`: refusals are thrown as our FORBIDDEN / UNAUTHENTICATED errors with a
 * French message rather than type-graphql's defaults. `@Authorized()` with no role means any authenticated caller.
 */
export const authChecker: AuthCheckerFn<SubgraphContext, Role> = ({ context }, roles) => {
  if (!context.caller) throw new UnauthenticatedError();
  if (roles.length > 0) requireRole(context, ...roles);
  return true;
};

/** Throws FORBIDDEN unless the caller works for this PLIE (administrators work for all). */
export function requirePlie(context: SubgraphContext, plieCode: string): void {
  if (context.caller.roles.includes('ADMIN')) return;
  if (!context.caller.plies.includes(plieCode)) {
    throw new ForbiddenError(`Vous n'intervenez pas pour le PLIE ${plieCode.slice(0, 30)}.`);
  }
}
