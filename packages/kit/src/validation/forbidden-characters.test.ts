import { describe, expect, it } from 'vitest';
import { documentHasForbiddenEscape, forbiddenCharacterPath } from './forbidden-characters';

describe('characters no field accepts', () => {
  it('names the path of the first string holding NUL, a control character or a lone surrogate', () => {
    expect(forbiddenCharacterPath({ input: { personne: { nomNaissance: 'DUPONT\u0000' } } })).toBe('input.personne.nomNaissance');
    expect(forbiddenCharacterPath({ input: { membres: ['ok', 'x\ud800'] } })).toBe('input.membres[1]');
    expect(forbiddenCharacterPath({ a: '\udc00y' })).toBe('a');
    expect(forbiddenCharacterPath({ a: 'bell\u0007' })).toBe('a');
  });

  it('lets through ordinary text: accents, emoji, tabs and line breaks, SQL metacharacters', () => {
    expect(forbiddenCharacterPath({ nom: "N'Diaye-Lefèvre 😀", objectif: 'ligne 1\nligne 2\r\n\tfin', q: "'; DROP TABLE x; --" })).toBeNull();
    expect(forbiddenCharacterPath(null)).toBeNull();
  });

  it('finds the same characters written as escapes in a document, and not a valid pair', () => {
    expect(documentHasForbiddenEscape('mutation { m(nom: "a\\u0000b") }')).toBe(true);
    expect(documentHasForbiddenEscape('mutation { m(nom: "\\ud800") }')).toBe(true);
    expect(documentHasForbiddenEscape('mutation { m(nom: "\\udc00") }')).toBe(true);
    expect(documentHasForbiddenEscape('mutation { m(nom: "\\ud83d\\ude00 \\u00e9") }')).toBe(false);
  });
});

describe('messages sent back to callers', () => {
  it('never carry control characters, broken unicode or direction overrides, and stay short', async () => {
    const { printable } = await import('../errors/mask-error');
    expect(printable('Aucune fiche n’a l’identifiant a\u0000b\ud800\u202e.')).toBe('Aucune fiche n’a l’identifiant a\ufffdb\ufffd\ufffd.');
    expect(printable('Ligne 1\nligne 2 — é 😀')).toBe('Ligne 1\nligne 2 — é 😀');
    expect(printable('x'.repeat(600))).toHaveLength(501);
  });
});
