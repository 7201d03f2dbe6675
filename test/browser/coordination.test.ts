import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ficheInput, PARTNERS, today } from '../support/fiches';
import { apiAs as api, jsErrorsOf, screenshot, signedInAs } from './support/console';

const [FT, CD] = PARTNERS;
const NOM = `COORD${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
const PERSONNE = `Alice ${NOM}`;
const TABLET = { width: 820, height: 1180 };


/** A fiche created and transmitted to BORDEAUX by a demo prescriber, as the prescribers' own applications do. */
async function transmittedFiche(partner: (typeof PARTNERS)[number]): Promise<string> {
  const created = await api<{ f: { id: string; version: number } }>(
    partner.who,
    `mutation ($i: CreerPrescription${partner.suffix}Input!) { f: creerPrescription${partner.suffix}(input: $i) { id version } }`,
    { i: ficheInput(partner, NOM) },
  );
  await api(partner.who, `mutation ($id: ID!, $v: Int!) { transmettrePrescription${partner.suffix}(id: $id, version: $v) { id } }`, { id: created.f.id, v: created.f.version });
  return created.f.id;
}

const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

let ficheId: string;
let parcoursId: string;

beforeAll(async () => {
  ficheId = await transmittedFiche(FT);
  // The same person prescribed by the Département too: the agenda must flag the duplicate.
  await transmittedFiche(CD);
});

describe('console: commission and parcours (coordination, référent)', () => {
  it('lets the coordination admit a fresh fiche in a séance, then follow the parcours it opened', async () => {
    const page = await signedInAs('coordination');
    // The commission is the coordination's default screen, under the PLIE's own name for it.
    await page.getByRole('heading', { level: 1, name: 'Comité d’entrée et de suivi' }).waitFor();
    expect(await page.getByRole('link', { name: 'Commission' }).getAttribute('aria-current')).toBe('page');

    // A séance of its own, so that no other data decides which séance records the decision.
    // Dated today: the admission's entry date is the séance's, and today's entretien must not precede it.
    await page.getByRole('heading', { level: 2, name: /^(Séance du|Aucune séance à venir)/ }).waitFor();
    const nouvelleSeance = page.getByRole('group', { name: 'Ouvrir une séance' });
    if (!(await nouvelleSeance.isVisible())) await page.getByRole('button', { name: 'Ouvrir une autre séance' }).click();
    const seanceDate = today;
    await nouvelleSeance.getByLabel('Date de la séance').fill(seanceDate);
    await nouvelleSeance.getByRole('button', { name: 'Ouvrir la séance' }).click();
    await page.getByText('Séance ouverte.').waitFor();
    const [y, m, d] = seanceDate.split('-').map(Number);
    const seanceTitle = `Séance du ${new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' }).format(new Date(y!, m! - 1, d!, 12))}`;
    await page.getByRole('heading', { name: seanceTitle }).waitFor();

    const row = page.getByRole('region', { name: /^Fiches de France Travail/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(PERSONNE) }) });
    await row.waitFor();
    const rowText = (await row.innerText()).replace(/\s+/g, ' ');
    expect(rowText).toContain('À examiner');
    expect(rowText).toContain('Doublon potentiel');
    expect(rowText).toContain('Une autre fiche : Département');
    await screenshot(page, 'coordination-commission');

    await row.getByRole('button', { name: `Décider pour ${PERSONNE}` }).click();
    const form = page.getByRole('form', { name: new RegExp(`Décision sur la fiche de ${PERSONNE}`) });
    // A refusal without its motif: the API's message next to the field, and nothing written.
    await form.getByLabel(/^Décision/).selectOption({ label: 'Refusé' });
    await form.getByRole('button', { name: 'Enregistrer la décision' }).click();
    const motif = form.getByLabel('Motif du refus');
    await expect.poll(() => motif.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await motif.getAttribute('aria-describedby'))!;
    expect(await text(page, `[id="${describedBy}"]`)).toMatch(/^Un refus doit indiquer son motif/);
    const untouched = await api<{ f: { decisionPlie: unknown } }>('prescripteur-france-travail', `query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { decisionPlie { statut } } }`, { id: ficheId });
    expect(untouched.f.decisionPlie).toBeNull();
    await screenshot(page, 'coordination-commission-refus-sans-motif');

    // The admission: a référent, the situation at entry pre-filled from the fiche.
    await form.getByLabel(/^Décision/).selectOption({ label: 'Admis' });
    expect(await form.getByLabel('Nationalité').inputValue()).toBe('FRANCAISE');
    expect(await form.getByRole('group', { name: 'Statuts à l’entrée' }).getByLabel('RSA', { exact: true }).isChecked()).toBe(true);
    const referent = form.getByLabel('Référent de parcours');
    const thomas = await referent.locator('option', { hasText: 'Thomas DUMONT' }).getAttribute('value');
    await referent.selectOption(thomas!);
    await form.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await row.getByText('Décision enregistrée.').waitFor();
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('Admis');
    await screenshot(page, 'coordination-commission-decision');

    // What the API now says, as the prescriber sees it.
    const decided = await api<{ f: { decisionPlie: { statut: string }; suiteParcours: { statutParcours: string } } }>(
      'prescripteur-france-travail',
      `query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { decisionPlie { statut } suiteParcours { statutParcours } } }`,
      { id: ficheId },
    );
    expect(decided.f).toEqual({ decisionPlie: { statut: 'ADMIS' }, suiteParcours: { statutParcours: 'ACTIF' } });

    // Read back from the agenda itself, not from the screen's memory: the decision and the parcours it opened come
    // with the list (decisionCommission), without a request per fiche.
    const requests: string[] = [];
    page.on('request', (request) => request.url().endsWith('/graphql') && requests.push(request.postData() ?? ''));
    await page.reload();
    await row.waitFor();
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('Admis');
    await row.getByRole('link', { name: `Ouvrir le parcours de ${PERSONNE}` }).waitFor();
    expect(requests.filter((body) => body.includes('decisionsPrescription'))).toEqual([]);

    await row.getByRole('link', { name: `Ouvrir le parcours de ${PERSONNE}` }).click();
    await page.getByRole('heading', { level: 1, name: `Parcours de ${PERSONNE}` }).waitFor();
    // The person's name is on the screen, not in the browser's history or tab titles.
    expect(await page.title()).toBe('Parcours — PLIE Hub');
    parcoursId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
    const identite = page.getByRole('region', { name: 'Participant', exact: true });
    expect((await identite.innerText()).replace(/\s+/g, ' ')).toContain(`Nom de naissance ${NOM}`);
    expect(await text(page, '.status-line')).toContain('Statut : Actif');
    expect((await page.getByRole('region', { name: 'Accompagnement' }).innerText()).replace(/\s+/g, ' ')).toContain('Thomas DUMONT');

    // An entretien dated tomorrow: the API's message next to the date, nothing listed.
    const entretiens = page.getByRole('region', { name: 'Entretiens', exact: true });
    const entretien = entretiens.getByRole('group', { name: 'Enregistrer un entretien' });
    await entretien.getByLabel('Date de l’entretien').fill(inDays(1));
    await entretien.getByRole('button', { name: 'Enregistrer l’entretien' }).click();
    await entretiens.getByText('Un entretien ne peut pas être daté du futur.').waitFor();
    expect(await entretiens.getByText('Aucun entretien enregistré.').isVisible()).toBe(true);

    // Someone else writes first: the screen says so, reloads, and the retry goes through.
    const before = await api<{ p: { version: number } }>('coordination', `query ($id: ID!) { p: parcours(id: $id) { version } }`, { id: parcoursId });
    await api('referent', `mutation ($id: ID!, $v: Int!, $i: EntretienInput!) { enregistrerEntretien(parcoursId: $id, version: $v, input: $i) { id } }`, {
      id: parcoursId,
      v: before.p.version,
      i: { date: today, mode: 'VISIO', present: true },
    });
    await entretien.getByLabel('Date de l’entretien').fill(today);
    await entretien.getByLabel('Mode de l’entretien').selectOption({ label: 'Par téléphone' });
    await entretien.getByRole('button', { name: 'Enregistrer l’entretien' }).click();
    await entretiens.getByText(/modifié par quelqu’un d’autre/).waitFor();
    await entretiens.getByRole('cell', { name: 'En visioconférence' }).waitFor();
    await entretien.getByRole('button', { name: 'Enregistrer l’entretien' }).click();
    await page.getByRole('status').getByText(/^Entretien du .* enregistré\.$/).waitFor();
    await entretiens.getByRole('cell', { name: 'Par téléphone' }).waitFor();
    const listed = await api<{ p: { entretiens: Array<{ mode: string }> } }>('coordination', `query ($id: ID!) { p: parcours(id: $id) { entretiens { mode } } }`, { id: parcoursId });
    expect(listed.p.entretiens.map((e) => e.mode).sort()).toEqual(['TELEPHONE', 'VISIO']);
    expect(await entretiens.locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'coordination-parcours');

    // The new parcours heads the file active (most recent entry first).
    await page.getByRole('link', { name: 'Parcours', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'File active' }).waitFor();
    const total = await api<{ f: { totalCount: number } }>('coordination', '{ f: fileActive(first: 1) { totalCount } }');
    await page.getByRole('status').getByText(`${new Intl.NumberFormat('fr-FR').format(total.f.totalCount)} parcours · page 1`).waitFor();
    const listRow = page.getByRole('row').filter({ hasText: PERSONNE });
    expect((await listRow.innerText()).replace(/\s+/g, ' ')).toMatch(/Thomas DUMONT.*Actif/);
    await screenshot(page, 'coordination-file-active');

    await listRow.getByRole('link', { name: PERSONNE }).click();
    await page.getByRole('link', { name: 'Fiche complète du participant' }).click();
    await page.getByRole('heading', { level: 1, name: `Participant : ${PERSONNE}` }).waitFor();
    expect(await page.title()).toBe('Participant — PLIE Hub');
    await page.getByRole('region', { name: 'Parcours', exact: true }).getByText('Actif').waitFor();
    await screenshot(page, 'coordination-participant');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('gives a référent the parcours screens but not the commission, and shows the sortie the rules computed', async () => {
    expect(parcoursId, 'the admission above opened the parcours').toBeTruthy();
    const page = await signedInAs('referent', { viewport: TABLET });
    const menu = await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link').allTextContents();
    expect(menu).toContain('Parcours');
    expect(menu).not.toContain('Commission');
    await page.getByRole('heading', { level: 1, name: 'File active' }).waitFor();
    await screenshot(page, 'coordination-file-active-tablette');

    // The commission's route leads nowhere for this role: the shell falls back to the référent's own screen.
    await page.goto(`${page.url().split('#')[0]}#/commission`);
    await page.getByRole('heading', { level: 1, name: 'File active' }).waitFor();

    await page.getByRole('row').filter({ hasText: PERSONNE }).getByRole('link', { name: PERSONNE }).click();
    await page.getByRole('heading', { level: 1, name: `Parcours de ${PERSONNE}` }).waitFor();
    const sortie = page.getByRole('region', { name: 'Sortie', exact: true });
    await sortie.getByLabel('Contrat', { exact: true }).selectOption({ label: 'CDI' });
    await sortie.getByLabel('Heures par semaine').fill('35');
    await sortie.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await page.getByRole('status').getByText(/^Sortie enregistrée/).waitFor();
    const computed = await api<{ p: { statut: string; sortie: { categorie: string; categorieCalculee: string; regleSet: string; valideeCommissionId: string | null } } }>(
      'referent',
      `query ($id: ID!) { p: parcours(id: $id) { statut sortie { categorie categorieCalculee regleSet valideeCommissionId } } }`,
      { id: parcoursId },
    );
    expect(computed.p.statut).toBe('SORTI');
    expect(computed.p.sortie.valideeCommissionId).toBeNull();
    const labels: Record<string, string> = { POSITIVE: 'Sortie positive', DYNAMIQUE: 'Sortie dynamique', REDUCTION_FREINS: 'Réduction des freins', AUTRE: 'Autre sortie' };
    // The page reloads the parcours after the write: wait for the recorded sortie to replace the form.
    await expect.poll(async () => (await sortie.innerText()).replace(/\s+/g, ' ')).toContain(labels[computed.p.sortie.categorie]);
    const shown = (await sortie.innerText()).replace(/\s+/g, ' ');
    expect(shown).toContain(`Règles appliquées ${computed.p.sortie.regleSet}`);
    expect(shown).toContain('Validation en commission À valider en commission');
    expect(await text(page, '.status-line')).toContain('Statut : Sorti');
    // A closed parcours takes no new entretien.
    expect(await page.getByRole('group', { name: 'Enregistrer un entretien' }).count()).toBe(0);
    await screenshot(page, 'coordination-parcours-tablette');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
