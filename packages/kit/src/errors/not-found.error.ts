import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}
