import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSiretKey } from '@plie-hub/kit';
import { stableUuid } from '@plie-hub/demo';
import type { Caller } from '@plie-hub/auth';
import { codeOf, gateway, tokenFor, unique } from '../support/client';

const tag = unique();
const facilitateur: Caller = { sub: `facil-${tag}`, org: { type: 'GUICHET_CLAUSES', id: 'guichet-bordeaux' }, roles: ['FACILITATEUR_CLAUSES'], plies: ['BORDEAUX'] };
let token: string;
const base = String(Date.now() % 1e9).padStart(9, '0');
const siret = (n: number) => withSiretKey(`7${base}${String(n).padStart(3, '0')}`);

async function ok<T>(response: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const result = await response;
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

beforeAll(async () => {
  token = await tokenFor(facilitateur);
});

describe('a clause from the buyer to the bilan', () => {
  it('records a marché, contracts and hours, imports a spreadsheet with a bad row, and reads the bilan', async () => {
    const donneur = await ok(
      gateway<{ d: { id: string } }>(token, `mutation ($i: DonneurOrdreInput!) { d: creerDonneurOrdre(input: $i) { id } }`, {
        i: { nom: `Bailleur Test ${tag}`, siret: siret(1), type: 'BAILLEUR_SOCIAL', plies: ['BORDEAUX'] },
      }),
    );
    const marche = await ok(
      gateway<{ m: { id: string; lots: Array<{ id: string; numero: number; heuresEngagees: number }> } }>(
        token,
        `mutation ($i: CreerMarcheInput!) { m: creerMarche(input: $i) { id lots { id numero heuresEngagees } } }`,
        {
          i: {
            plieCode: 'BORDEAUX', donneurOrdreId: donneur.d.id, reference: `REHAB-${tag}`, objet: 'Réhabilitation de 60 logements', typeMarche: 'TRAVAUX',
            dateNotification: '2025-01-15', dureeMois: 18, montantHt: '2400000.00',
            lots: [
              { numero: 1, intitule: 'Gros œuvre', heuresTravail: 20000, tauxInsertion: 7, modalites: ['EMBAUCHE_DIRECTE'], attributaires: [{ siret: siret(2), nom: `Maçonnerie ${tag}`, naf: '43.99C' }] },
              { numero: 2, intitule: 'Peinture', heuresEngagees: 600, modalites: ['MISE_A_DISPOSITION_ETTI'], attributaires: [{ siret: siret(3), nom: `Peinture ${tag}` }] },
            ],
          },
        },
      ),
    );
    const [lot1, lot2] = marche.m.lots;
    expect(lot1!.heuresEngagees).toBe(1400);
    expect(lot2!.heuresEngagees).toBe(600);

    // Two demo participants of Bordeaux and one person outside the PLIE.
    const people = [
      { participantId: stableUuid('participant:BORDEAUX:20'), critere: 'PARTICIPANT_PLIE', justificatif: 'Participant du PLIE', sexe: 'FEMME', dateNaissance: '1990-01-01' },
      { participantId: stableUuid('participant:BORDEAUX:21'), critere: 'PARTICIPANT_PLIE', justificatif: 'Participant du PLIE', sexe: 'HOMME', dateNaissance: '1970-01-01' },
      { nom: `HORS${tag}`, prenoms: 'Sami', critere: 'DELD', justificatif: 'Attestation France Travail du 10/01/2025', sexe: 'HOMME', dateNaissance: '2002-06-01' },
    ];
    const references: string[] = [];
    for (const [i, person] of people.entries()) {
      const eligible = await ok(
        gateway<{ p: { id: string } }>(token, `mutation ($i: PersonneEligibleInput!) { p: declarerPersonneEligible(input: $i) { id } }`, {
          i: { plieCode: 'BORDEAUX', qpv: i === 0, eligibleDu: '2025-01-01', eligibleAu: '2026-06-30', ...person },
        }),
      );
      const contrat = await ok(
        gateway<{ c: { reference: string } }>(token, `mutation ($i: ContratClauseInput!) { c: creerContratClause(input: $i) { reference } }`, {
          i: { personneId: eligible.p.id, lotId: i < 2 ? lot1!.id : lot2!.id, siretEmployeur: siret(i < 2 ? 2 : 3), modalite: i < 2 ? 'EMBAUCHE_DIRECTE' : 'MISE_A_DISPOSITION_ETTI', typeContrat: i < 2 ? 'CDD' : 'INTERIM', debut: '2025-02-01', fin: '2025-12-31', heuresHebdo: 35 },
        }),
      );
      references.push(contrat.c.reference);
    }

    // The PLIE's figures over the three months, before and after the import: the hours count towards the PLIE of
    // their contract's marché, for its teams (unmasked) and in the COPIL view.
    const figures = async () => {
      const data = await ok(gateway<{ plie: { statistiquesClauses: { heuresRealisees: number; contrats: number } } }>(token, '{ plie(code: "BORDEAUX") { statistiquesClauses(debut: "2025-02-01", fin: "2025-04-30") { heuresRealisees contrats } } }'));
      const copil = await ok(gateway<{ v: { clauses: { heuresRealisees: number; contrats: { valeur: number | null } } } }>(await tokenFor('copil'), '{ v: vueCopil(debut: "2025-02-01", fin: "2025-04-30", plies: ["BORDEAUX"]) { clauses { heuresRealisees contrats { valeur } } } }'));
      return { ...data.plie.statistiquesClauses, copil: copil.v.clauses.heuresRealisees, copilContrats: copil.v.clauses.contrats.valeur ?? 0 };
    };
    const before = await figures();

    // Three months of hours in the companies' workbook, with one impossible row (400 h in February).
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Heures');
    sheet.addRow(['reference_contrat', 'mois', 'heures_travail', 'heures_formation']);
    for (const reference of references) for (const mois of ['2025-02', '2025-03', '2025-04']) sheet.addRow([reference, mois, 140, 7]);
    sheet.getRow(2).getCell(3).value = 400;
    const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const mutation = `mutation ($f: String!) { r: importerHeures(contenuBase64: $f) { format lignesLues enregistrees inchangees rejetees { ligne champ message } } }`;
    const report = await ok(gateway<{ r: { format: string; lignesLues: number; enregistrees: number; rejetees: Array<{ ligne: number; champ: string; message: string }> } }>(token, mutation, { f: file }));
    expect(report.r).toMatchObject({ format: 'xlsx', lignesLues: 9, enregistrees: 8 });
    expect(report.r.rejetees).toHaveLength(1);
    expect(report.r.rejetees[0]).toMatchObject({ ligne: 2, champ: 'heures_travail' });
    expect(report.r.rejetees[0]!.message).toMatch(/au-delà du possible/);
    const again = await ok(gateway<{ r: { enregistrees: number; inchangees: number } }>(token, mutation, { f: file }));
    expect(again.r).toMatchObject({ enregistrees: 0, inchangees: 8 });
    const after = await figures();
    expect(after.heuresRealisees - before.heuresRealisees).toBe(147 * 8);
    expect(after.copil - before.copil).toBe(147 * 8);
    // The PLIE's teams count its contracts, with hours or not (the three were already there); the COPIL view counts
    // those with hours in the period.
    expect(after.contrats).toBe(before.contrats);
    expect(after.copilContrats - before.copilContrats).toBe(3);

    const bilan = await ok(
      gateway<{ marche: { bilan: { heuresEngagees: number; heuresRealisees: number; lots: Array<{ numero: number; heuresEngagees: number; heuresRealisees: number; tauxRealisation: number; personnes: number }>; public: { total: number; femmes: number; moins26: number; qpv: number } } } }>(
        token,
        `query ($id: ID!) { marche(id: $id) { bilan { heuresEngagees heuresRealisees lots { numero heuresEngagees heuresRealisees tauxRealisation personnes } public { total femmes moins26 qpv } } } }`,
        { id: marche.m.id },
      ),
    );
    const b = bilan.marche.bilan;
    expect(b.lots).toEqual([
      { numero: 1, heuresEngagees: 1400, heuresRealisees: 147 * 5, tauxRealisation: 52.5, personnes: 2 },
      { numero: 2, heuresEngagees: 600, heuresRealisees: 147 * 3, tauxRealisation: 73.5, personnes: 1 },
    ]);
    expect(b.heuresEngagees).toBe(2000);
    expect(b.public).toEqual({ total: 3, femmes: 1, moins26: 1, qpv: 1 });

    // The participant's hours, read from the parcours side through the gateway.
    const coordination = await tokenFor('coordination');
    const participant = await ok(
      gateway<{ participant: { nomNaissance: string; heuresClauses: { heuresTotales: number; missions: Array<{ marche: string }> } } }>(
        coordination,
        `query ($id: ID!) { participant(id: $id) { nomNaissance heuresClauses { heuresTotales missions { marche } } } }`,
        { id: people[0]!.participantId },
      ),
    );
    expect(participant.participant.heuresClauses.missions.map((m) => m.marche)).toContain(`REHAB-${tag}`);
    // February was the rejected row: two months of work hours remain.
    expect(participant.participant.heuresClauses.heuresTotales).toBe(140 * 2);

    // The bilan as files a buyer opens.
    const xlsx = await ok(gateway<{ f: { nom: string; contenuBase64: string } }>(token, `mutation ($id: ID!) { f: exporterBilanClause(marcheId: $id, format: XLSX) { nom contenuBase64 } }`, { id: marche.m.id }));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from(xlsx.f.contenuBase64, 'base64') as never);
    const lotsSheet = read.getWorksheet('Lots')!;
    const totalRow = lotsSheet.getRows(1, lotsSheet.rowCount)!.find((row) => row.getCell(1).value === 'Total')!;
    expect([totalRow.getCell(4).value, totalRow.getCell(5).value]).toEqual([2000, 147 * 8]);
    const csv = await ok(gateway<{ f: { contenuBase64: string } }>(token, `mutation ($id: ID!) { f: exporterBilanClause(marcheId: $id, format: CSV) { contenuBase64 } }`, { id: marche.m.id }));
    const text = Buffer.from(csv.f.contenuBase64, 'base64').toString('utf8');
    expect(text).toContain('Total;;;2000;1176;');
  });

  it('refuses hours outside the contract or beyond the possible, and another guichet’s contract', async () => {
    const contrats = await ok(gateway<{ contrats: Array<{ id: string }> }>(token, `query ($m: ID!) { contrats(marcheId: $m) { id } }`, { m: stableUuid('marche:BORDEAUX:0') }));
    const id = contrats.contrats[0]!.id;
    const save = (mois: string, travail: number, formation = 0) =>
      gateway(token, `mutation ($i: HeuresMensuellesInput!) { saisirHeures(input: $i) { mois } }`, { i: { contratId: id, mois, heuresTravail: travail, heuresFormation: formation } });
    expect(codeOf(await save('2024-12', 10))).toBe('BAD_USER_INPUT');
    expect((await save('2024-12', 10)).errors![0]!.extensions!.field).toBe('input.mois');
    expect(codeOf(await save('2025-03', 400))).toBe('BAD_USER_INPUT');
    expect(codeOf(await save('2026-03', 0, 7))).toBe('BAD_USER_INPUT');
    expect((await save('2025-03', 120)).errors).toBeUndefined();
    const other = await tokenFor({ ...facilitateur, plies: ['AGENAIS'] });
    expect(codeOf(await gateway(other, `mutation ($i: HeuresMensuellesInput!) { saisirHeures(input: $i) { mois } }`, { i: { contratId: id, mois: '2025-03', heuresTravail: 1 } }))).toBe('FORBIDDEN');
  });

  it('holds an eligibility check to 24 months, counted to the end of a shorter month', async () => {
    const declare = (eligibleAu: string) =>
      gateway<{ p: { id: string } }>(token, `mutation ($i: PersonneEligibleInput!) { p: declarerPersonneEligible(input: $i) { id } }`, {
        i: { plieCode: 'BORDEAUX', nom: `BISSEXTILE${tag}`, prenoms: 'Léa', sexe: 'FEMME', dateNaissance: '1995-05-05', qpv: false, critere: 'DELD', justificatif: 'Attestation France Travail', eligibleDu: '2024-02-29', eligibleAu },
      });
    // 24 months after 29 February 2024 is 28 February 2026: a day more is beyond the window.
    const beyond = await declare('2026-03-01');
    expect(beyond.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.eligibleAu' });
    await ok(declare('2026-02-28'));
  });

  it('checks SIRET keys and refuses a prescriber', async () => {
    const bad = await gateway(token, `mutation ($i: DonneurOrdreInput!) { creerDonneurOrdre(input: $i) { id } }`, { i: { nom: 'X', siret: '12345678901234', type: 'COMMUNE', plies: ['BORDEAUX'] } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('input.siret');
    expect(codeOf(await gateway(await tokenFor('prescripteur-france-travail'), `{ marches(first: 1) { nodes { id } } }`))).toBe('FORBIDDEN');
  });

  it('gives COPIL members the clause figures of their PLIEs only masked, in the COPIL view', async () => {
    const view = await ok(gateway<{ vueCopil: { clauses: { nombreMarches: number; heuresRealisees: number; public: { total: { valeur: number | null; masque: boolean } } } } }>(
      await tokenFor('copil'),
      `{ vueCopil(debut: "2025-01-01", fin: "2025-12-31", plies: ["BORDEAUX"]) { clauses { nombreMarches heuresRealisees public { total { valeur masque } } } } }`,
    ));
    expect(view.vueCopil.clauses.nombreMarches).toBeGreaterThanOrEqual(6);
    expect(view.vueCopil.clauses.heuresRealisees).toBeGreaterThan(0);
    // The unmasked figures are the PLIE's teams'.
    const direct = await gateway(await tokenFor('copil'), `{ plie(code: "BORDEAUX") { statistiquesClauses(debut: "2025-01-01", fin: "2025-12-31") { public { total } } } }`);
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('draws the yearly series of clause hours with the same totals as the view of each year', async () => {
    // Only this file writes hours, and its tests run one after the other: both readings see the same rows.
    const years = [2024, 2025, 2026];
    const query = `{ serie: vueCopil(debut: "2026-01-01", fin: "2026-12-31", plies: ["BORDEAUX"]) { serieClauses(depuis: 2024) { annee heuresRealisees } }
      ${years.map((y) => `y${y}: vueCopil(debut: "${y}-01-01", fin: "${y}-12-31", plies: ["BORDEAUX"]) { clauses { heuresRealisees } }`).join(' ')} }`;
    const data = await ok(gateway<Record<string, { serieClauses?: Array<{ annee: number; heuresRealisees: number }>; clauses?: { heuresRealisees: number } }>>(await tokenFor('copil'), query));
    const serie = data.serie!.serieClauses!;
    expect(serie.map((point) => point.annee)).toEqual(years);
    expect(serie.map((point) => point.heuresRealisees)).toEqual(years.map((y) => data[`y${y}`]!.clauses!.heuresRealisees));
    expect(serie.some((point) => point.heuresRealisees > 0)).toBe(true);
    // Fifteen years at most from `depuis`, like the parcours series; a year the hub cannot hold is refused by name.
    const long = await ok(gateway<{ v: { serieClauses: Array<{ annee: number }> } }>(await tokenFor('copil'), '{ v: vueCopil(debut: "2030-01-01", fin: "2030-12-31", plies: ["BORDEAUX"]) { serieClauses(depuis: 2000) { annee } } }'));
    expect(long.v.serieClauses.map((point) => point.annee)).toEqual(Array.from({ length: 15 }, (_, i) => 2000 + i));
    for (const field of ['serieClauses', 'serieParcours']) {
      const far = await gateway(await tokenFor('copil'), `{ v: vueCopil(debut: "2025-01-01", fin: "2025-12-31", plies: ["BORDEAUX"]) { ${field}(depuis: -2000000000) { annee } } }`);
      expect(far.errors?.[0]).toMatchObject({ message: '« depuis » doit être une année entre 2000 et 2100.', extensions: { code: 'BAD_USER_INPUT', field: 'depuis' } });
    }
  });
});
