import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

/** A concurrent change won (stale version) or the operation clashes with the current state. */
export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.CONFLICT } });
  }
}
