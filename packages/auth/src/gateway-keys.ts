import { DEVELOPMENT_GATEWAY_KEY, parseSigningKeys, type SigningKey } from './caller-signature';

/**
 * The gateway keys from `PLIE_GATEWAY_KEYS` (`kid:secret,...`; first signs, all verify). Outside production the
 * public development key is used when the variable is unset; in production it is required and the development key
 * is refused.
 */
export function gatewayKeysFromEnv(env: Record<string, string | undefined>): SigningKey[] {
  const production = env.NODE_ENV === 'production';
  if (!env.PLIE_GATEWAY_KEYS) {
    if (production) throw new Error('PLIE_GATEWAY_KEYS is required in production (kid:secret,...)');
    return [DEVELOPMENT_GATEWAY_KEY];
  }
  const keys = parseSigningKeys(env.PLIE_GATEWAY_KEYS);
  if (production && keys.some((key) => key.secret === DEVELOPMENT_GATEWAY_KEY.secret)) {
    throw new Error('PLIE_GATEWAY_KEYS uses the public development key, which is refused in production');
  }
  return keys;
}
