import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

/**
 * The caller is known but may not do or see this. Never replaced by an empty result. `raison` says which check
 * refused: ROLE (the access matrix does not grant the operation to any of the caller's roles) or PERIMETRE (the role
 * may, but not on this record: another structure's fiche, another PLIE's participant).
 */
export class ForbiddenError extends GraphQLError {
  constructor(message = "Vous n'avez pas le droit d'accéder à cette information.", raison: 'ROLE' | 'PERIMETRE' = 'PERIMETRE') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN, raison } });
  }
}
