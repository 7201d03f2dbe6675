import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { callerFromClaims, claimsOfCaller, type Caller } from './caller';

/**
 * Both ends of the gateway → subgraph contract. The gateway forwards the verified caller in one header, signed with
 * an HMAC key shared with the subgraphs and bound to the exact request body, a timestamp and a nonce. A subgraph
 * accepts a request only if the signature checks with one of its keys (two at once during a rotation), the header is
 * fresh, the body is the one that was signed, and the nonce was not seen before.
 */
export const CALLER_HEADER = 'x-plie-caller';
const VERSION = 'v1';

export interface SigningKey {
  /** Key identifier written in the header, so the receiver knows which key to check with. */
  kid: string;
  secret: string;
}

interface SignedPayload {
  /** The caller's claims. */
  c: Record<string, unknown>;
  /** Issued at, epoch milliseconds. */
  t: number;
  /** Nonce. */
  n: string;
  /** SHA-256 of the request body, base64url. */
  b: string;
}

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const bodyDigest = (body: string) => createHash('sha256').update(body).digest('base64url');
const mac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('base64url');

export function signCaller(key: SigningKey, caller: Caller, body: string, now = Date.now()): string {
  if (key.kid.includes('.')) throw new Error('A signing key id cannot contain a dot');
  const payload: SignedPayload = { c: claimsOfCaller(caller), t: now, n: randomUUID(), b: bodyDigest(body) };
  const signed = `${VERSION}.${key.kid}.${b64(JSON.stringify(payload))}`;
  return `${signed}.${mac(key.secret, signed)}`;
}

export class CallerSignatureError extends Error {}

export interface CallerVerifierOptions {
  keys: SigningKey[];
  /** How old a signed header may be, in milliseconds. @default 30000 */
  maxAgeMillis?: number;
  now?: () => number;
}

export type VerifyCallerHeader = (header: string | undefined | null, body: string) => Caller;

export function createCallerVerifier(options: CallerVerifierOptions): VerifyCallerHeader {
  if (options.keys.length === 0) throw new Error('At least one gateway signing key is required');
  const keys = new Map(options.keys.map((key) => [key.kid, key.secret]));
  const maxAge = options.maxAgeMillis ?? 30_000;
  const now = options.now ?? Date.now;
  const seen = new NonceWindow(maxAge * 2);

  return (header, body) => {
    if (!header) throw new CallerSignatureError('missing gateway signature');
    const parts = header.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION) throw new CallerSignatureError('malformed gateway signature');
    const [version, kid, encoded, signature] = parts as [string, string, string, string];
    const secret = keys.get(kid);
    if (!secret) throw new CallerSignatureError('unknown gateway signing key');
    const expected = Buffer.from(mac(secret, `${version}.${kid}.${encoded}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new CallerSignatureError('invalid gateway signature');
    }
    let payload: SignedPayload;
    try {
      payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as SignedPayload;
    } catch {
      throw new CallerSignatureError('malformed gateway signature');
    }
    const age = now() - payload.t;
    if (!Number.isFinite(age) || age > maxAge || age < -maxAge) throw new CallerSignatureError('stale gateway signature');
    if (payload.b !== bodyDigest(body)) throw new CallerSignatureError('request body does not match its signature');
    if (!seen.add(payload.n, now())) throw new CallerSignatureError('replayed gateway signature');
    return callerFromClaims(payload.c);
  };
}

/** Remembers nonces for a time window, forgetting old ones as it goes. */
class NonceWindow {
  private current = new Set<string>();
  private previous = new Set<string>();
  private rotatedAt = 0;

  constructor(private readonly windowMillis: number) {}

  add(nonce: string, now: number): boolean {
    if (now - this.rotatedAt > this.windowMillis) {
      this.previous = this.current;
      this.current = new Set();
      this.rotatedAt = now;
    }
    if (this.current.has(nonce) || this.previous.has(nonce)) return false;
    this.current.add(nonce);
    return true;
  }
}

/** Parses `kid:secret,kid:secret` (the `PLIE_GATEWAY_KEYS` variable); the first key signs, all verify. */
export function parseSigningKeys(value: string): SigningKey[] {
  const keys = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const separator = entry.indexOf(':');
      if (separator <= 0) throw new Error('Each gateway key must be written kid:secret');
      const kid = entry.slice(0, separator);
      const secret = entry.slice(separator + 1);
      if (!/^[A-Za-z0-9_-]+$/.test(kid)) throw new Error(`Gateway key id "${kid}" may only use letters, digits, - and _`);
      if (secret.length < 32) throw new Error(`Gateway key "${kid}" must be at least 32 characters long`);
      return { kid, secret };
    });
  if (keys.length === 0) throw new Error('At least one gateway key is required');
  return keys;
}

/** The development key shared by the gateway and subgraphs when no `PLIE_GATEWAY_KEYS` is set. Public: refused in production. */
export const DEVELOPMENT_GATEWAY_KEY: SigningKey = {
  kid: 'dev',
  secret: 'plie-hub-development-gateway-key-never-use-in-production',
};
