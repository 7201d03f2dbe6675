import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ficheInput, PARTNERS } from '../support/fiches';
import { apiAs as api, jsErrorsOf, screenshot, signedInAs } from './support/console';


/** A label exactly, with or without the fields kit's required marker (« Objectif * »). */
const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

/** Letters only: the fiches' name search drops digits, so a tag with digits could match another test's fiche. */
const unique = () => Array.from({ length: 8 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');
const today = new Date().toISOString().slice(0, 10);
const FT = 'prescripteur-france-travail';

const countFT = async (recherche?: string) =>
  (
    await api<{ p: { totalCount: number } }>(FT, `query ($f: FiltrePrescriptionsFranceTravail) { p: prescriptionsFranceTravail(first: 1, filtre: $f) { totalCount } }`, {
      f: recherche ? { recherche } : null,
    })
  ).p.totalCount;

/** The message the form shows under a field, read through the field's aria-describedby (as a screen reader would). */
async function errorOf(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(exactly(label));
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const ids = (await input.getAttribute('aria-describedby'))!.split(' ').filter((id) => id.endsWith('-error'));
  return (await page.locator(`[id="${ids[0]}"]`).textContent()) ?? '';
}

async function fillCommonPart(page: Page, nom: string, minimaSociaux = 'AUCUN') {
  await page.getByLabel('PLIE destinataire').selectOption('BORDEAUX');
  await page.getByLabel('Nom de l’agent prescripteur').fill('Sophie Laborde');
  await page.getByLabel('Contact de l’agent').fill('sophie.laborde@francetravail.example');
  await page.getByLabel('Nom de naissance').fill(nom);
  await page.getByLabel('Prénoms').fill('Alice');
  await page.getByLabel('Sexe').selectOption('FEMME');
  await page.getByLabel('Date de naissance').fill('1990-05-12');
  await page.getByLabel('Commune de résidence (code INSEE)').fill('33063');
  await page.getByLabel('Minima sociaux').selectOption(minimaSociaux);
  await page.getByLabel('Niveau de formation').selectOption('NIVEAU_4');
  await page.getByLabel('Nationalité').selectOption('FRANCAISE');
  await page.getByLabel('Situation de logement').selectOption('LOGEMENT_AUTONOME');
  await page.getByLabel('Personne inscrite à France Travail').check();
  await page.getByLabel('Inscription à France Travail depuis le').fill('2023-02-01');
  await page.getByLabel(exactly('Mobilité')).check();
  await page.getByLabel('Précision (mobilité)').fill('Pas de permis B');
  await page.getByLabel(exactly('Objectif')).fill('Retrouver un emploi durable dans la logistique, près de Bordeaux.');
  await page.getByLabel('Consentement recueilli le').fill(today);
  await page.getByLabel('Mode de recueil').selectOption('ECRIT_SIGNE');
}

describe('console: prescriber (France Travail, Département)', () => {
  it('refuses a bad identifiant France Travail next to its field and creates nothing, then saves, transmits and lists the fiche', async () => {
    const nom = `NAVIG${unique()}`;
    const before = await countFT();
    const page = await signedInAs(FT);

    // A prescriber lands on « Mes fiches », whose figures are the API's.
    await page.getByRole('heading', { level: 1, name: 'Mes fiches de prescription' }).waitFor();
    await expect.poll(() => page.locator('.prescripteur-count').textContent()).toBe(`${before} fiches — page 1 sur ${Math.ceil(before / 20)}`);
    await screenshot(page, 'prescripteur-mes-fiches');

    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Nouvelle fiche' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle fiche de prescription' }).waitFor();
    // The France Travail section, not another partner's.
    await expect.poll(() => page.getByRole('group', { name: 'Section France Travail' }).isVisible()).toBe(true);
    expect(await page.getByText('Section Département (RSA)').count()).toBe(0);
    await expect.poll(() => page.getByLabel('PLIE destinataire').locator('option', { hasText: 'PLIE de Bordeaux' }).count()).toBe(1);

    await fillCommonPart(page, nom);
    const section = page.getByRole('group', { name: 'Section France Travail' });
    await section.getByLabel('Identifiant France Travail').fill('12AB');
    await section.getByLabel('Catégorie de demandeur d’emploi').selectOption('A');
    await section.getByLabel('Date d’inscription à France Travail').fill('2023-02-01');
    await section.getByLabel('Code de l’agence').fill('33100');
    await section.getByLabel('Conseiller France Travail').fill('Sophie Laborde');
    await section.getByLabel('Modalité d’accompagnement').selectOption('RENFORCE');

    await page.getByRole('button', { name: 'Enregistrer et transmettre' }).click();
    expect(await errorOf(page, 'Identifiant France Travail')).toBe(
      "L'identifiant France Travail doit comporter 7 chiffres suivis d'un chiffre ou d'une lettre majuscule (ex. 1234567A).",
    );
    const alert = page.getByRole('alert').filter({ hasText: 'La fiche n’a pas été enregistrée' });
    expect(await alert.textContent()).toContain('Un champ est à corriger');
    // Only that field is marked.
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);
    await screenshot(page, 'prescripteur-nouvelle-fiche-erreur');
    // Nothing was written: the API counts the same fiches, none of that person.
    expect(await countFT()).toBe(before);
    expect(await countFT(nom)).toBe(0);

    await section.getByLabel('Identifiant France Travail').fill('1234567A');
    // A double click must not create two fiches, nor even send the creation twice (the server's idempotency key
    // would hide a console that did).
    const creations: string[] = [];
    page.on('request', (request) => request.url().endsWith('/graphql') && request.postData()?.includes('creerPrescriptionFranceTravail') && creations.push(request.postData()!));
    await page.getByRole('button', { name: 'Enregistrer et transmettre' }).dblclick();
    await page.getByRole('heading', { level: 1, name: `Fiche de Alice ${nom}` }).waitFor();
    expect(await page.title()).toBe('Fiche de prescription — PLIE Hub');
    expect(creations).toHaveLength(1);
    expect(await page.getByRole('status').filter({ hasText: 'Fiche transmise au PLIE' }).textContent()).toBe(`Fiche transmise au PLIE pour Alice ${nom}.`);
    const resume = page.getByRole('region', { name: 'Où en est la fiche' });
    expect(await resume.locator('.badge').first().textContent()).toBe('Transmise');
    expect(await page.getByRole('region', { name: 'Section France Travail' }).textContent()).toContain('1234567A');
    await screenshot(page, 'prescripteur-fiche-transmise');
    expect(await countFT(nom)).toBe(1);

    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes fiches' }).click();
    await expect.poll(() => page.locator('.prescripteur-count').textContent()).toBe(`${before + 1} fiches — page 1 sur ${Math.ceil((before + 1) / 20)}`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `${nom} Alice` }) });
    expect(await row.locator('td').nth(3).textContent()).toBe('Transmise');
    expect(await row.locator('td').nth(2).textContent()).toBe('PLIE de Bordeaux');
    expect(await row.locator('td').nth(4).textContent()).toBe('En attente de la commission');

    // The status filter gives the API's count for TRANSMISE.
    const transmises = (await api<{ c: { statut: string; nombre: number }[] }>(FT, '{ c: compteursPrescriptionsFranceTravail { statut nombre } }')).c.find((c) => c.statut === 'TRANSMISE')!.nombre;
    await page.getByLabel(exactly('Statut')).selectOption('TRANSMISE');
    await expect.poll(() => page.locator('.prescripteur-count').textContent()).toBe(`${transmises} fiche${transmises > 1 ? 's' : ''} au statut « Transmise » — page 1 sur ${Math.ceil(transmises / 20)}`);
    await screenshot(page, 'prescripteur-mes-fiches-transmises');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('edits a draft, transmits it, completes it, refuses a too short cancellation reason, and shows the PLIE’s admission', async () => {
    const nom = `CYCLE${unique()}`;
    const created = await api<{ f: { id: string } }>(FT, `mutation ($i: CreerPrescriptionFranceTravailInput!) { f: creerPrescriptionFranceTravail(input: $i) { id } }`, {
      i: {
        plieCode: 'BORDEAUX',
        prescripteur: { agentNom: 'Agent Test', agentContact: 'agent@example.org' },
        personne: { nomNaissance: nom, prenoms: 'Bruno', sexe: 'HOMME', dateNaissance: '1985-03-02', communeInsee: '33063', residentQpv: false },
        situation: { inscritFranceTravail: true, inscritDepuis: '2022-01-10', minimaSociaux: 'RSA', rqth: false, niveauFormation: 'NIVEAU_3', nationalite: 'FRANCAISE', logement: 'HEBERGE_TIERS' },
        objectif: 'Un premier objectif, à préciser avec la personne.',
        consentement: { recueilliLe: today, mode: 'ORAL_TRACE', perimetre: ['TRANSMISSION_PLIE'] },
        franceTravail: { identifiantFranceTravail: '7654321B', categorieDemandeur: 'B', dateInscription: '2022-01-10', agenceCode: '33100', conseiller: 'Paul Martin', modaliteAccompagnement: 'GUIDE' },
      },
    });
    const id = created.f.id;
    const page = await signedInAs(FT);
    await page.goto(`${page.url().split('#')[0]}#/fiche/${id}`);
    await page.getByRole('heading', { level: 1, name: `Fiche de Bruno ${nom}` }).waitFor();
    expect(await page.getByRole('region', { name: 'Où en est la fiche' }).locator('.badge').first().textContent()).toBe('Brouillon');

    await page.getByRole('button', { name: 'Modifier le brouillon' }).click();
    await page.getByLabel(exactly('Objectif')).fill('Court');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    expect(await errorOf(page, 'Objectif')).toBe("L'objectif de la prescription doit faire au moins 20 caractères.");
    await page.getByLabel(exactly('Objectif')).fill('Accéder à une formation qualifiante de cariste.');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByRole('status').filter({ hasText: 'Brouillon modifié.' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Freins et objectif' }).textContent()).toContain('Accéder à une formation qualifiante de cariste.');

    await page.getByRole('button', { name: 'Transmettre au PLIE' }).click();
    await page.getByRole('status').filter({ hasText: 'Fiche transmise au PLIE.' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Où en est la fiche' }).locator('.badge').first().textContent()).toBe('Transmise');

    await page.getByLabel(exactly('Complément')).fill('Permis B obtenu le mois dernier.');
    await page.getByRole('button', { name: 'Ajouter le complément' }).click();
    await page.getByRole('status').filter({ hasText: 'Complément ajouté à la fiche.' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Historique' }).textContent()).toContain('Complément : « Permis B obtenu le mois dernier. »');

    await page.getByRole('button', { name: 'Annuler la fiche…' }).click();
    await page.getByLabel('Motif d’annulation').fill('Non');
    await page.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    expect(await errorOf(page, 'Motif d’annulation')).toBe("Le motif d'annulation doit faire au moins 5 caractères.");
    await screenshot(page, 'prescripteur-fiche-actions');
    await page.getByRole('button', { name: 'Ne pas annuler' }).click();
    // Nothing was written: the fiche is still transmitted.
    expect(await page.getByRole('region', { name: 'Où en est la fiche' }).locator('.badge').first().textContent()).toBe('Transmise');

    // The PLIE's commission admits the person (the coordination's own application, through the API).
    const referents = await api<{ r: { id: string; actif: boolean }[] }>('coordination', '{ r: referents(plieCode: "BORDEAUX") { id actif } }');
    const cle = await api<{ f: { cleRapprochement: string } }>('coordination', 'query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { cleRapprochement } }', { id });
    const commission = await api<{ c: { id: string } }>('coordination', 'mutation ($i: CreerCommissionInput!) { c: creerCommission(input: $i) { id } }', {
      i: { plieCode: 'BORDEAUX', date: today, type: 'INTEGRATION', membres: ['Coordination'] },
    });
    await api('coordination', 'mutation ($i: DeciderPrescriptionInput!) { deciderPrescription(input: $i) { id } }', {
      i: {
        commissionId: commission.c.id,
        partenaire: 'FRANCE_TRAVAIL',
        prescriptionId: id,
        statut: 'ADMIS',
        admission: {
          referentId: referents.r.find((r) => r.actif)!.id,
          personne: { nomNaissance: nom, prenoms: 'Bruno', sexe: 'HOMME', dateNaissance: '1985-03-02', communeInsee: '33063', cleRapprochement: cle.f.cleRapprochement },
          situationEntree: { statutEmploi: 'CHOMEUR_LONGUE_DUREE', trancheCite: 'CITE_3_4', nationalite: 'FRANCAISE', qpv: false },
          statuts: ['DELD', 'RSA'],
        },
      },
    });
    await page.reload();
    const resume = page.getByRole('region', { name: 'Où en est la fiche' });
    await expect.poll(() => resume.textContent()).toContain('Admission');
    expect(await resume.textContent()).toContain('Parcours en cours');
    await screenshot(page, 'prescripteur-fiche-admise');

    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes fiches' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes fiches de prescription' }).waitFor();
    await page.getByLabel('Rechercher une personne').fill(nom);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect.poll(() => page.locator('.prescripteur-count').textContent()).toBe('1 fiche — page 1 sur 1');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `${nom} Bruno` }) });
    expect(await row.locator('td').nth(4).textContent()).toMatch(/^Admissionle /);
    expect(await row.locator('td').nth(5).textContent()).toBe('Parcours en cours');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a Département prescriber the Département section, not the France Travail one (tablet)', async () => {
    const page = await signedInAs('prescripteur-departement', { viewport: { width: 820, height: 1180 } });
    await page.getByRole('heading', { level: 1, name: 'Mes fiches de prescription' }).waitFor();
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Nouvelle fiche' }).click();
    const section = page.getByRole('group', { name: 'Section Département (RSA)' });
    await section.waitFor();
    for (const label of ['Organisme payeur', 'Numéro d’allocataire', 'Ouverture du droit RSA', 'Orientation RSA', 'Référent unique RSA', 'Service territorial']) {
      expect(await section.getByLabel(exactly(label)).count()).toBe(1);
    }
    expect(await page.getByLabel('Identifiant France Travail').count()).toBe(0);
    expect(await page.getByText('Section France Travail').count()).toBe(0);
    // The Département's own rules, each next to its field: a CAF number has 7 digits, the person receives the RSA.
    await fillCommonPart(page, `DEPT${unique()}`, 'ASS');
    await section.getByLabel('Organisme payeur').selectOption('CAF');
    await section.getByLabel('Numéro d’allocataire').fill('12345');
    await section.getByLabel('Ouverture du droit RSA').fill('2022-05-01');
    await section.getByLabel('Orientation RSA').selectOption('PROFESSIONNELLE');
    await section.getByLabel('Référent unique RSA').fill('Nadia Benali');
    await section.getByLabel('Service territorial').fill('MDS Bordeaux Bastide');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    expect(await errorOf(page, 'Numéro d’allocataire')).toBe("Le numéro d'allocataire CAF comporte 7 chiffres.");
    expect(await errorOf(page, 'Minima sociaux')).toBe('Une fiche du Département concerne un allocataire du RSA : indiquez RSA dans les minima sociaux.');
    // Fits the tablet's width: no horizontal scrolling of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await screenshot(page, 'prescripteur-nouvelle-fiche-departement-tablette');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('downloads the template, imports a CSV with one good and one bad row, and reports the bad one', async () => {
    const tag = unique();
    const page = await signedInAs(FT);
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des fiches (CSV)' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le modèle CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('modele-import-fiches-france-travail.csv');
    const header = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim();
    const { modele } = await api<{ modele: string }>(FT, '{ modele: modeleImportPrescriptionsFranceTravail }');
    expect(header).toBe(modele.trim());
    expect(header.split(';')).toContain('identifiant_france_travail');

    const columns = header.split(';');
    const row = (nom: string, identifiant: string): string => {
      const values: Record<string, string> = {
        plie_code: 'BORDEAUX', agent_nom: 'Agent Import', agent_contact: 'import@example.org', nom_naissance: nom, prenoms: 'Hélène', sexe: 'F',
        date_naissance: '12/04/1985', commune_insee: '33063', qpv: 'non', inscrit_france_travail: 'oui', inscrit_depuis: '2022-01-10', minima_sociaux: 'RSA',
        rqth: 'non', niveau_formation: 'NIVEAU_4', nationalite: 'FR', logement: 'LOGEMENT_AUTONOME', freins: 'MOBILITE|NUMERIQUE',
        objectif: 'Accompagnement vers un emploi durable dans la logistique.', urgent: 'non', rencontre_prealable: 'oui', consentement_date: today,
        consentement_mode: 'ECRIT_SIGNE', identifiant_france_travail: identifiant, categorie_demandeur: 'A', date_inscription: '01/02/2023', agence_code: '33100',
        conseiller: 'Sophie Laborde', modalite_accompagnement: 'GUIDE',
      };
      return columns.map((c) => values[c] ?? '').join(';');
    };
    const csv = [header, row(`IMPORT${tag}A`, '7654321B'), row(`IMPORT${tag}B`, '99')].join('\r\n');
    await page.getByLabel('Fichier CSV').setInputFiles({ name: `fiches-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Importer le fichier' }).click();

    const report = page.getByRole('region', { name: `Rapport d’import de « fiches-${tag}.csv »` });
    await report.waitFor();
    expect(await report.getByRole('status').textContent()).toBe('2 lignes lues : 1 fiche créée en brouillon, 0 déjà importée, 1 ligne rejetée.');
    const rejected = report.getByRole('table', { name: 'Lignes rejetées (rien n’a été créé pour elles)' }).locator('tbody tr');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.locator('th').textContent()).toBe('3');
    // The field by its form label, and the API's path for whoever fixes the file.
    expect(await rejected.locator('td').nth(0).textContent()).toBe('Identifiant France TravailfranceTravail.identifiantFranceTravail');
    expect(await rejected.locator('td').nth(1).textContent()).toBe(
      "L'identifiant France Travail doit comporter 7 chiffres suivis d'un chiffre ou d'une lettre majuscule (ex. 1234567A).",
    );
    await screenshot(page, 'prescripteur-import-csv');
    // The good row is a draft of this structure; the bad one created nothing.
    expect(await countFT(`IMPORT${tag}A`)).toBe(1);
    expect(await countFT(`IMPORT${tag}B`)).toBe(0);

    await report.getByRole('link', { name: 'Ouvrir le brouillon n° 1' }).click();
    await page.getByRole('heading', { level: 1, name: `Fiche de Hélène IMPORT${tag}A` }).waitFor();
    expect(await page.getByRole('region', { name: 'Où en est la fiche' }).locator('.badge').first().textContent()).toBe('Brouillon');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('says when someone else changed the fiche first, reloads it, and transmits on the retry', async () => {
    const [ft] = PARTNERS;
    const nom = `CONFLIT${unique()}`;
    const created = await api<{ f: { id: string; version: number } }>(FT, `mutation ($i: CreerPrescriptionFranceTravailInput!) { f: creerPrescriptionFranceTravail(input: $i) { id version } }`, {
      i: ficheInput(ft, nom),
    });
    const page = await signedInAs(FT);
    await page.goto(`${page.url().split('#')[0]}#/fiche/${created.f.id}`);
    await page.getByRole('button', { name: 'Transmettre au PLIE' }).waitFor();
    // A colleague edits the draft from the partner's own application meanwhile.
    await api(FT, `mutation ($id: ID!, $v: Int!, $i: CreerPrescriptionFranceTravailInput!) { modifierPrescriptionFranceTravail(id: $id, version: $v, input: $i) { id } }`, {
      id: created.f.id,
      v: created.f.version,
      i: ficheInput(ft, nom, { objectif: 'Objectif revu par une collègue avant la transmission.' }),
    });
    await page.getByRole('button', { name: 'Transmettre au PLIE' }).click();
    await page.getByRole('alert').filter({ hasText: 'a été modifié par quelqu’un d’autre' }).waitFor();
    const stillDraft = await api<{ f: { statut: string } }>(FT, `query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { statut } }`, { id: created.f.id });
    expect(stillDraft.f.statut).toBe('BROUILLON');
    // The page reloaded the fiche: the retry carries its new version and goes through.
    await page.getByText('Objectif revu par une collègue avant la transmission.').waitFor();
    await page.getByRole('button', { name: 'Transmettre au PLIE' }).click();
    await page.getByRole('status').filter({ hasText: 'Fiche transmise au PLIE.' }).waitFor();
    const sent = await api<{ f: { statut: string } }>(FT, `query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { statut } }`, { id: created.f.id });
    expect(sent.f.statut).toBe('TRANSMISE');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
