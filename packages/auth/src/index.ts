export { ROLES, ORGANISATION_TYPES, isRole, isOrganisationType, type Role, type OrganisationType } from './roles';
export { callerFromClaims, claimsOfCaller, hasRole, answersRightOfAccess, CLAIM, InvalidCallerError, type Caller } from './caller';
export {
  createTokenVerifier,
  signDevelopmentToken,
  InvalidTokenError,
  DEVELOPMENT_SECRET,
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_AUDIENCE,
  type TokenVerification,
  type VerifyToken,
} from './tokens';
export {
  signCaller,
  createCallerVerifier,
  parseSigningKeys,
  CallerSignatureError,
  CALLER_HEADER,
  DEVELOPMENT_GATEWAY_KEY,
  type SigningKey,
  type VerifyCallerHeader,
} from './caller-signature';
export { gatewayKeysFromEnv } from './gateway-keys';
export { personMatchKey, normaliseName, matchKeyFromEnv, DEVELOPMENT_MATCH_KEY } from './match-key';
export { accessMatrix, parseAccessMatrix, AccessMatrixError, ACCESS_MATRIX_PATH, type AccessMatrix, type SubgraphAccess } from './access-matrix';
export { personalFieldRoles, type PersonalType } from './personal-data';
