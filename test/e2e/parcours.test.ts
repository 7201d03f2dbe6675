import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '@plie-hub/auth';
import { codeOf, gateway, subgraph, tokenFor, unique } from '../support/client';
import { ficheInput, PARTNERS, today } from '../support/fiches';

const [FT, CD] = PARTNERS;
const suffix = unique();
const NIORT_LIKE = `TN${suffix}`;
const FLANDRE_LIKE = `TF${suffix}`;
const coordination: Caller = { sub: `coord-${suffix}`, org: { type: 'PLIE', id: NIORT_LIKE }, roles: ['COORDINATION_PLIE'], plies: [NIORT_LIKE, FLANDRE_LIKE] };
const referent: Caller = { sub: `referent-${suffix}`, org: { type: 'STRUCTURE_PORTEUSE', id: 'asso' }, roles: ['REFERENT'], plies: [NIORT_LIKE, FLANDRE_LIKE] };
let coordToken: string;
let referentToken: string;
const referentIds: Record<string, string> = {};

async function ok<T>(response: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const result = await response;
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function transmittedFiche(partner: (typeof PARTNERS)[number], plieCode: string, personne: Record<string, unknown>) {
  const token = await tokenFor(partner.who);
  const created = await ok(
    gateway<{ f: { id: string; version: number } }>(token, `mutation ($i: CreerPrescription${partner.suffix}Input!) { f: creerPrescription${partner.suffix}(input: $i) { id version } }`, {
      i: { ...ficheInput(partner, String(personne.nomNaissance)), plieCode, personne },
    }),
  );
  await ok(gateway(token, `mutation ($id: ID!, $v: Int!) { transmettrePrescription${partner.suffix}(id: $id, version: $v) { id } }`, { id: created.f.id, v: created.f.version }));
  return { token, id: created.f.id };
}

/** The coordination reads the fiche's match key (through the gateway) to carry it into the admission. */
async function cleOf(prescriptionId: string): Promise<string | null> {
  const read = await gateway<{ f: { cleRapprochement: string } | null }>(coordToken, `query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { cleRapprochement } }`, { id: prescriptionId });
  return read.data?.f?.cleRapprochement ?? null;
}

async function admit(plieCode: string, partenaire: string, prescriptionId: string, personne: Record<string, unknown>) {
  const commission = await ok(
    gateway<{ c: { id: string } }>(coordToken, `mutation ($i: CreerCommissionInput!) { c: creerCommission(input: $i) { id } }`, {
      i: { plieCode, date: today, type: 'INTEGRATION', membres: ['Coordination', 'France Travail'] },
    }),
  );
  const decision = await ok(
    gateway<{ d: { parcoursId: string } }>(coordToken, `mutation ($i: DeciderPrescriptionInput!) { d: deciderPrescription(input: $i) { parcoursId } }`, {
      i: {
        commissionId: commission.c.id, partenaire, prescriptionId, statut: 'ADMIS',
        admission: {
          referentId: referentIds[plieCode],
          personne: { nomNaissance: personne.nomNaissance, prenoms: personne.prenoms, sexe: 'FEMME', dateNaissance: personne.dateNaissance, communeInsee: '33063', cleRapprochement: await cleOf(prescriptionId) },
          situationEntree: { statutEmploi: 'CHOMEUR_LONGUE_DUREE', trancheCite: 'CITE_3_4', nationalite: 'FRANCAISE', qpv: true },
          statuts: ['DELD', 'RSA'],
        },
      },
    }),
  );
  return { commissionId: commission.c.id, parcoursId: decision.d.parcoursId };
}

const PARCOURS = `query ($id: ID!) { p: parcours(id: $id) { id version statut alertes etapes { type } entretiens { present } sortie { categorie sousType regleSet } participant { nomNaissance } } }`;
const CDDI_13_MOIS = { date: today, situation: { type: 'EMPLOI', contrat: 'CDDI', dureeMois: 13, heuresHebdo: 26 } };

beforeAll(async () => {
  const admin = await tokenFor('admin');
  coordToken = await tokenFor(coordination);
  referentToken = await tokenFor(referent);
  for (const [code, regle] of [[NIORT_LIKE, 'NIORT-2022'], [FLANDRE_LIKE, 'FLANDRE-LYS-2017']] as const) {
    await ok(gateway(admin, `mutation ($i: CreerPlieInput!) { creerPlie(input: $i) { code } }`, { i: { code, nom: `PLIE de test ${code}`, structurePorteuse: 'Test', regleSortie: regle } }));
    for (const partner of [FT, CD]) await ok(gateway(admin, `mutation ($c: ID!) { declarerPlieDestinataire${partner.suffix}(code: $c) }`, { c: code }));
    const created = await ok(
      gateway<{ r: { id: string } }>(coordToken, `mutation ($i: CreerReferentInput!) { r: creerReferent(input: $i) { id } }`, {
        i: { plieCode: code, structure: 'Association Test', nom: 'Référente Test', sub: referent.sub, etp: 1 },
      }),
    );
    referentIds[code] = created.r.id;
  }
});

describe('from two prescriptions of the same person to a positive exit', () => {
  it('runs the whole path, and the prescriber sees only the decision and the outcome', async () => {
    const personne = { ...ficheInput(FT, `PARCOURS${suffix}`).personne, prenoms: 'Inès', dateNaissance: '1988-09-14' };
    const ft = await transmittedFiche(FT, NIORT_LIKE, personne);
    const cd = await transmittedFiche(CD, NIORT_LIKE, personne);

    // The coordination sees the same person behind both fiches, and no decision yet.
    const inbox = await ok(
      gateway<{ a: { cleRapprochement: string; decisionPlie: null }; b: { cleRapprochement: string } }>(
        coordToken,
        `query ($a: ID!, $b: ID!) { a: prescriptionFranceTravail(id: $a) { cleRapprochement decisionPlie { statut } } b: prescriptionDepartement(id: $b) { cleRapprochement } }`,
        { a: ft.id, b: cd.id },
      ),
    );
    expect(inbox.a.cleRapprochement).toBe(inbox.b.cleRapprochement);
    expect(inbox.a.decisionPlie).toBeNull();

    // The commission's agenda gathers the fiches of every partner; the person behind one fiche shows the other.
    const agenda = await ok(
      gateway<{ plie: { prescriptionsAExaminerFranceTravail: { nodes: Array<{ id: string; personneRapprochee: { prescriptionsDepartement: Array<{ id: string }>; participations: unknown[] } }> }; prescriptionsAExaminerDepartement: { nodes: Array<{ id: string }> } } }>(
        coordToken,
        `query ($code: ID!) { plie(code: $code) {
            prescriptionsAExaminerFranceTravail(first: 50) { nodes { id personneRapprochee { prescriptionsDepartement { id } participations { id } } } }
            prescriptionsAExaminerDepartement(first: 50) { nodes { id } } } }`,
        { code: NIORT_LIKE },
      ),
    );
    const ftOnAgenda = agenda.plie.prescriptionsAExaminerFranceTravail.nodes.find((n) => n.id === ft.id)!;
    expect(ftOnAgenda.personneRapprochee.prescriptionsDepartement.map((f) => f.id)).toEqual([cd.id]);
    expect(ftOnAgenda.personneRapprochee.participations).toEqual([]);
    expect(agenda.plie.prescriptionsAExaminerDepartement.nodes.map((n) => n.id)).toContain(cd.id);
    expect(codeOf(await gateway(ft.token, `query ($id: ID!) { prescriptionFranceTravail(id: $id) { personneRapprochee { cleRapprochement } } }`, { id: ft.id }))).toBe('FORBIDDEN');

    const { commissionId, parcoursId } = await admit(NIORT_LIKE, 'FRANCE_TRAVAIL', ft.id, personne);
    await ok(
      gateway(coordToken, `mutation ($i: DeciderPrescriptionInput!) { deciderPrescription(input: $i) { id } }`, {
        i: { commissionId, partenaire: 'DEPARTEMENT', prescriptionId: cd.id, statut: 'REFUSE', motif: 'REFUS_DEJA_ACCOMPAGNE' },
      }),
    );

    const admitted = await ok(
      gateway<{ f: { decisionPlie: { statut: string }; suiteParcours: { statutParcours: string; categorieSortie: null } } }>(
        ft.token,
        `query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { decisionPlie { statut } suiteParcours { statutParcours categorieSortie } } }`,
        { id: ft.id },
      ),
    );
    expect(admitted.f).toEqual({ decisionPlie: { statut: 'ADMIS' }, suiteParcours: { statutParcours: 'ACTIF', categorieSortie: null } });
    const now = await ok(
      gateway<{ f: { personneRapprochee: { participations: Array<{ nomNaissance: string }> } } }>(coordToken, `query ($id: ID!) { f: prescriptionDepartement(id: $id) { personneRapprochee { participations { nomNaissance } } } }`, { id: cd.id }),
    );
    expect(now.f.personneRapprochee.participations.map((p) => p.nomNaissance)).toEqual([personne.nomNaissance]);
    const refused = await ok(gateway<{ f: { decisionPlie: { statut: string; motif: string } } }>(cd.token, `query ($id: ID!) { f: prescriptionDepartement(id: $id) { decisionPlie { statut motif } } }`, { id: cd.id }));
    expect(refused.f.decisionPlie).toEqual({ statut: 'REFUSE', motif: 'REFUS_DEJA_ACCOMPAGNE' });
    expect(codeOf(await gateway(ft.token, PARCOURS, { id: parcoursId }))).toBe('FORBIDDEN');

    // The référent follows the parcours.
    let p = (await ok(gateway<{ p: { version: number } }>(referentToken, PARCOURS, { id: parcoursId }))).p;
    p = (await ok(gateway<{ p: { version: number } }>(referentToken, `mutation ($id: ID!, $v: Int!, $i: EntretienInput!) { p: enregistrerEntretien(parcoursId: $id, version: $v, input: $i) { version } }`, { id: parcoursId, v: p.version, i: { date: today, mode: 'PRESENTIEL', present: true } }))).p;
    p = (await ok(gateway<{ p: { version: number } }>(referentToken, `mutation ($id: ID!, $v: Int!, $i: EtapeInput!) { p: ajouterEtape(parcoursId: $id, version: $v, input: $i) { version } }`, { id: parcoursId, v: p.version, i: { type: 'SIAE', intitule: 'CDDI en atelier chantier d’insertion', debut: today, attributs: { structure: 'ACI', heuresHebdo: 26 } } }))).p;
    const exited = await ok(
      gateway<{ p: { statut: string; sortie: { categorie: string; sousType: string; regleSet: string } } }>(
        referentToken,
        `mutation ($id: ID!, $v: Int!, $i: SortieInput!) { p: enregistrerSortie(parcoursId: $id, version: $v, input: $i) { statut sortie { categorie sousType regleSet } } }`,
        { id: parcoursId, v: p.version, i: CDDI_13_MOIS },
      ),
    );
    expect(exited.p).toEqual({ statut: 'SORTI', sortie: { categorie: 'POSITIVE', sousType: 'CDDI_PLUS_12_MOIS', regleSet: 'NIORT-2022' } });

    const outcome = await ok(
      gateway<{ f: { suiteParcours: unknown } }>(ft.token, `query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { suiteParcours { statutParcours categorieSortie dateSortie } } }`, { id: ft.id }),
    );
    expect(outcome.f.suiteParcours).toEqual({ statutParcours: 'SORTI', categorieSortie: 'POSITIVE', dateSortie: today });

    // A page of fiches asks the parcours subgraph for their decisions and outcomes together: one statement for both.
    const page = await subgraph<{ _entities: unknown[] }>(
      'parcours',
      coordination,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on PrescriptionFranceTravail { decisionPlie { statut } suiteParcours { statutParcours categorieSortie } } } }`,
      { r: [ft.id, '00000000-0000-4000-8000-000000000000'].map((id) => ({ __typename: 'PrescriptionFranceTravail', id, structureId: 'autre', plieCode: NIORT_LIKE })) },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!._entities).toEqual([{ decisionPlie: { statut: 'ADMIS' }, suiteParcours: { statutParcours: 'SORTI', categorieSortie: 'POSITIVE' } }, { decisionPlie: null, suiteParcours: null }]);
    expect(page.extensions!.sqlQueries).toBe(1);
  });

  it('computes AUTRE under the Flandre Lys rules for the same exit situation', async () => {
    const personne = { ...ficheInput(FT, `FLANDRE${suffix}`).personne, dateNaissance: '1979-02-02' };
    const ft = await transmittedFiche(FT, FLANDRE_LIKE, personne);
    const { parcoursId } = await admit(FLANDRE_LIKE, 'FRANCE_TRAVAIL', ft.id, personne);
    const { p } = await ok(gateway<{ p: { version: number } }>(referentToken, PARCOURS, { id: parcoursId }));
    const exited = await ok(
      gateway<{ p: { sortie: { categorie: string; regleSet: string } } }>(referentToken, `mutation ($id: ID!, $v: Int!, $i: SortieInput!) { p: enregistrerSortie(parcoursId: $id, version: $v, input: $i) { sortie { categorie regleSet } } }`, {
        id: parcoursId, v: p.version, i: CDDI_13_MOIS,
      }),
    );
    expect(exited.p.sortie).toEqual({ categorie: 'AUTRE', regleSet: 'FLANDRE-LYS-2017' });
  });

  it('keeps a forced category with its justification, and refuses one without', async () => {
    const personne = { ...ficheInput(FT, `FORCE${suffix}`).personne, dateNaissance: '1990-05-05' };
    const ft = await transmittedFiche(FT, FLANDRE_LIKE, personne);
    const { parcoursId } = await admit(FLANDRE_LIKE, 'FRANCE_TRAVAIL', ft.id, personne);
    const { p } = await ok(gateway<{ p: { version: number } }>(referentToken, PARCOURS, { id: parcoursId }));
    const mutation = `mutation ($id: ID!, $v: Int!, $i: SortieInput!) { p: enregistrerSortie(parcoursId: $id, version: $v, input: $i) { sortie { categorie categorieCalculee justificationForcage } } }`;
    const refused = await gateway(referentToken, mutation, { id: parcoursId, v: p.version, i: { ...CDDI_13_MOIS, forcage: { categorie: 'POSITIVE', sousType: 'CDDI', justification: 'court' } } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.field).toBe('input.forcage.justification');
    const forced = await ok(
      gateway<{ p: { sortie: unknown } }>(referentToken, mutation, {
        id: parcoursId, v: p.version, i: { ...CDDI_13_MOIS, forcage: { categorie: 'POSITIVE', sousType: 'CDDI', justification: 'Validé en commission : CDDI transformé en CDI au 1er du mois.' } },
      }),
    );
    expect(forced.p.sortie).toEqual({ categorie: 'POSITIVE', categorieCalculee: 'AUTRE', justificationForcage: 'Validé en commission : CDDI transformé en CDI au 1er du mois.' });
  });

  it('lets one of two concurrent edits win and answers the other CONFLICT', async () => {
    const personne = { ...ficheInput(FT, `CONCURRENT${suffix}`).personne, dateNaissance: '1985-01-01' };
    const ft = await transmittedFiche(FT, NIORT_LIKE, personne);
    const { parcoursId } = await admit(NIORT_LIKE, 'FRANCE_TRAVAIL', ft.id, personne);
    const { p } = await ok(gateway<{ p: { version: number } }>(referentToken, PARCOURS, { id: parcoursId }));
    const edit = (token: string) =>
      gateway(token, `mutation ($id: ID!, $v: Int!, $i: EntretienInput!) { enregistrerEntretien(parcoursId: $id, version: $v, input: $i) { version } }`, {
        id: parcoursId, v: p.version, i: { date: today, mode: 'TELEPHONE', present: true },
      });
    const results = await Promise.all([edit(referentToken), edit(coordToken)]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined].sort());
    const after = await ok(gateway<{ p: { entretiens: unknown[] } }>(referentToken, PARCOURS, { id: parcoursId }));
    expect(after.p.entretiens).toHaveLength(1);
  });

  it('refuses a decision without its motif and writes nothing', async () => {
    const personne = { ...ficheInput(FT, `MOTIF${suffix}`).personne, dateNaissance: '1985-01-01' };
    const ft = await transmittedFiche(FT, NIORT_LIKE, personne);
    const { commissionId } = await admit(NIORT_LIKE, 'FRANCE_TRAVAIL', (await transmittedFiche(FT, NIORT_LIKE, { ...personne, nomNaissance: `AUTRE${suffix}` })).id, personne);
    const response = await gateway(coordToken, `mutation ($i: DeciderPrescriptionInput!) { deciderPrescription(input: $i) { id } }`, {
      i: { commissionId, partenaire: 'FRANCE_TRAVAIL', prescriptionId: ft.id, statut: 'REFUSE' },
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.field).toBe('input.motif');
    const read = await ok(gateway<{ f: { decisionPlie: null } }>(ft.token, `query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { decisionPlie { statut } } }`, { id: ft.id }));
    expect(read.f.decisionPlie).toBeNull();
  });
});

describe('the file active', () => {
  it('lists 100 parcours with their steps, alerts and participant in a bounded number of SQL queries', async () => {
    const niortCoordination: Caller = { sub: 'coord-niort', org: { type: 'PLIE', id: 'NIORT' }, roles: ['COORDINATION_PLIE'], plies: ['NIORT'] };
    const query = (first: number) =>
      `{ fileActive(first: ${first}) { nodes { id alertes etapeEnCours { type } etapes { type } entretiens { date } sortie { categorie } mesures { numero } referent { nom } participant { nomNaissance statuts } } } }`;
    const small = await subgraph<{ fileActive: { nodes: unknown[] } }>('parcours', niortCoordination, query(10));
    const large = await subgraph<{ fileActive: { nodes: unknown[] } }>('parcours', niortCoordination, query(100));
    expect(small.errors).toBeUndefined();
    expect(large.data!.fileActive.nodes).toHaveLength(100);
    expect(large.extensions!.sqlQueries).toBe(small.extensions!.sqlQueries);
    expect(large.extensions!.sqlQueries).toBeLessThanOrEqual(10);
  });

  it('raises the no-contact alert from the last interview attended and the PLIE’s delay, on every parcours of a caseload', async () => {
    const { fileActive, plie } = await ok(
      gateway<{ fileActive: { nodes: Array<{ plieCode: string; statut: string; dateEntree: string; alertes: string[]; entretiens: Array<{ date: string; present: boolean }> }> }; plie: { delaiSansContactJours: number } }>(
        await tokenFor('referent'),
        '{ fileActive(first: 100) { nodes { plieCode statut dateEntree alertes entretiens { date present } } } plie(code: "BORDEAUX") { delaiSansContactJours } }',
      ),
    );
    // The delay read is Bordeaux's: the demo référent's caseload is there.
    expect(new Set(fileActive.nodes.map((p) => p.plieCode))).toEqual(new Set(['BORDEAUX']));
    const limit = new Date(`${today}T00:00:00Z`);
    limit.setUTCDate(limit.getUTCDate() - plie.delaiSansContactJours);
    const expected = fileActive.nodes.map((p) => {
      const attended = p.entretiens.filter((e) => e.present).map((e) => e.date).sort();
      return p.statut === 'ACTIF' && (attended.at(-1) ?? p.dateEntree) < limit.toISOString().slice(0, 10);
    });
    expect(fileActive.nodes.map((p) => p.alertes.includes('SANS_CONTACT'))).toEqual(expected);
    // The demo caseload has both cases, so the comparison above could fail either way.
    expect(new Set(expected)).toEqual(new Set([true, false]));
  });

  it('shows the demo référent only their own parcours', async () => {
    const response = await ok(gateway<{ fileActive: { nodes: Array<{ plieCode: string }> } }>(await tokenFor('referent'), `{ fileActive(first: 100) { nodes { plieCode } } }`));
    expect(response.fileActive.nodes.length).toBe(40);
  });

  it('refuses COPIL members any named record', async () => {
    expect(codeOf(await gateway(await tokenFor('copil'), `{ fileActive(first: 5) { nodes { participant { nomNaissance } } } }`))).toBe('FORBIDDEN');
  });
});

describe('the référentiel', () => {
  it('merges a PLIE into another on a date: the territory moves, the history stays', async () => {
    const admin = await tokenFor('admin');
    const [a, b] = [`MA${unique()}`, `MB${unique()}`];
    for (const [code, communes] of [[a, ['33039', '33302']], [b, ['33318']]] as const) {
      await ok(gateway(admin, `mutation ($i: CreerPlieInput!) { creerPlie(input: $i) { code } }`, { i: { code, nom: `PLIE ${code}`, structurePorteuse: 'Test', communes } }));
    }
    const merged = await ok(gateway<{ m: { fusionneDans: string; fusionneLe: string } }>(admin, `mutation ($a: ID!, $b: ID!) { m: fusionnerPlies(absorbe: $a, absorbant: $b, date: "2099-01-01") { fusionneDans fusionneLe } }`, { a, b }));
    expect(merged.m).toEqual({ fusionneDans: b, fusionneLe: '2099-01-01' });
    const territory = await ok(
      gateway<{ a: { communes: Array<{ communeInsee: string; valideAu: string | null }> }; b: { communes: Array<{ communeInsee: string; valideDu: string }> } }>(
        admin,
        `query ($a: ID!, $b: ID!) { a: plie(code: $a) { communes { communeInsee valideAu } } b: plie(code: $b) { communes { communeInsee valideDu } } }`,
        { a, b },
      ),
    );
    expect(territory.a.communes.every((c) => c.valideAu === '2099-01-01')).toBe(true);
    expect(territory.b.communes.filter((c) => c.valideDu === '2099-01-01').map((c) => c.communeInsee).sort()).toEqual(['33039', '33302']);
    expect(codeOf(await gateway(admin, `mutation ($a: ID!, $b: ID!) { fusionnerPlies(absorbe: $a, absorbant: $b, date: "2099-06-01") { code } }`, { a, b }))).toBe('CONFLICT');
  });

  it('gives the coordination its commission agenda: mesures ending, parcours in veille, sorties to validate', async () => {
    const agenda = await gateway<{ plie: { agendaCommission: Record<'renouvellements' | 'veilles' | 'sortiesAValider', Array<{ id: string; statut: string; dateSortie: string | null }>> } }>(
      await tokenFor('coordination'),
      '{ plie(code: "BORDEAUX") { agendaCommission { renouvellements { id statut dateSortie } veilles { id statut dateSortie } sortiesAValider { id statut dateSortie } } } }',
    );
    expect(agenda.errors).toBeUndefined();
    const { renouvellements, veilles, sortiesAValider } = agenda.data!.plie.agendaCommission;
    expect(renouvellements.every((p) => p.statut === 'ACTIF')).toBe(true);
    expect(veilles.every((p) => p.statut === 'EN_VEILLE')).toBe(true);
    expect(sortiesAValider.every((p) => p.dateSortie !== null)).toBe(true);
  });
});
