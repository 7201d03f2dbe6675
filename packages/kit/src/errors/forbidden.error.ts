import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

/** The caller is known but may not do or see this. Never replaced by an empty result. */
export class ForbiddenError extends GraphQLError {
  constructor(message = "Vous n'avez pas le droit d'accéder à cette information.") {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}
