import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_GATEWAY_KEY } from '@plie-hub/auth';
import { GatewayConfigError, readGatewayConfig } from './config';

const options = { subgraphNames: ['parcours', 'clauses'], defaultSupergraphPath: '/tmp/supergraph.graphql' };
const strongKey = 'k1:a-production-key-of-at-least-thirty-two-chars';

describe('gateway configuration', () => {
  it('runs in development with the public development keys', () => {
    const config = readGatewayConfig({}, options);
    expect(config.tokens.mode).toBe('development');
    expect(config.signingKey).toEqual(DEVELOPMENT_GATEWAY_KEY);
    expect(config.host).toBe('127.0.0.1');
  });

  it('refuses to start in production without a JWKS, issuer and audience', () => {
    expect(() => readGatewayConfig({ NODE_ENV: 'production', PLIE_GATEWAY_KEYS: strongKey }, options)).toThrow(/PLIE_JWKS_URL est obligatoire/);
  });

  it('refuses the development signing key and HS256 secrets in production', () => {
    const env = {
      NODE_ENV: 'production',
      PLIE_JWKS_URL: 'https://idp.example/jwks',
      PLIE_JWT_ISSUER: 'https://idp.example',
      PLIE_JWT_AUDIENCE: 'plie-hub',
    };
    expect(() => readGatewayConfig(env, options)).toThrow(/PLIE_GATEWAY_KEYS is required/);
    expect(() => readGatewayConfig({ ...env, PLIE_GATEWAY_KEYS: `dev:${DEVELOPMENT_GATEWAY_KEY.secret}` }, options)).toThrow(/development key/);
    expect(() => readGatewayConfig({ ...env, PLIE_GATEWAY_KEYS: strongKey, PLIE_JWT_SECRET: 'x'.repeat(40) }, options)).toThrow(GatewayConfigError);
    expect(readGatewayConfig({ ...env, PLIE_GATEWAY_KEYS: strongKey }, options).tokens.mode).toBe('production');
  });

  it('lists every problem at once, in French', () => {
    try {
      readGatewayConfig({ GATEWAY_PORT: 'abc', PARCOURS_URL: 'ftp://x', PLIE_MAX_DEPTH: '1' }, options);
      expect.unreachable();
    } catch (error) {
      expect((error as GatewayConfigError).problems).toHaveLength(3);
    }
  });

  it('serves the console with demo sign-in in development, and in production only behind an identity provider', () => {
    const withDir = { ...options, defaultConsoleDir: '/srv/console' };
    expect(readGatewayConfig({}, withDir).console).toEqual({ dir: '/srv/console' });
    expect(readGatewayConfig({ PLIE_CONSOLE: 'false' }, withDir).console).toBeNull();
    const production = {
      NODE_ENV: 'production',
      PLIE_GATEWAY_KEYS: strongKey,
      PLIE_JWKS_URL: 'https://idp.example/jwks',
      PLIE_JWT_ISSUER: 'https://idp.example',
      PLIE_JWT_AUDIENCE: 'plie-hub',
    };
    expect(readGatewayConfig(production, withDir).console).toBeNull();
    const oidc = { PLIE_OIDC_AUTHORIZATION_URL: 'https://idp.example/authorize', PLIE_OIDC_TOKEN_URL: 'https://idp.example/token', PLIE_OIDC_CLIENT_ID: 'plie-console' };
    expect(readGatewayConfig({ ...production, ...oidc }, withDir).console).toEqual({
      dir: '/srv/console',
      oidc: { autorisation: oidc.PLIE_OIDC_AUTHORIZATION_URL, jeton: oidc.PLIE_OIDC_TOKEN_URL, clientId: 'plie-console', portee: 'openid profile' },
    });
    expect(() => readGatewayConfig({ ...production, PLIE_OIDC_AUTHORIZATION_URL: 'https://idp.example/authorize' }, withDir)).toThrow(/PLIE_OIDC_TOKEN_URL doit être une URL/);
  });
});
