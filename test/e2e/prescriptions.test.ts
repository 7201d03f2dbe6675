import { describe, expect, it } from 'vitest';
import { codeOf, gateway, tokenFor, unique } from '../support/client';
import { bornYearsAgo, ficheInput, PARTNERS, today } from '../support/fiches';

const partners = PARTNERS;

const FIELDS = /* GraphQL */ `id statut version prescripteur { structureId agentNom } personne { nomNaissance prenoms dateNaissance } plie { code nom }`;

describe.each(partners)('fiches de prescription $suffix', (partner) => {
  const create = `mutation ($input: CreerPrescription${partner.suffix}Input!, $cle: String) {
    fiche: creerPrescription${partner.suffix}(input: $input, cleIdempotence: $cle) { ${FIELDS} }
  }`;
  const list = (filter: string) => `{ page: prescriptions${partner.suffix}(first: 100, filtre: ${filter}) { totalCount nodes { id personne { nomNaissance } } } }`;

  it('creates a draft, transmits it, and the PLIE coordination then sees it', async () => {
    const token = await tokenFor(partner.who);
    const nom = `TEST${unique()}`;
    const created = await gateway<{ fiche: { id: string; statut: string; version: number; plie: { nom: string } } }>(token, create, { input: ficheInput(partner, nom) });
    expect(created.errors).toBeUndefined();
    const fiche = created.data!.fiche;
    expect(fiche.statut).toBe('BROUILLON');
    expect(fiche.plie.nom).toBe('PLIE de Bordeaux');

    const coordination = await tokenFor('coordination');
    const hidden = await gateway<{ page: { nodes: Array<{ id: string }> } }>(coordination, list('{ statut: BROUILLON }'));
    expect(hidden.data!.page.nodes.map((n) => n.id)).not.toContain(fiche.id);

    const transmitted = await gateway<{ fiche: { statut: string; version: number } }>(
      token,
      `mutation ($id: ID!, $v: Int!) { fiche: transmettrePrescription${partner.suffix}(id: $id, version: $v) { statut version } }`,
      { id: fiche.id, v: fiche.version },
    );
    expect(transmitted.errors).toBeUndefined();
    expect(transmitted.data!.fiche.statut).toBe('TRANSMISE');

    const read = await gateway<{ fiche: { personne: { nomNaissance: string } } }>(
      coordination,
      `query ($id: ID!) { fiche: prescription${partner.suffix}(id: $id) { personne { nomNaissance } } }`,
      { id: fiche.id },
    );
    expect(read.data!.fiche.personne.nomNaissance).toBe(nom);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const token = await tokenFor(partner.who);
    const { data } = await gateway<{ fiche: { id: string; version: number } }>(token, create, { input: ficheInput(partner, `TEST${unique()}`) });
    const stale = await gateway(
      token,
      `mutation ($id: ID!, $v: Int!) { transmettrePrescription${partner.suffix}(id: $id, version: $v) { statut } }`,
      { id: data!.fiche.id, v: data!.fiche.version + 5 },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('creates one fiche when a creation is retried with the same idempotency key', async () => {
    const token = await tokenFor(partner.who);
    const cle = `cle-${unique()}`;
    const input = ficheInput(partner, `TEST${unique()}`);
    const [a, b] = await Promise.all([gateway<{ fiche: { id: string } }>(token, create, { input, cle }), gateway<{ fiche: { id: string } }>(token, create, { input, cle })]);
    const c = await gateway<{ fiche: { id: string } }>(token, create, { input, cle });
    expect(a.data!.fiche.id).toBe(b.data!.fiche.id);
    expect(c.data!.fiche.id).toBe(a.data!.fiche.id);
  });

  it.each([
    ['a wrong partner identifier', () => ({ [partner.sectionKey]: { ...partner.section, ...partner.badSection.value } }), partner.badSection.field],
    ['a birth date in the future', () => ({ personne: { ...ficheInput(partner, 'X').personne, dateNaissance: '2999-01-01' } }), 'input.personne.dateNaissance'],
    ['a person under 16', () => ({ personne: { ...ficheInput(partner, 'X').personne, dateNaissance: bornYearsAgo(15) } }), 'input.personne.dateNaissance'],
    ['a RQTH without the health consent', () => ({ situation: { ...ficheInput(partner, 'X').situation, rqth: true } }), 'input.situation.rqth'],
    ['a wrong INSEE code', () => ({ personne: { ...ficheInput(partner, 'X').personne, communeInsee: '3306' } }), 'input.personne.communeInsee'],
    ['an unknown PLIE', () => ({ plieCode: 'PLIE-INCONNU' }), 'input.plieCode'],
    ['a consent collected in the future', () => ({ consentement: { recueilliLe: '2999-01-01', mode: 'ECRIT_SIGNE', perimetre: ['TRANSMISSION_PLIE'] } }), 'input.consentement.recueilliLe'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_label, overrides, field) => {
    const token = await tokenFor(partner.who);
    const nom = `TEST${unique()}`;
    const response = await gateway(token, create, { input: ficheInput(partner, nom, overrides()) });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.field).toBe(field);
    expect(response.errors![0]!.message).toMatch(/[a-zé]/);
    const after = await gateway<{ page: { nodes: Array<{ personne: { nomNaissance: string } }> } }>(token, list('{ statut: BROUILLON }'));
    expect(after.data!.page.nodes.map((n) => n.personne.nomNaissance)).not.toContain(nom);
  });

  it('refuses a missing consent at the schema level', async () => {
    const token = await tokenFor(partner.who);
    const { consentement: _c, ...input } = ficheInput(partner, `TEST${unique()}`);
    const response = await gateway(token, create, { input });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.field).toBe('input.consentement');
    expect(response.errors![0]!.message).toBe('Le champ « consentement » (input) est obligatoire.');
    expect(JSON.stringify(response)).not.toContain(input.personne.nomNaissance);
  });

  it('refuses another structure with FORBIDDEN, never an empty answer', async () => {
    const token = await tokenFor(partner.who);
    const { data } = await gateway<{ fiche: { id: string } }>(token, create, { input: ficheInput(partner, `TEST${unique()}`) });
    const other = await tokenFor({ sub: 'x', org: { type: partner.organisation, id: 'autre-structure' }, roles: ['PRESCRIPTEUR'], plies: [] });
    const read = await gateway(other, `query ($id: ID!) { prescription${partner.suffix}(id: $id) { id } }`, { id: data!.fiche.id });
    expect(codeOf(read)).toBe('FORBIDDEN');
    const copil = await gateway(await tokenFor('copil'), list('null'));
    expect(codeOf(copil)).toBe('FORBIDDEN');
  });
});
