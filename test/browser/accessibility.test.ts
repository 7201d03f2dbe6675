import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, consoleUrl, screenshot, signedInAs } from './support/console';

/**
 * Each role's screens audited in the browser (axe-core, WCAG 2.1 AA: labels, accessible names, contrast, structure),
 * once their data has loaded; and the console used with the keyboard alone.
 */
const SCREENS: Array<{ identity: string; route: string; ready: (page: Page) => Promise<unknown> }> = [
  { identity: 'prescripteur-france-travail', route: 'fiches', ready: (page) => page.getByRole('table').first().waitFor() },
  { identity: 'prescripteur-france-travail', route: 'nouvelle-fiche', ready: (page) => page.getByRole('button', { name: 'Enregistrer le brouillon' }).waitFor() },
  { identity: 'prescripteur-departement', route: 'import-fiches', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { identity: 'coordination', route: 'commission', ready: (page) => page.getByRole('heading', { level: 2, name: /^(Séance du|Aucune séance à venir)/ }).waitFor() },
  { identity: 'coordination', route: 'parcours', ready: (page) => page.getByRole('table').first().waitFor() },
  { identity: 'facilitateur', route: 'marches', ready: (page) => page.getByRole('table').first().waitFor() },
  { identity: 'copil', route: 'copil', ready: (page) => page.getByRole('heading', { level: 2, name: 'Chiffres clés' }).waitFor() },
];

describe('console: accessibility', () => {
  for (const screen of SCREENS) {
    it(`has no serious WCAG 2.1 AA violation on #/${screen.route} (${screen.identity})`, async () => {
      const page = await signedInAs(screen.identity);
      await page.goto(`${consoleUrl()}#/${screen.route}`);
      await screen.ready(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('has no serious violation on a marché and on a parcours page, reached by their lists', async () => {
    const facilitateur = await signedInAs('facilitateur');
    await facilitateur.getByRole('table').first().getByRole('link').first().click();
    await facilitateur.getByRole('heading', { level: 2, name: 'Lots et heures d’insertion' }).waitFor();
    expect(await accessibilityViolations(facilitateur)).toEqual([]);
    await facilitateur.context().close();
    const coordination = await signedInAs('coordination');
    await coordination.goto(`${consoleUrl()}#/parcours`);
    await coordination.getByRole('table').first().getByRole('link').first().click();
    await coordination.getByRole('heading', { level: 1, name: /^Parcours de / }).waitFor();
    expect(await accessibilityViolations(coordination)).toEqual([]);
    await coordination.context().close();
  });

  it('signs in and moves between screens with the keyboard alone, the focus landing on each new screen', async () => {
    const page = await signedInAs('prescripteur-france-travail').then(async (signed) => {
      // Start again from the sign-in screen, this time without the mouse.
      await signed.getByRole('button', { name: 'Se déconnecter' }).click();
      return signed;
    });
    await page.getByRole('list', { name: 'Identités de démonstration' }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Prescripteur France Travail');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mes fiches de prescription' }).waitFor();
    // The focus is on the new screen's title, not left on the menu: the next Tab reaches the screen's own action.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-title');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Nouvelle fiche');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nouvelle fiche de prescription' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-title');
    // Backwards from the title: the header's last control, then the menu.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Se déconnecter');
    await screenshot(page, 'clavier-nouvelle-fiche');
    await page.context().close();
  });
});
