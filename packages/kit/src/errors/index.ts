export { ErrorCode } from './codes';
export { BadUserInputError, type FieldProblem } from './bad-user-input.error';
export { ForbiddenError } from './forbidden.error';
export { UnauthenticatedError } from './unauthenticated.error';
export { NotFoundError } from './not-found.error';
export { ConflictError } from './conflict.error';
export { maskError, wasMasked, INTERNAL_ERROR_MESSAGE } from './mask-error';
