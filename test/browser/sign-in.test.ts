import { describe, expect, inject, it } from 'vitest';
import { DEMO_IDENTITIES } from '@plie-hub/demo';
import { consoleUrl, jsErrorsOf, screenshot, signedInAs } from './support/console';

const base = () => inject('gatewayUrl').replace(/\/graphql$/, '');

describe('console: serving and sign-in', () => {
  it('is served by the gateway with its security headers, and / leads to it', async () => {
    const page = await fetch(consoleUrl());
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<div id="app">');
    const root = await fetch(`${base()}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toMatch(/\/console\/$/);
    // Outside the console folder, nothing is served.
    expect((await fetch(`${base()}/console/..%2F..%2Fpackage.json`)).status).toBe(404);
    // A broken escape is a missing page, not a server error.
    expect((await fetch(`${base()}/console/%E0`)).status).toBe(404);
  });

  it('offers every demo identity in development, and signs a token only for those', async () => {
    const config = (await (await fetch(`${consoleUrl()}config.json`)).json()) as { authentification: string; identites: { cle: string }[] };
    expect(config.authentification).toBe('developpement');
    expect(config.identites.map((i) => i.cle).sort()).toEqual(Object.keys(DEMO_IDENTITIES).sort());
    const refused = await fetch(`${consoleUrl()}jeton-demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cle: 'quelqu-un' }) });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toBe('Identité de démonstration inconnue.');
  });

  it('shows each role its own screens only, and signs out', async () => {
    const page = await signedInAs('facilitateur');
    await screenshot(page, 'accueil-facilitateur');
    const menu = page.getByRole('navigation', { name: 'Menu principal' });
    const labels = await menu.getByRole('link').allTextContents();
    expect(labels).not.toContain('Mes fiches');
    expect(labels).not.toContain('Vue COPIL');
    // A hand-edited address with a broken escape: the console stays up and says what it could not open.
    await page.goto(`${consoleUrl()}#/marche/%E0`);
    await page.getByRole('alert').filter({ hasText: 'Le marché n’a pas pu être chargé' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Identités de démonstration' }).isVisible()).toBe(true);
    // The session is gone: reloading does not sign anyone back in.
    await page.reload();
    await expect.poll(() => page.getByRole('list', { name: 'Identités de démonstration' }).isVisible()).toBe(true);
    await screenshot(page, 'connexion');
    expect(jsErrorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
