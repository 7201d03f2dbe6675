import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { callerFromClaims, claimsOfCaller, type Caller } from './caller';

/**
 * Development and demo tokens are HS256-signed with a local secret. This value is public (it is in the source), so
 * production mode refuses to start with it.
 */
export const DEVELOPMENT_SECRET = 'plie-hub-development-secret-never-use-in-production';
export const DEVELOPMENT_ISSUER = 'plie-hub-dev';
export const DEVELOPMENT_AUDIENCE = 'plie-hub';

export type TokenVerification =
  | { mode: 'development'; secret: string; issuer: string; audience: string }
  | { mode: 'production'; jwksUrl: string; issuer: string; audience: string; algorithms?: string[] };

export class InvalidTokenError extends Error {}

export type VerifyToken = (token: string) => Promise<Caller>;

const ASYMMETRIC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/** How long a token already verified is taken as good without checking its signature again (at most its expiry). */
const VERIFIED_FOR_MS = 60_000;
/** Tokens remembered at once; the oldest is forgotten first. */
const VERIFIED_MAX = 10_000;

/**
 * Builds the token check of the gateway. The accepted algorithms are fixed per mode (HS256 in development, asymmetric
 * ones against the JWKS in production), which rules out `alg: none` and HS/RS confusion; expiry, not-before, issuer
 * and audience are always checked.
 *
 * A client sends the same token with every request until it expires, and checking an ES256 signature is most of the
 * gateway's own work on a small query: a token verified is remembered for a minute (never past its expiry), by its
 * exact text. A key withdrawn from the JWKS therefore stops being accepted within a minute, not at once.
 */
export function createTokenVerifier(config: TokenVerification): VerifyToken {
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (config.mode === 'development') {
    key = new TextEncoder().encode(config.secret);
    algorithms = ['HS256'];
  } else {
    key = createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
    algorithms = config.algorithms ?? ASYMMETRIC_ALGORITHMS;
    if (algorithms.some((alg) => alg.startsWith('HS') || alg === 'none')) {
      throw new Error('Production tokens must use asymmetric algorithms (RS256, PS256, ES256, EdDSA)');
    }
  }
  const verified = new Map<string, { caller: Caller; until: number }>();
  return async (token: string) => {
    const now = Date.now();
    const known = verified.get(token);
    if (known && known.until > now) return copyOf(known.caller);
    if (known) verified.delete(token);
    let caller: Caller;
    let expires: number;
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: 5,
        requiredClaims: ['exp', 'sub'],
        // One clock for the signature check and the memory of verified tokens.
        currentDate: new Date(now),
      });
      caller = callerFromClaims(payload);
      expires = payload.exp! * 1000;
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
    verified.set(token, { caller: copyOf(caller), until: Math.min(expires, now + VERIFIED_FOR_MS) });
    return caller;
  };
}

/** Each request gets its own caller object: nothing one request does to it reaches another. */
const copyOf = (caller: Caller): Caller => ({ ...caller, org: { ...caller.org }, roles: [...caller.roles], plies: [...caller.plies] });

/** Signs a development token for a caller (the `npm run token` command and the tests use it). */
export async function signDevelopmentToken(
  caller: Caller,
  options: { secret?: string; issuer?: string; audience?: string; expiresInSeconds?: number; notBefore?: number } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(claimsOfCaller(caller))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(options.issuer ?? DEVELOPMENT_ISSUER)
    .setAudience(options.audience ?? DEVELOPMENT_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresInSeconds ?? 8 * 3600));
  if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
  return jwt.sign(new TextEncoder().encode(options.secret ?? DEVELOPMENT_SECRET));
}
