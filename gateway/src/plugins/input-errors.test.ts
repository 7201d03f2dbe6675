import { describe, expect, it } from 'vitest';
import { translateInputError, translateLimitError } from './input-errors';

describe('translateInputError', () => {
  it('names a missing required field in French and drops the value', () => {
    const message =
      'Variable "$input" got invalid value { plieCode: "BORDEAUX", personne: { nomNaissance: "DUPONT" } }; Field "consentement" of required type "ConsentementInput!" was not provided.';
    const translated = translateInputError(message)!;
    expect(translated).toEqual({ field: 'input.consentement', message: 'Le champ « consentement » (input) est obligatoire.' });
    expect(JSON.stringify(translated)).not.toContain('DUPONT');
  });

  it('keeps the French explanation of our scalars without the quoted value', () => {
    const message =
      'Variable "$input" got invalid value "31/12/1980" at "input.personne.dateNaissance"; Expected type "Date". Date invalide : « 31/12/1980 » (format attendu AAAA-MM-JJ).';
    const translated = translateInputError(message)!;
    expect(translated.field).toBe('input.personne.dateNaissance');
    expect(translated.message).toContain('format attendu AAAA-MM-JJ');
    expect(translated.message).not.toContain('31/12/1980');
  });

  it('translates unknown enum values, unknown fields, nulls and missing variables', () => {
    expect(translateInputError('Variable "$input" got invalid value "X" at "input.sexe"; Value "X" does not exist in "Sexe" enum.')?.field).toBe('input.sexe');
    expect(translateInputError('Variable "$input" got invalid value { a: 1 }; Field "a" is not defined by type "CreerPlieInput".')?.field).toBe('input.a');
    expect(translateInputError('Variable "$input" got invalid value null at "input.nom"; Expected non-nullable type "String!" not to be null.')?.message).toBe(
      'Le champ « input.nom » est obligatoire.',
    );
    expect(translateInputError('Variable "$id" of required type "ID!" was not provided.')).toEqual({ field: 'id', message: 'Le paramètre « id » est obligatoire.' });
    expect(translateInputError('Variable "$v" got invalid value "abc"; Int cannot represent non-integer value: "abc"')?.message).toBe('Valeur invalide pour « v ».');
  });

  it('leaves other errors alone', () => {
    expect(translateInputError('Cannot query field "nope" on type "Plie".')).toBeNull();
  });
});

describe('errors leaving the gateway', () => {
  it('drop the failed subgraph request (its variables) and response, keeping code and service', async () => {
    const { rewriteErrors } = await import('./use-safe-errors');
    const result = rewriteErrors({
      errors: [
        {
          message: 'The operation was aborted due to timeout',
          extensions: { code: 'GATEWAY_TIMEOUT', serviceName: 'parcours', request: { body: '{"variables":{"nom":"DUPONT"}}' }, response: { body: {} } },
        },
      ],
    });
    expect(result.errors![0]!.extensions).toEqual({ code: 'GATEWAY_TIMEOUT', serviceName: 'parcours' });
    expect(JSON.stringify(result)).not.toContain('DUPONT');
  });
});

describe('translateLimitError', () => {
  it('says which operation limit was passed, in French', () => {
    expect(translateLimitError('Syntax Error: Query depth limit of 12 exceeded, found 14.')).toEqual({ message: 'Requête trop profonde : 14 niveaux imbriqués pour 12 au plus.', limite: 'profondeur' });
    expect(translateLimitError('Syntax Error: Token limit of 3000 exceeded.')?.limite).toBe('elements');
    expect(translateLimitError('Syntax Error: Query Cost limit of 30000 exceeded, found 31038.125.')?.message).toContain('coût 31038 pour un budget de 30000');
    expect(translateLimitError('Cannot query field "x" on type "Query".')).toBeNull();
  });
});
