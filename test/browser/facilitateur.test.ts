import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSiretKey } from '@plie-hub/kit';
import { apiAs, jsErrorsOf, screenshot, signedInAs } from './support/console';

/**
 * Acceptance: « a facilitator imports hours ». The test prepares its own marché (two lots, two contracts) through
 * the API as the demo facilitator, then does everything else in the console: list, entry, import, bilan.
 */
const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
const base = String(Date.now() % 1e9).padStart(9, '0');
const siret = (n: number) => withSiretKey(`6${base}${String(n).padStart(3, '0')}`);
const reference = `CLAUSE-${tag}`;
const donneurNom = `Bailleur ${tag}`;

let marcheId: string;
let contrats: { id: string; reference: string }[];
let page: Page;

/** The API as the guichet's own application would call it. */
const api = <T,>(query: string, variables: Record<string, unknown> = {}) => apiAs<T>('facilitateur', query, variables);

/** Spaces of French numbers (narrow no-break) do not matter to the figures. */
const figure = async (locator: Locator) => (await locator.innerText()).replace(/\s/g, '');

/** The text of what an input's aria-describedby points at: the message a screen reader reads with the field. */
const describedText = (input: Locator) =>
  input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

const lotsTable = () => page.getByRole('table', { name: 'Détail des lots', exact: true });
const doneHoursOf = (lot: string) => figure(lotsTable().getByRole('row').filter({ hasText: lot }).locator('[data-colonne="heures-realisees"]'));

beforeAll(async () => {
  const { d } = await api<{ d: { id: string } }>(`mutation ($i: DonneurOrdreInput!) { d: creerDonneurOrdre(input: $i) { id } }`, {
    i: { nom: donneurNom, siret: siret(1), type: 'BAILLEUR_SOCIAL', plies: ['BORDEAUX'] },
  });
  const { m } = await api<{ m: { id: string; lots: { id: string; numero: number }[] } }>(
    `mutation ($i: CreerMarcheInput!) { m: creerMarche(input: $i) { id lots { id numero } } }`,
    {
      i: {
        plieCode: 'BORDEAUX', donneurOrdreId: d.id, reference, objet: `Réhabilitation de 40 logements ${tag}`, typeMarche: 'TRAVAUX',
        dateNotification: '2025-01-20', dureeMois: 18, montantHt: '1800000.00',
        lots: [
          { numero: 1, intitule: 'Gros œuvre', heuresTravail: 20000, tauxInsertion: 7, modalites: ['EMBAUCHE_DIRECTE'], attributaires: [{ siret: siret(2), nom: `Maçonnerie ${tag}` }] },
          { numero: 2, intitule: 'Peinture', heuresEngagees: 600, modalites: ['MISE_A_DISPOSITION_ETTI'], attributaires: [{ siret: siret(3), nom: `Peinture ${tag}` }] },
        ],
      },
    },
  );
  marcheId = m.id;
  contrats = [];
  for (const [i, lot] of m.lots.entries()) {
    const { p } = await api<{ p: { id: string } }>(`mutation ($i: PersonneEligibleInput!) { p: declarerPersonneEligible(input: $i) { id } }`, {
      i: { plieCode: 'BORDEAUX', nom: `TEST${tag}`, prenoms: `Personne ${i + 1}`, sexe: i ? 'HOMME' : 'FEMME', dateNaissance: '1985-04-02', qpv: i === 0, critere: 'DELD', justificatif: 'Attestation France Travail', eligibleDu: '2025-01-01', eligibleAu: '2026-06-30' },
    });
    const { c } = await api<{ c: { id: string; reference: string } }>(`mutation ($i: ContratClauseInput!) { c: creerContratClause(input: $i) { id reference } }`, {
      i: { personneId: p.id, lotId: lot.id, siretEmployeur: siret(2 + i), modalite: i ? 'MISE_A_DISPOSITION_ETTI' : 'EMBAUCHE_DIRECTE', typeContrat: i ? 'INTERIM' : 'CDD', debut: '2025-02-01', fin: '2025-12-31', heuresHebdo: 35 },
    });
    contrats.push(c);
  }
  page = await signedInAs('facilitateur');
});

afterAll(async () => {
  await page?.context().close();
});

describe('console: the clause facilitator', () => {
  it('lands on the guichet’s marchés, with the API’s count, and filters them by buyer', async () => {
    await page.getByRole('heading', { level: 1, name: 'Marchés du guichet clauses' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Marchés' }).getAttribute('aria-current')).toBe('page');
    const { marches } = await api<{ marches: { totalCount: number } }>(`{ marches(first: 1) { totalCount } }`);
    const count = page.locator('.facilitateur-count');
    await expect.poll(() => count.innerText()).toContain(`${marches.totalCount} marchés · page 1 sur ${Math.ceil(marches.totalCount / 10)}`);
    const next = page.getByRole('button', { name: 'Page suivante' });
    expect(await next.isDisabled()).toBe(marches.totalCount <= 10);
    if (marches.totalCount > 10) {
      await next.click();
      await expect.poll(() => count.innerText()).toContain('page 2');
      await page.getByRole('button', { name: 'Page précédente' }).click();
      await expect.poll(() => count.innerText()).toContain('page 1');
    }
    await screenshot(page, 'facilitateur-marches');

    await page.getByLabel('Donneur d’ordre').selectOption({ label: donneurNom });
    await expect.poll(() => count.innerText()).toBe('1 marché · page 1 sur 1');
    const row = page.getByRole('table').getByRole('row').filter({ hasText: reference });
    const cells = (await row.locator('th, td').allInnerTexts()).map((t) => t.replace(/\s/g, ''));
    // Référence, donneur, objet, notification, lots, engagées (1 400 + 600), réalisées, taux.
    expect(cells[0]).toBe(reference);
    expect(cells[1]).toBe(donneurNom.replace(/\s/g, ''));
    expect(cells[3]).toBe('20janv.2025');
    expect(cells.slice(4)).toEqual(['2', '2000', '0', '0,0%']);
    await screenshot(page, 'facilitateur-marches-filtre');

    await row.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: `Marché ${reference}` }).waitFor();
    expect(page.url()).toContain(`#/marche/${marcheId}`);
  });

  it('enters a month of hours and sees the lot’s done hours change; an impossible entry shows the French message by its field', async () => {
    await lotsTable().waitFor();
    expect(await doneHoursOf('Lot 1 —')).toBe('0');
    expect(await figure(lotsTable().getByRole('row').filter({ hasText: 'Lot 1 —' }).locator('td').nth(1))).toContain('1400');

    const form = page.getByRole('form', { name: 'Saisir les heures d’un mois' });
    await form.getByLabel('Contrat').selectOption(contrats[0]!.id);
    await form.getByLabel('Mois').fill('2025-03');
    await form.getByLabel('Heures de travail').fill('120');
    await form.getByLabel('Heures de formation').fill('7');
    await form.getByRole('button', { name: 'Enregistrer les heures' }).click();
    await expect.poll(() => form.getByRole('status').innerText()).toContain(`Heures de mars 2025 enregistrées sur le contrat ${contrats[0]!.reference} : 120 h de travail et 7 h de formation.`);
    await expect.poll(() => doneHoursOf('Lot 1 —')).toBe('127');
    // The contract's months show the entry too, once their table has been read again (it renders apart from the lots).
    const contractRow = page.getByRole('table', { name: 'Contrats du marché et leurs heures mensuelles' }).getByRole('row').filter({ hasText: contrats[0]!.reference });
    await expect.poll(() => figure(contractRow.locator('td').nth(3))).toBe('127');

    // A month before the contract: the API's message, by the month field.
    const mois = form.getByLabel('Mois');
    await mois.fill('2024-12');
    await form.getByRole('button', { name: 'Enregistrer les heures' }).click();
    await expect.poll(() => mois.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(mois)).toContain(`Le contrat ${contrats[0]!.reference} ne couvre pas 2024-12 (du 2025-02-01 au 2025-12-31) : aucune heure ne peut y être déclarée.`);
    await screenshot(page, 'facilitateur-marche-erreur-mois');

    // More than 10 h a day: by the work hours field, and nothing was written.
    await mois.fill('2025-04');
    const travail = form.getByLabel('Heures de travail');
    await travail.fill('400');
    await form.getByRole('button', { name: 'Enregistrer les heures' }).click();
    await expect.poll(() => travail.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(travail)).toContain(`407 h déclarées en 2025-04 sur le contrat ${contrats[0]!.reference}, au-delà du possible (300 h : 10 h par jour de contrat dans le mois).`);
    expect(await mois.getAttribute('aria-invalid')).toBeNull();
    await page.reload();
    await lotsTable().waitFor();
    expect(await doneHoursOf('Lot 1 —')).toBe('127');
  });

  it('imports a statement with a good and a bad row: the report, and the lot’s done hours updated', async () => {
    const importForm = page.getByRole('form', { name: 'Importer un relevé d’heures' });
    const fichier = importForm.getByLabel('Fichier du relevé');

    // The template carries the columns the API reads and this marché's contract references.
    const [template] = await Promise.all([page.waitForEvent('download'), importForm.getByRole('button', { name: 'Télécharger un modèle (CSV)' }).click()]);
    expect(template.suggestedFilename()).toBe(`releve-heures-${reference}.csv`);
    expect(readFileSync((await template.path())!, 'utf8').split('\r\n')).toEqual(['\uFEFFreference_contrat;mois;heures_travail;heures_formation', ...contrats.map((c) => `${c.reference};;;`), '']);

    // A file without the expected columns: the API's message by the file field.
    await fichier.setInputFiles({ name: 'mauvais.csv', mimeType: 'text/csv', buffer: Buffer.from('contrat;heures\nX;1\n', 'utf8') });
    await importForm.getByRole('button', { name: 'Importer le relevé' }).click();
    await expect.poll(() => fichier.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(fichier)).toContain('Colonnes attendues : reference_contrat, mois, heures_travail, heures_formation (manquantes : reference_contrat, mois, heures_travail).');

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Heures');
    sheet.addRow(['reference_contrat', 'mois', 'heures_travail', 'heures_formation']);
    sheet.addRow([contrats[1]!.reference, '2025-05', 140, 0]);
    sheet.addRow([contrats[0]!.reference, '2026-03', 10, 0]);
    const name = `releve-${tag}.xlsx`;
    await fichier.setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
    expect(await fichier.getAttribute('aria-invalid')).toBeNull();
    await importForm.getByRole('button', { name: 'Importer le relevé' }).click();

    const report = importForm.getByRole('status');
    await expect.poll(() => report.innerText()).toContain(`Relevé XLSX « ${name} » importé : 2 lignes lues, 1 ligne enregistrée, 0 ligne inchangée, 1 ligne rejetée.`);
    const rejected = importForm.getByRole('table', { name: /Lignes rejetées/ }).getByRole('row');
    expect(await rejected.count()).toBe(2);
    expect(await rejected.nth(1).locator('th, td').allInnerTexts()).toEqual([
      '3',
      'mois',
      `Le contrat ${contrats[0]!.reference} ne couvre pas 2026-03 (du 2025-02-01 au 2025-12-31) : aucune heure ne peut y être déclarée.`,
    ]);
    await expect.poll(() => doneHoursOf('Lot 2 —')).toBe('140');
    expect(await doneHoursOf('Lot 1 —')).toBe('127');
    await screenshot(page, 'facilitateur-marche-import');

    // The same file again changes nothing, and says so.
    await importForm.getByRole('button', { name: 'Importer le relevé' }).click();
    await expect.poll(() => report.innerText()).toContain('2 lignes lues, 0 ligne enregistrée, 1 ligne inchangée, 1 ligne rejetée.');
  });

  it('downloads the bilan as a real XLSX workbook and as CSV, holding the marché’s figures', async () => {
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le bilan (XLSX)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`bilan-clause-${reference}.xlsx`);
    const bytes = readFileSync((await xlsx.path())!);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const lots = workbook.getWorksheet('Lots')!;
    const rows = lots.getRows(1, lots.rowCount)!.map((row) => (row.values as unknown[]).slice(1));
    expect(rows[0]![0]).toBe(`Bilan de la clause sociale d'insertion — marché ${reference}`);
    const byFirstCell = (value: unknown) => rows.find((r) => r[0] === value)!;
    // Lot, intitulé, attributaires, engagées, réalisées, dont travail, dont formation, taux…
    expect(byFirstCell(1).slice(0, 7)).toEqual([1, 'Gros œuvre', `Maçonnerie ${tag}`, 1400, 127, 120, 7]);
    expect(byFirstCell(2).slice(0, 7)).toEqual([2, 'Peinture', `Peinture ${tag}`, 600, 140, 140, 0]);
    expect(byFirstCell('Total').slice(3, 5)).toEqual([2000, 267]);
    await expect.poll(() => page.getByText(`Bilan téléchargé : bilan-clause-${reference}.xlsx.`).isVisible()).toBe(true);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le bilan (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe(`bilan-clause-${reference}.csv`);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`1;Gros œuvre;Maçonnerie ${tag};1400;127;120;7;`);
    expect(text).toContain('Total;;;2000;267;');
    await screenshot(page, 'facilitateur-marche');
    expect(jsErrorsOf(page)).toEqual([]);
  });

  it('fits a tablet: the marché and the list without horizontal scrolling of the page', async () => {
    const tablet = await signedInAs('facilitateur', { viewport: { width: 820, height: 1180 } });
    await tablet.getByRole('heading', { level: 1, name: 'Marchés du guichet clauses' }).waitFor();
    await tablet.getByRole('table').waitFor();
    expect(await tablet.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await screenshot(tablet, 'facilitateur-marches-tablette');
    await tablet.evaluate((id) => (location.hash = `#/marche/${id}`), marcheId);
    await tablet.getByRole('heading', { level: 1, name: `Marché ${reference}` }).waitFor();
    await tablet.getByRole('table', { name: 'Détail des lots', exact: true }).waitFor();
    await tablet.getByRole('table', { name: 'Contrats du marché et leurs heures mensuelles' }).waitFor();
    expect(await figure(tablet.getByRole('table', { name: 'Détail des lots', exact: true }).getByRole('row').filter({ hasText: 'Lot 2 —' }).locator('[data-colonne="heures-realisees"]'))).toBe('140');
    expect(await tablet.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await screenshot(tablet, 'facilitateur-marche-tablette');
    expect(jsErrorsOf(tablet)).toEqual([]);
    await tablet.context().close();
  });
});
