import { describe, expect, it } from 'vitest';
import { normaliseName } from '@plie-hub/auth';
import { codeOf, gateway, tokenFor, unique } from '../support/client';
import { bornYearsAgo, ficheInput, type Partner, PARTNERS, today } from '../support/fiches';

const [FT, CD, ML] = PARTNERS;

async function createFiche(partner: Partner = FT, overrides: Record<string, unknown> = {}, nom = `TEST${unique()}`) {
  const token = await tokenFor(partner.who);
  const response = await gateway<{ fiche: { id: string; version: number } }>(
    token,
    `mutation ($input: CreerPrescription${partner.suffix}Input!) { fiche: creerPrescription${partner.suffix}(input: $input) { id version } }`,
    { input: ficheInput(partner, nom, overrides) },
  );
  expect(response.errors).toBeUndefined();
  return { token, nom, ...response.data!.fiche };
}

describe('lifecycle of a fiche', () => {
  it('edits a draft, then refuses to edit it once transmitted; a transmitted fiche gets addenda with history', async () => {
    const fiche = await createFiche();
    const edited = await gateway<{ f: { version: number; objectif: string } }>(
      fiche.token,
      `mutation ($id: ID!, $v: Int!, $input: CreerPrescriptionFranceTravailInput!) { f: modifierPrescriptionFranceTravail(id: $id, version: $v, input: $input) { version objectif } }`,
      { id: fiche.id, v: fiche.version, input: ficheInput(FT, fiche.nom, { objectif: 'Un objectif réécrit, suffisamment détaillé.' }) },
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.f.objectif).toBe('Un objectif réécrit, suffisamment détaillé.');
    expect(edited.data!.f.version).toBe(fiche.version + 1);

    const sent = await gateway<{ f: { version: number; statut: string; expireLe: string } }>(
      fiche.token,
      `mutation ($id: ID!, $v: Int!) { f: transmettrePrescriptionFranceTravail(id: $id, version: $v) { version statut expireLe } }`,
      { id: fiche.id, v: edited.data!.f.version },
    );
    expect(sent.data!.f.statut).toBe('TRANSMISE');
    expect(sent.data!.f.expireLe > today).toBe(true);

    const late = await gateway(
      fiche.token,
      `mutation ($id: ID!, $v: Int!, $input: CreerPrescriptionFranceTravailInput!) { modifierPrescriptionFranceTravail(id: $id, version: $v, input: $input) { id } }`,
      { id: fiche.id, v: sent.data!.f.version, input: ficheInput(FT, fiche.nom) },
    );
    expect(codeOf(late)).toBe('CONFLICT');

    for (const texte of ['La personne a déménagé à Bègles.', 'Permis B obtenu le mois dernier.']) {
      const added = await gateway(fiche.token, `mutation ($id: ID!, $t: String!) { completerPrescriptionFranceTravail(id: $id, texte: $t) { id } }`, { id: fiche.id, t: texte });
      expect(added.errors).toBeUndefined();
    }
    const read = await gateway<{ f: { complements: Array<{ texte: string }> } }>(
      await tokenFor('coordination'),
      `query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { complements { texte } } }`,
      { id: fiche.id },
    );
    expect(read.data!.f.complements.map((c) => c.texte)).toEqual(['La personne a déménagé à Bègles.', 'Permis B obtenu le mois dernier.']);
  });

  it('cancels with a reason, and refuses a cancellation without one', async () => {
    const fiche = await createFiche();
    const noReason = await gateway(fiche.token, `mutation ($id: ID!, $v: Int!) { annulerPrescriptionFranceTravail(id: $id, version: $v, motif: " ") { id } }`, { id: fiche.id, v: fiche.version });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0]!.extensions!.field).toBe('motif');
    const cancelled = await gateway<{ f: { statut: string; motifAnnulation: string } }>(
      fiche.token,
      `mutation ($id: ID!, $v: Int!) { f: annulerPrescriptionFranceTravail(id: $id, version: $v, motif: "A retrouvé un emploi") { statut motifAnnulation } }`,
      { id: fiche.id, v: fiche.version },
    );
    expect(cancelled.data!.f).toEqual({ statut: 'ANNULEE', motifAnnulation: 'A retrouvé un emploi' });
  });

  it('reads a transmitted fiche past the agreed delay as EXPIREE, in lists, filters and counts alike', async () => {
    const token = await tokenFor('coordination');
    const expired = await gateway<{ p: { totalCount: number; nodes: Array<{ statut: string; expireLe: string }> } }>(
      token,
      `{ p: prescriptionsFranceTravail(first: 50, filtre: { statut: EXPIREE }) { totalCount nodes { statut expireLe } } }`,
    );
    expect(expired.data!.p.totalCount).toBeGreaterThan(0);
    for (const node of expired.data!.p.nodes) {
      expect(node.statut).toBe('EXPIREE');
      expect(node.expireLe < today).toBe(true);
    }
    const counts = await gateway<{ c: Array<{ statut: string; nombre: number }> }>(token, `{ c: compteursPrescriptionsFranceTravail { statut nombre } }`);
    expect(counts.data!.c.find((c) => c.statut === 'EXPIREE')!.nombre).toBe(expired.data!.p.totalCount);
    expect(counts.data!.c.find((c) => c.statut === 'BROUILLON')!.nombre).toBe(0);
  });

  it('searches by name without accents or case, and sorts by name', async () => {
    const nom = `Lefèvre${unique()}`;
    const fiche = await createFiche(FT, {}, nom);
    const found = await gateway<{ p: { nodes: Array<{ id: string }> } }>(
      fiche.token,
      `query ($q: String!) { p: prescriptionsFranceTravail(first: 5, filtre: { recherche: $q }) { nodes { id } } }`,
      { q: nom.toUpperCase().replace('È', 'E') },
    );
    expect(found.data!.p.nodes.map((n) => n.id)).toEqual([fiche.id]);
    const sorted = await gateway<{ p: { nodes: Array<{ personne: { nomNaissance: string; nomUsage: string | null; prenoms: string } }> } }>(
      fiche.token,
      `{ p: prescriptionsFranceTravail(first: 30, tri: NOM) { nodes { personne { nomNaissance nomUsage prenoms } } } }`,
    );
    // The order is that of the names as searched: letters only, without accents or case (« Colonnes6XoV » sorts as
    // « colonnes xov », after « Colonnes3Zt » would by its digits).
    const names = sorted.data!.p.nodes.map(({ personne: p }) => normaliseName(`${p.nomNaissance} ${p.nomUsage ?? ''} ${p.prenoms}`).toLowerCase());
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort());
  });

  it('pages through a list with cursors without gaps or repeats', async () => {
    const token = await tokenFor('coordination');
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page += 1) {
      const response: { data?: { p: { nodes: Array<{ id: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } | null } = await gateway(
        token,
        `query ($after: String) { p: prescriptionsDepartement(first: 7, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      seen.push(...response.data!.p.nodes.map((n) => n.id));
      after = response.data!.p.pageInfo.endCursor;
    }
    const all = await gateway<{ p: { nodes: Array<{ id: string }> } }>(token, `{ p: prescriptionsDepartement(first: 28) { nodes { id } } }`);
    expect(seen).toEqual(all.data!.p.nodes.map((n) => n.id));
  });
});

describe('same person prescribed by two partners', () => {
  it('gives the coordination the same match key on both fiches, and refuses it to prescribers', async () => {
    const nom = `DOUBLON${unique()}`;
    const personne = { ...ficheInput(FT, nom).personne, prenoms: 'Émilie Rose', dateNaissance: '1990-03-04' };
    const ft = await createFiche(FT, { personne });
    const cd = await createFiche(CD, { personne: { ...personne, nomNaissance: nom.toLowerCase(), prenoms: 'emilie' } });
    for (const [partner, fiche] of [[FT, ft], [CD, cd]] as const) {
      const sent = await gateway(fiche.token, `mutation ($id: ID!, $v: Int!) { transmettrePrescription${partner.suffix}(id: $id, version: $v) { id } }`, { id: fiche.id, v: fiche.version });
      expect(sent.errors).toBeUndefined();
    }
    const coordination = await tokenFor('coordination');
    const keys = await gateway<{ a: { cleRapprochement: string }; b: { cleRapprochement: string } }>(
      coordination,
      `query ($a: ID!, $b: ID!) { a: prescriptionFranceTravail(id: $a) { cleRapprochement } b: prescriptionDepartement(id: $b) { cleRapprochement } }`,
      { a: ft.id, b: cd.id },
    );
    expect(keys.errors).toBeUndefined();
    expect(keys.data!.a.cleRapprochement).toBe(keys.data!.b.cleRapprochement);
    expect(keys.data!.a.cleRapprochement).not.toContain(nom);
    const prescriber = await gateway(ft.token, `query ($a: ID!) { prescriptionFranceTravail(id: $a) { cleRapprochement } }`, { a: ft.id });
    expect(codeOf(prescriber)).toBe('FORBIDDEN');
  });
});

describe("the Mission Locale's age rule", () => {
  it('refuses a 27-year-old, accepts one with a RQTH and the health consent', async () => {
    const token = await tokenFor(ML.who);
    const create = `mutation ($input: CreerPrescriptionMissionLocaleInput!) { creerPrescriptionMissionLocale(input: $input) { id } }`;
    const base = ficheInput(ML, `TEST${unique()}`);
    const tooOld = await gateway(token, create, { input: { ...base, personne: { ...base.personne, dateNaissance: bornYearsAgo(27) } } });
    expect(codeOf(tooOld)).toBe('BAD_USER_INPUT');
    expect(tooOld.errors![0]!.message).toMatch(/jusqu'à 25 ans/);
    const withRqth = await gateway(token, create, {
      input: {
        ...base,
        personne: { ...base.personne, dateNaissance: bornYearsAgo(27) },
        situation: { ...base.situation, rqth: true },
        consentement: { ...base.consentement, santeRecueilliLe: today },
      },
    });
    expect(withRqth.errors).toBeUndefined();
  });
});

describe('bulk import', () => {
  const header = (partner: Partner = FT) => Object.keys(partner.csvSection);

  function csvRow(partner: Partner, nom: string, overrides: Record<string, string> = {}) {
    const row: Record<string, string> = {
      plie_code: 'BORDEAUX', agent_nom: 'Agent Import', agent_contact: 'import@example.org', nom_naissance: nom, nom_usage: '', prenoms: 'Hélène',
      sexe: 'F', date_naissance: '12/04/1985', commune_insee: '33063', qpv: 'non', telephone: '', email: '', inscrit_france_travail: 'oui',
      inscrit_depuis: '2022-01-10', minima_sociaux: 'RSA', rqth: 'non', niveau_formation: 'NIVEAU_4', nationalite: 'FR', logement: 'LOGEMENT_AUTONOME',
      freins: 'MOBILITE|NUMERIQUE', objectif: 'Accompagnement vers un emploi durable dans la logistique.', urgent: 'non', rencontre_prealable: 'oui',
      message_referent: 'Disponible le matin; joignable par SMS', consentement_date: today, consentement_mode: 'ECRIT_SIGNE', consentement_perimetre: '',
      consentement_sante_date: '', ...partner.csvSection, ...overrides,
    };
    return row;
  }

  const toCsv = (rows: Array<Record<string, string>>) => {
    const columns = Object.keys(rows[0]!);
    const quote = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    return [columns.join(';'), ...rows.map((row) => columns.map((c) => quote(row[c] ?? '')).join(';'))].join('\r\n');
  };

  const importCsv = async (bytes: Buffer, partner: Partner = FT) =>
    gateway<{ r: { encodage: string; lignesLues: number; creees: number; dejaImportees: number; rejetees: Array<{ ligne: number; champ: string; message: string }> } }>(
      await tokenFor(partner.who),
      `mutation ($f: String!) { r: importerPrescriptions${partner.suffix}(contenuBase64: $f) { encodage lignesLues creees dejaImportees rejetees { ligne champ message } } }`,
      { f: bytes.toString('base64') },
    );

  it('creates the valid rows, reports the bad one with line and column, and creates nothing on re-import', async () => {
    const tag = unique();
    const csv = toCsv([
      csvRow(FT, `IMPORT${tag}A`),
      csvRow(FT, `IMPORT${tag}B`, { date_naissance: '31/02/1990' }),
      csvRow(FT, `IMPORT${tag}C`, { identifiant_france_travail: '99' }),
      csvRow(FT, `IMPORT${tag}D`),
    ]);
    const first = await importCsv(Buffer.from(csv, 'utf8'));
    expect(first.errors).toBeUndefined();
    expect(first.data!.r).toMatchObject({ encodage: 'utf-8', lignesLues: 4, creees: 2, dejaImportees: 0 });
    expect(first.data!.r.rejetees.map((r) => [r.ligne, r.champ])).toEqual([
      [3, 'date_naissance'],
      [4, 'franceTravail.identifiantFranceTravail'],
    ]);
    const again = await importCsv(Buffer.from(csv, 'utf8'));
    expect(again.data!.r).toMatchObject({ creees: 0, dejaImportees: 2 });
    const listed = await gateway<{ p: { totalCount: number } }>(
      await tokenFor(FT.who),
      `query ($q: String!) { p: prescriptionsFranceTravail(first: 10, filtre: { recherche: $q }) { totalCount } }`,
      { q: `IMPORT${tag}` },
    );
    expect(listed.data!.p.totalCount).toBe(2);
  });

  it('reads a Windows-1252 file with commas', async () => {
    const tag = unique();
    const rows = [csvRow(CD, `IMPORT${tag}`, { message_referent: '' })];
    const csv = toCsv(rows).replace(/;/g, ',');
    const latin1 = Buffer.from(csv, 'latin1');
    const result = await importCsv(latin1, CD);
    expect(result.errors).toBeUndefined();
    expect(result.data!.r).toMatchObject({ encodage: 'windows-1252', creees: 1 });
    const read = await gateway<{ p: { nodes: Array<{ personne: { prenoms: string } }> } }>(
      await tokenFor(CD.who),
      `query ($q: String!) { p: prescriptionsDepartement(first: 1, filtre: { recherche: $q }) { nodes { personne { prenoms } } } }`,
      { q: `IMPORT${tag}` },
    );
    expect(read.data!.p.nodes[0]!.personne.prenoms).toBe('Hélène');
  });

  it('refuses a file whose header lacks columns, naming them', async () => {
    const result = await importCsv(Buffer.from('plie_code;nom_naissance\nBORDEAUX;X'));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('agent_nom');
  });

  it('publishes the expected header', async () => {
    const result = await gateway<{ h: string }>(await tokenFor(FT.who), `{ h: modeleImportPrescriptionsFranceTravail }`);
    expect(result.data!.h.split(';')).toEqual(Object.keys(csvRow(FT, 'X')));
    expect(header()).toContain('identifiant_france_travail');
  });
});
