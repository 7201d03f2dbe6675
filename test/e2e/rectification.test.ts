import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { codeOf, gateway, tokenFor } from '../support/client';

interface Person {
  id: string;
  version: number;
  nomNaissance: string;
  prenoms: string;
  dateNaissance: string;
  entree: { date: string; age: number };
  rectifications: Array<{ champ: string; ancienneValeur: string | null; nouvelleValeur: string | null; motif: string; par: string }>;
}
const FIELDS = 'id version nomNaissance prenoms dateNaissance entree { date age } rectifications { champ ancienneValeur nouvelleValeur motif par }';
const RECTIFY = `mutation ($id: ID!, $version: Int!, $input: RectificationParticipantInput!) { rectifierParticipant(id: $id, version: $version, input: $input) { ${FIELDS} } }`;

const rightOfAccess = async (identite: { nomNaissance: string; prenoms: string; dateNaissance: string }) => {
  const response = await fetch(inject('gatewayUrl').replace('/graphql', '/exports/droit-acces'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor('dpo')}` },
    body: JSON.stringify({ identite, format: 'json' }),
  });
  return ((await response.json()) as { donnees: { participations: Array<{ id: string }> } }).donnees.participations.map((p) => p.id);
};

describe('rectification of a participant’s identity', () => {
  it('corrects the identity, keeps the former values in the history, and what derives from it follows', async () => {
    const coordination = await tokenFor('coordination');
    // Not the first of the caseload: another test file reads that one's identity.
    const list = await gateway<{ fileActive: { nodes: Array<{ participant: Person }> } }>(coordination, `{ fileActive(first: 30) { nodes { participant { ${FIELDS} } } } }`);
    const person = list.data!.fileActive.nodes.at(-1)!.participant;
    const before = { nomNaissance: person.nomNaissance, prenoms: person.prenoms, dateNaissance: person.dateNaissance };

    // Bad input: a clear error naming the field, and nothing written.
    const bad = await gateway(coordination, RECTIFY, { id: person.id, version: person.version, input: { communeInsee: '123', motif: 'Erreur de saisie' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('input.communeInsee');
    expect(bad.errors![0]!.message).toContain('code INSEE');

    const birth = `${Number(person.dateNaissance.slice(0, 4)) - 1}${person.dateNaissance.slice(4)}`;
    const done = await gateway<{ rectifierParticipant: Person }>(coordination, RECTIFY, {
      id: person.id,
      version: person.version,
      input: { prenoms: 'Marie-Claire', dateNaissance: birth, motif: 'Demande de la personne (article 16 du RGPD)' },
    });
    expect(done.errors).toBeUndefined();
    const after = done.data!.rectifierParticipant;
    expect(after).toMatchObject({ prenoms: 'Marie-Claire', dateNaissance: birth, version: person.version + 1 });
    // The age at entry follows the corrected birth date: the FSE+ indicators count the person in the right band.
    const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
    const [ey, em, ed] = person.entree.date.split('-').map(Number) as [number, number, number];
    expect(after.entree.age).toBe(ey - y - (em < m || (em === m && ed < d) ? 1 : 0));
    expect(after.rectifications).toEqual(
      expect.arrayContaining([
        { champ: 'prenoms', ancienneValeur: person.prenoms, nouvelleValeur: 'Marie-Claire', motif: 'Demande de la personne (article 16 du RGPD)', par: 'demo-coordination' },
        { champ: 'dateNaissance', ancienneValeur: person.dateNaissance, nouvelleValeur: birth, motif: 'Demande de la personne (article 16 du RGPD)', par: 'demo-coordination' },
      ]),
    );
    expect(after.rectifications).toHaveLength(person.rectifications.length + 2);

    // A concurrent edit from the version read before is refused.
    const stale = await gateway(coordination, RECTIFY, { id: person.id, version: person.version, input: { nomUsage: 'DURAND', motif: 'Mariage' } });
    expect(codeOf(stale)).toBe('CONFLICT');

    // The right of access finds the person under the corrected identity only.
    expect(await rightOfAccess({ ...before, prenoms: 'Marie-Claire', dateNaissance: birth })).toContain(person.id);
    expect(await rightOfAccess(before)).not.toContain(person.id);

    // Outside the caller's scope, or by a role without the right: refused.
    expect(codeOf(await gateway(await tokenFor('prescripteur-france-travail'), RECTIFY, { id: person.id, version: after.version, input: { nomUsage: 'X', motif: 'm' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gateway(await tokenFor('copil'), RECTIFY, { id: person.id, version: after.version, input: { nomUsage: 'X', motif: 'm' } }))).toBe('FORBIDDEN');
  });
});
