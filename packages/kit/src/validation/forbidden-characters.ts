/** NUL and the other C0 controls but tab and line breaks, and unpaired UTF-16 surrogates (broken unicode). */
export const FORBIDDEN_CHARACTERS = '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const FORBIDDEN = new RegExp(FORBIDDEN_CHARACTERS);
/** The same written as a GraphQL string escape inside a document (`"\u0000"`). */
const FORBIDDEN_ESCAPE =
  /\\u(?:000[0-8bcefBCEF]|001[0-9a-fA-F])|\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}/;

/**
 * The path of the first string of a request that holds a character no field of the hub accepts, or null. PostgreSQL
 * refuses NUL in text, and a lone surrogate is not text at all: such a value is bad input, refused before it meets a
 * resolver — whatever the field, whether or not its own check thought of it.
 */
export function forbiddenCharacterPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return FORBIDDEN.test(value) ? path || 'valeur' : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = forbiddenCharacterPath(item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = forbiddenCharacterPath(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** True when a GraphQL document writes such a character as an escape in one of its string literals. */
export const documentHasForbiddenEscape = (document: string) => FORBIDDEN_ESCAPE.test(document) || FORBIDDEN.test(document);
