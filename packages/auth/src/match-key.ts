import { createHmac } from 'node:crypto';

/**
 * The privacy-preserving match key of a person: a keyed hash (HMAC-SHA256) of the normalised birth name, first
 * first-name and birth date. Every subgraph computes it the same way with the hub's key, so the same person is
 * recognised across partners without any subgraph holding another's data; without the key it cannot be reversed or
 * recomputed from a guessed identity.
 */
export function personMatchKey(secret: string, person: { nomNaissance: string; prenoms: string; dateNaissance: string }): string {
  const firstName = normaliseName(person.prenoms).split(' ')[0] ?? '';
  const material = `${normaliseName(person.nomNaissance)}|${firstName}|${person.dateNaissance}`;
  return createHmac('sha256', secret).update(material).digest('base64url');
}

/** Upper case, no accents, letters and single spaces only: "Lefèvre-Dupont " → "LEFEVRE DUPONT". */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .trim();
}

export const DEVELOPMENT_MATCH_KEY = 'plie-hub-development-match-key-never-use-in-production';

/** `PLIE_MATCH_KEY` (32+ characters), required in production; the public development key otherwise. */
export function matchKeyFromEnv(env: Record<string, string | undefined>): string {
  const key = env.PLIE_MATCH_KEY;
  if (!key) {
    if (env.NODE_ENV === 'production') throw new Error('PLIE_MATCH_KEY is required in production (32+ characters)');
    return DEVELOPMENT_MATCH_KEY;
  }
  if (key.length < 32) throw new Error('PLIE_MATCH_KEY must be at least 32 characters long');
  if (env.NODE_ENV === 'production' && key === DEVELOPMENT_MATCH_KEY) throw new Error('PLIE_MATCH_KEY is the public development key');
  return key;
}
