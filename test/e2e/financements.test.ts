import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { withSiretKey } from '@plie-hub/kit';
import type { Caller } from '@plie-hub/auth';
import { codeOf, gateway, tokenFor, unique } from '../support/client';

const tag = unique();
const gestionnaire: Caller = { sub: `gestion-${tag}`, org: { type: 'ORGANISME_INTERMEDIAIRE', id: 'agape' }, roles: ['GESTIONNAIRE_FSE'], plies: ['BORDEAUX', 'NIORT'] };

async function ok<T>(response: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const result = await response;
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

const PLAN = `mutation ($id: ID!, $v: Int!, $i: PlanFinancementInput!) { o: enregistrerPlanFinancement(operationId: $id, version: $v, input: $i) { version plans { annee calcule { coutsIndirects coutTotal fse tauxFse } } } }`;

describe('an FSE+ operation from the call for projects to its files', () => {
  it('runs the instruction with plans under two simplified-cost options, refuses every broken rule, and exports', async () => {
    const token = await tokenFor(gestionnaire);
    const appel = await ok(
      gateway<{ a: { id: string } }>(token, `mutation ($i: AppelAProjetsInput!) { a: creerAppelAProjets(input: $i) { id } }`, {
        i: {
          numero: `AAP-${tag}`, annee: 2026, organismeIntermediaire: 'AGAPE', dateLimite: '2025-11-30',
          fiches: [
            { numero: 'N°1', titre: 'Accompagnement renforcé', plieCode: 'NIORT', debut: '2019-01-01', fin: '2026-12-31', fseMaximum: '37000.00', tauxFseMaximum: 60, publicCible: 'Participants du PLIE', unitesMesure: [{ libelle: 'Comités de pilotage', cible: 2 }] },
            { numero: 'N°2', titre: 'Animation territoriale', plieCode: 'BORDEAUX', debut: '2026-01-01', fin: '2026-12-31', fseMaximum: '75000.00', publicCible: 'Participants du PLIE' },
          ],
        },
      }),
    );
    const fiches = await ok(gateway<{ f: Array<{ id: string; numero: string }> }>(token, `query ($a: ID!) { f: fichesOperation(appelId: $a) { id numero } }`, { a: appel.a.id }));
    const [fiche1, fiche2] = fiches.f;

    const deposer = (ficheId: string, debut: string, fin: string) =>
      ok(gateway<{ o: { id: string; version: number } }>(token, `mutation ($i: DeposerOperationInput!) { o: deposerOperation(input: $i) { id version } }`, {
        i: { ficheId, intitule: `Opération ${tag}`, porteur: { siret: withSiretKey('4123456780001'), nom: 'Association porteuse' }, debut, fin },
      }));
    let op = (await deposer(fiche1!.id, '2019-01-01', '2021-12-31')).o;
    const transition = async (statut: string, motif: string | null = null) => {
      const r = await ok(gateway<{ o: { id: string; version: number } }>(token, `mutation ($id: ID!, $v: Int!, $s: StatutOperation!, $m: String) { o: changerStatutOperation(id: $id, version: $v, statut: $s, motif: $m) { id version } }`, { id: op.id, v: op.version, s: statut, m: motif }));
      op = r.o;
    };
    await transition('RECEVABLE');
    await transition('SELECTIONNEE', 'COPIL du 12/12/2018');
    expect(codeOf(await gateway(token, `mutation ($id: ID!, $v: Int!) { changerStatutOperation(id: $id, version: $v, statut: CONVENTIONNEE) { id } }`, { id: op.id, v: op.version }))).toBe('CONFLICT');

    // 20 % of direct costs excluding prestations: (45 000 + 3 000) × 20 % = 9 600; total 59 600.01.
    const plan20 = (epci: string, fse = '30000.00') => ({
      annee: 2019, optionCode: 'OCS-20-HORS-PRESTATIONS',
      lignes: [
        { categorie: 'PERSONNEL', libelle: 'Référents (2 ETP)', montant: '45000.00', etp: 2 },
        { categorie: 'FONCTIONNEMENT', libelle: 'Locaux', montant: '3000.00' },
        { categorie: 'PRESTATIONS', libelle: 'Prestation externe', montant: '2000.01' },
      ],
      ressources: [{ financeur: 'FSE', montant: fse }, { financeur: 'EPCI_COMMUNE', montant: epci }],
    });
    for (const [input, message] of [
      [plan20('29600.00'), /au centime près : écart de -0.01/],
      [plan20('22600.00', '37000.01'), /dépasse le maximum de la fiche/],
      [{ ...plan20('29600.01'), lignes: [{ categorie: 'PERSONNEL', libelle: 'X', montant: '-1.00' }] }, /négative/],
    ] as const) {
      const refused = await gateway(token, PLAN, { id: op.id, v: op.version, i: input });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(refused.errors![0]!.extensions!.problems)).toMatch(message);
    }
    const tooHighRate = await gateway(token, PLAN, { id: op.id, v: op.version, i: { ...plan20('23600.01', '36000.00') } });
    expect(tooHighRate.errors![0]!.message).toMatch(/taux FSE\+ \(60\.40 %\) dépasse le taux maximum de la fiche \(60 %\)/);
    const nothing = await ok(gateway<{ operation: { plans: unknown[] } }>(token, `query ($id: ID!) { operation(id: $id) { plans { annee } } }`, { id: op.id }));
    expect(nothing.operation.plans).toEqual([]);

    const saved = await ok(gateway<{ o: { version: number; plans: Array<{ calcule: { coutsIndirects: string; coutTotal: string; tauxFse: string } }> } }>(token, PLAN, { id: op.id, v: op.version, i: plan20('29600.01') }));
    expect(saved.o.plans[0]!.calcule).toEqual({ coutsIndirects: '9600.00', coutTotal: '59600.01', fse: '30000.00', tauxFse: '50.34' });
    op = { ...op, version: saved.o.version };
    await transition('CONVENTIONNEE');

    // The other operation: 15 % of staff costs.
    const other = (await deposer(fiche2!.id, '2026-01-01', '2026-12-31')).o;
    const plan15 = await ok(
      gateway<{ o: { plans: Array<{ calcule: { coutsIndirects: string; coutTotal: string } }> } }>(token, PLAN, {
        id: other.id, v: other.version,
        i: { annee: 2026, optionCode: 'OCS-15-PERSONNEL', lignes: [{ categorie: 'PERSONNEL', libelle: 'Animation', montant: '50000.10' }], ressources: [{ financeur: 'FSE', montant: '30000.00' }, { financeur: 'REGION', montant: '27500.12' }] },
      }),
    );
    expect(plan15.o.plans[0]!.calcule).toMatchObject({ coutsIndirects: '7500.02', coutTotal: '57500.12' });

    // Indicators computed by the parcours subgraph from the participants of Niort during the operation.
    const indicators = await ok(gateway<{ operation: { historique: Array<{ vers: string }>; indicateursCommunsFse: Array<{ code: string; total: number; femmes: number; hommes: number }> } }>(token, `query ($id: ID!) { operation(id: $id) { historique { vers } indicateursCommunsFse { code total femmes hommes } } }`, { id: op.id }));
    expect(indicators.operation.historique.map((h) => h.vers)).toEqual(['DEPOSEE', 'RECEVABLE', 'SELECTIONNEE', 'CONVENTIONNEE']);
    const byCode = Object.fromEntries(indicators.operation.indicateursCommunsFse.map((i) => [i.code, i]));
    expect(byCode.EECO01!.total).toBeGreaterThan(500);
    expect(byCode.EECO01!.total).toBe(byCode.EECO01!.femmes + byCode.EECO01!.hommes);
    expect(byCode.EECO01!.total).toBe(byCode.EECO02!.total + byCode.EECO04!.total + byCode.EECO05!.total);

    // Files: the plan in two tables, and the participant-level FSE+ file without names.
    const xlsx = await ok(gateway<{ f: { contenuBase64: string } }>(token, `mutation ($id: ID!) { f: exporterPlanFinancement(operationId: $id, annee: 2019, format: XLSX) { contenuBase64 } }`, { id: op.id }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.f.contenuBase64, 'base64') as never);
    const total = (sheet: string, label: string) => {
      const ws = workbook.getWorksheet(sheet)!;
      const row = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === label)!;
      return row.getCell(sheet === 'Dépenses' ? 3 : 2).value;
    };
    expect(total('Dépenses', 'Total des dépenses')).toBe(59600.01);
    expect(total('Ressources', 'Total des ressources')).toBe(59600.01);
    const participants = await ok(gateway<{ operation: { fichierParticipantsFse: { contenuBase64: string } } }>(token, `query ($id: ID!) { operation(id: $id) { fichierParticipantsFse(format: CSV) { contenuBase64 } } }`, { id: op.id }));
    const csv = Buffer.from(participants.operation.fichierParticipantsFse.contenuBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toMatch(/^identifiant_pseudonyme;sexe;date_entree/);
    expect(csv.length - 1).toBe(byCode.EECO01!.total);
    expect(csv.join('\n')).not.toMatch(/[A-Z]{3,} [A-Z]/); // no names
  });

  it('gives the PLIE its FSE+ figures with the participant count from the parcours subgraph', async () => {
    const figures = await ok(
      gateway<{ plie: { financementsFse: { fseProgramme: string; coutTotalProgramme: string; participants: number; coutParParticipant: string }; soldee: { fseConsomme: string } } }>(
        await tokenFor('copil'),
        `{ plie(code: "BORDEAUX") { financementsFse(annee: 2025) { fseProgramme coutTotalProgramme participants coutParParticipant } soldee: financementsFse(annee: 2024) { fseConsomme } } }`,
      ),
    );
    const f = figures.plie.financementsFse;
    expect(f.fseProgramme).toBe('75000.00');
    expect(f.participants).toBeGreaterThan(0);
    expect(Number(f.coutParParticipant)).toBeCloseTo(Number(f.coutTotalProgramme) / f.participants, 1);
    expect(Number(figures.plie.soldee.fseConsomme)).toBeGreaterThan(0);
  });

  it('refuses named data and operations to COPIL members', async () => {
    expect(codeOf(await gateway(await tokenFor('copil'), `{ operations(first: 1) { nodes { id } } }`))).toBe('FORBIDDEN');
  });
});
