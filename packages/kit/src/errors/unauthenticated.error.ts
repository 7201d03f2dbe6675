import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Authentification requise : jeton absent, expiré ou invalide.') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
  }
}
