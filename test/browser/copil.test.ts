import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { signDevelopmentToken } from '@plie-hub/auth';
import { DEMO_IDENTITIES } from '@plie-hub/demo';
import { VUE_COPIL_QUERY } from '../../gateway/src/exports/copil-query';
import { jsErrorsOf, screenshot, signedInAs } from './support/console';

interface Effectif {
  valeur: number | null;
  masque: boolean;
}
type Ventilation = { total: Effectif } & Record<string, Effectif>;
interface Vue {
  plies: string[];
  seuilMasquage: number;
  prescriptionsRecuesFranceTravail: Effectif;
  parcours: { entrees: Ventilation; fileActive: Ventilation };
  clauses: { heuresEngagees: number; public: Ventilation };
  financements: { fseProgramme: string };
}

const numberFormat = new Intl.NumberFormat('fr-FR');
/** The console writes numbers the French way (narrow no-break spaces): compare texts with any spacing made plain. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shown = (e: Effectif) => (e.masque ? 'masqué' : numberFormat.format(e.valeur!));

/** The demo data lies in the last twelve months, whatever today is: a custom period ending today holds it all. */
const iso = (date: Date) => date.toISOString().slice(0, 10);
const fin = iso(new Date());
const debut = iso(new Date(Date.now() - 364 * 86_400_000));

async function vueCopil(variables: Record<string, unknown>): Promise<Vue> {
  const token = await signDevelopmentToken(DEMO_IDENTITIES.copil!);
  const response = await fetch(inject('gatewayUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: VUE_COPIL_QUERY, variables: { debut, fin, ...variables } }),
  });
  const body = (await response.json()) as { data?: { vueCopil: Vue }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!.vueCopil;
}

const kpiValue = (page: Page, label: string) => page.getByRole('group', { name: label, exact: true }).locator('.value').innerText();
/** The cells of the row of a table whose header cell is `label`. */
const rowCells = (page: Page, label: string) => page.locator('tr', { has: page.locator(`th[scope="row"]:text-is("${label}")`) }).first().locator('td').allInnerTexts();

async function showView(page: Page, scope: string | RegExp, from = debut, to = fin) {
  await page.getByLabel('Périmètre', { exact: true }).selectOption({ label: typeof scope === 'string' ? scope : (await page.getByLabel('Périmètre', { exact: true }).locator('option').allInnerTexts()).find((o) => scope.test(o))! });
  await page.getByLabel('Début', { exact: true }).fill(from);
  await page.getByLabel('Fin', { exact: true }).fill(to);
  await page.getByRole('button', { name: 'Afficher la vue' }).click();
}

/** The first masked count of a breakdown, with its key (e.g. an age band of a handful of people). */
const maskedIn = (ventilation: Ventilation) => Object.entries(ventilation).find(([, e]) => e.masque)?.[0];

const BREAKDOWN_LABELS: Record<string, string> = {
  total: 'Total', femmes: 'Femmes', hommes: 'Hommes', moins26: 'Moins de 26 ans', de26a44: '26 à 44 ans', de45a54: '45 à 54 ans',
  plus55: '55 ans et plus', qpv: 'Résidant en QPV', rsa: 'Allocataires du RSA', deld: 'Demandeurs d’emploi de longue durée',
};
const CLAUSES_PUBLIC_LABELS: Record<string, string> = {
  total: 'Personnes — total', femmes: 'Personnes — femmes', hommes: 'Personnes — hommes', moins26: 'Personnes — moins de 26 ans',
  de26a49: 'Personnes — 26 à 49 ans', plus50: 'Personnes — 50 ans et plus', qpv: 'Personnes — résidant en QPV',
};

/** How the export names the same breakdowns (gateway/src/exports/copil-sheets.ts). */
const EXPORT_BREAKDOWN_LABELS: Record<string, string> = {
  total: 'total', femmes: 'femmes', hommes: 'hommes', moins26: 'moins de 26 ans', de26a44: '26 à 44 ans', de45a54: '45 à 54 ans',
  plus55: '55 ans et plus', qpv: 'résidant en QPV', rsa: 'allocataires du RSA', deld: 'DELD',
};

describe('console: vue COPIL', () => {
  it('a COPIL member opens the dashboard for Bordeaux, sees masked cells as masked, and downloads the XLSX', async () => {
    const page = await signedInAs('copil');
    // The COPIL's default screen.
    await page.getByRole('heading', { level: 1, name: 'Vue COPIL' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link').allTextContents()).toContain('Vue COPIL');

    await showView(page, 'PLIE de Bordeaux');
    await page.getByText('Périmètre : PLIE de Bordeaux').waitFor();
    expect(page.url()).toContain(`#/copil/plie/BORDEAUX/${debut}/${fin}`);
    const api = await vueCopil({ plies: ['BORDEAUX'] });
    expect(api.plies).toEqual(['BORDEAUX']);
    expect(api.parcours.entrees.total.valeur).toBeGreaterThan(0);

    // The figures on screen are the API's.
    expect(plain(await kpiValue(page, 'Entrées'))).toBe(plain(shown(api.parcours.entrees.total)));
    expect(plain(await kpiValue(page, 'Personnes accompagnées'))).toBe(plain(shown(api.parcours.fileActive.total)));
    expect(plain((await rowCells(page, 'Fiches reçues — France Travail'))[0])).toBe(plain(shown(api.prescriptionsRecuesFranceTravail)));
    expect(plain((await rowCells(page, 'Heures d’insertion engagées'))[0])).toBe(plain(`${numberFormat.format(api.clauses.heuresEngagees)} h`));
    expect(plain((await rowCells(page, 'FSE+ programmé'))[0])).toBe(plain(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(Number(api.financements.fseProgramme))));

    // A small count the API masks is shown as masked, never as a number, and explained.
    const maskedEntry = maskedIn(api.parcours.entrees);
    const maskedClauses = maskedIn(api.clauses.public);
    expect(maskedEntry ?? maskedClauses).toBeDefined();
    if (maskedEntry) expect((await rowCells(page, BREAKDOWN_LABELS[maskedEntry]!))[0]).toBe('masqué');
    if (maskedClauses) expect((await rowCells(page, CLAUSES_PUBLIC_LABELS[maskedClauses]!))[0]).toBe('masqué');
    const note = plain(await page.locator('#copil-secret-statistique').innerText());
    expect(note).toContain(`les effectifs inférieurs à ${api.seuilMasquage} sont affichés « masqué »`);
    expect(await page.locator('.copil-masque').first().getAttribute('aria-describedby')).toBe('copil-secret-statistique');
    // Charts come with their figures as a table.
    await page.getByRole('table', { name: 'Entrées et sorties par année (données)' }).waitFor();
    await screenshot(page, 'copil-vue-bordeaux');

    // « Actualiser les chiffres » asks the gateway for the view computed now, not the one it keeps a minute.
    const [refreshed] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('vueCopil')),
      page.getByRole('button', { name: 'Actualiser les chiffres' }).click(),
    ]);
    expect(refreshed.request().headers()['cache-control']).toBe('no-cache');
    expect(refreshed.status()).toBe(200);
    expect(((await refreshed.json()) as { errors?: unknown }).errors).toBeUndefined();
    await expect.poll(() => page.getByRole('button', { name: 'Actualiser les chiffres' }).isEnabled()).toBe(true);
    expect(plain(await kpiValue(page, 'Entrées'))).toBe(plain(shown(api.parcours.entrees.total)));

    // The XLSX holds the same figures.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toBe(`vue-copil-${debut}-${fin}.xlsx`);
    await page.getByRole('status').filter({ hasText: `Fichier « vue-copil-${debut}-${fin}.xlsx » téléchargé.` }).waitFor();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as never);
    expect(workbook.worksheets.map((w) => w.name)).toContain('Parcours');
    const valueIn = (sheet: string, label: string) => {
      const worksheet = workbook.getWorksheet(sheet)!;
      return worksheet.getRows(1, worksheet.rowCount)!.find((r) => r.getCell(1).value === label)?.getCell(2).value;
    };
    expect(valueIn('Couverture', 'PLIE(s)')).toBe('BORDEAUX');
    expect(valueIn('Parcours', 'Entrées — total')).toBe(api.parcours.entrees.total.valeur);
    expect(valueIn('Clauses', 'Heures d\'insertion engagées')).toBe(api.clauses.heuresEngagees);
    expect(valueIn('Prescriptions', 'Fiches reçues — France Travail')).toBe(api.prescriptionsRecuesFranceTravail.masque ? 'masqué' : api.prescriptionsRecuesFranceTravail.valeur);
    if (maskedEntry) expect(valueIn('Parcours', `Entrées — ${EXPORT_BREAKDOWN_LABELS[maskedEntry]}`)).toBe('masqué');
    // The export has no 26-49 row for the clauses' public.
    if (maskedClauses && maskedClauses !== 'de26a49') expect(valueIn('Clauses', CLAUSES_PUBLIC_LABELS[maskedClauses]!)).toBe('masqué');

    // The CSV too.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (CSV)' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe(`vue-copil-${debut}-${fin}.csv`);
    expect(await readFile((await csvDownload.path())!, 'utf8')).toContain(`Parcours;Entrées — total;${api.parcours.entrees.total.valeur};`);

    // All the PLIEs of the organisme intermédiaire.
    await showView(page, /^Tous les PLIEs de AGAPE/);
    await page.getByText(/Périmètre : Tous les PLIEs de AGAPE \(11\)/).waitFor();
    const oi = await vueCopil({ organismeIntermediaire: 'AGAPE' });
    expect(oi.plies).toHaveLength(11);
    expect(plain(await kpiValue(page, 'Entrées'))).toBe(plain(shown(oi.parcours.entrees.total)));
    expect(plain((await rowCells(page, 'Fiches reçues — France Travail'))[0])).toBe(plain(shown(oi.prescriptionsRecuesFranceTravail)));
    expect(oi.prescriptionsRecuesFranceTravail.valeur).toBeGreaterThan(api.prescriptionsRecuesFranceTravail.valeur ?? 0);
    await screenshot(page, 'copil-vue-organisme');

    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the API’s message next to the date it concerns, and no figures', async () => {
    const page = await signedInAs('copil');
    await page.getByRole('heading', { level: 1, name: 'Vue COPIL' }).waitFor();
    await showView(page, 'PLIE de Bordeaux', '2026-06-30', '2026-01-01');
    const finField = page.getByLabel('Fin', { exact: true });
    await expect.poll(() => finField.getAttribute('aria-invalid')).toBe('true');
    const described = (await finField.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${described}"]`).innerText()).toBe('La fin de la période doit suivre son début.');
    expect(await page.getByRole('heading', { name: 'Chiffres clés' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Télécharger (XLSX)' }).isDisabled()).toBe(true);
    await screenshot(page, 'copil-vue-erreur');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('works at tablet size from a shared link, and for the FSE+ manager of the organisme intermédiaire', async () => {
    const page = await signedInAs('gestionnaire-fse', { viewport: { width: 820, height: 1180 } });
    await page.getByRole('heading', { level: 1, name: 'Vue COPIL' }).waitFor();
    await page.evaluate((hash) => (location.hash = hash), `#/copil/plie/BORDEAUX/${debut}/${fin}`);
    await page.getByText('Périmètre : PLIE de Bordeaux').waitFor();
    const api = await vueCopil({ plies: ['BORDEAUX'] });
    expect(plain(await kpiValue(page, 'Entrées'))).toBe(plain(shown(api.parcours.entrees.total)));
    expect(await page.getByLabel('Périmètre', { exact: true }).inputValue()).toBe('plie:BORDEAUX');
    // Nothing wider than the tablet: tables scroll inside their frame, the page does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await screenshot(page, 'copil-vue-tablette');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('is not offered to a prescriber, even by its address', async () => {
    const page = await signedInAs('prescripteur-france-travail');
    const menu = page.getByRole('navigation', { name: 'Menu principal' });
    await menu.waitFor();
    expect(await menu.getByRole('link').allTextContents()).not.toContain('Vue COPIL');
    await page.evaluate((hash) => (location.hash = hash), `#/copil/plie/BORDEAUX/${debut}/${fin}`);
    await page.waitForFunction(() => location.hash.startsWith('#/copil'));
    // The shell falls back to the prescriber's own first screen: wait for it, then nothing of the view is there.
    await page.getByRole('heading', { level: 1, name: 'Mes fiches de prescription' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Vue COPIL' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Chiffres clés' }).count()).toBe(0);
    await screenshot(page, 'copil-prescripteur-sans-acces');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
