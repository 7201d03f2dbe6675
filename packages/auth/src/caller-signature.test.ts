import { describe, expect, it } from 'vitest';
import type { Caller } from './caller';
import { CallerSignatureError, createCallerVerifier, parseSigningKeys, signCaller } from './caller-signature';

const caller: Caller = { sub: 'agent-1', org: { type: 'FRANCE_TRAVAIL', id: 'ft-33' }, roles: ['PRESCRIPTEUR'], plies: [] };
const current = { kid: 'k2', secret: 'a-current-secret-of-at-least-32-chars' };
const previous = { kid: 'k1', secret: 'a-previous-secret-of-at-least-32-chars' };
const body = '{"query":"{ plies { code } }"}';

describe('caller signature between gateway and subgraphs', () => {
  it('round-trips the caller', () => {
    const verify = createCallerVerifier({ keys: [current] });
    expect(verify(signCaller(current, caller, body), body)).toEqual(caller);
  });

  it('accepts both keys during a rotation, and not a retired one', () => {
    const verify = createCallerVerifier({ keys: [current, previous] });
    expect(verify(signCaller(previous, caller, body), body).sub).toBe('agent-1');
    const afterRotation = createCallerVerifier({ keys: [current] });
    expect(() => afterRotation(signCaller(previous, caller, body), body)).toThrow('unknown gateway signing key');
  });

  it('refuses an altered caller, another body, a stale header and a replay', () => {
    const verify = createCallerVerifier({ keys: [current] });
    const header = signCaller(current, caller, body);
    const [v, kid, payload, mac] = header.split('.');
    const decoded = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    decoded.c['https://plie-hub.fr/roles'] = ['ADMIN'];
    const altered = [v, kid, Buffer.from(JSON.stringify(decoded)).toString('base64url'), mac].join('.');
    expect(() => verify(altered, body)).toThrow('invalid gateway signature');
    expect(() => verify(signCaller(current, caller, body), '{"query":"mutation { x }"}')).toThrow('request body does not match');
    expect(() => verify(signCaller(current, caller, body, Date.now() - 60_000), body)).toThrow('stale');
    expect(verify(header, body).sub).toBe('agent-1');
    expect(() => verify(header, body)).toThrow('replayed');
    expect(() => verify(undefined, body)).toThrow(CallerSignatureError);
  });

  it('parses key lists and refuses weak keys', () => {
    expect(parseSigningKeys(`k2:${current.secret}, k1:${previous.secret}`).map((k) => k.kid)).toEqual(['k2', 'k1']);
    expect(() => parseSigningKeys('k1:short')).toThrow(/32/);
    expect(() => parseSigningKeys('nokey')).toThrow(/kid:secret/);
  });
});
