import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { signDevelopmentToken } from '@plie-hub/auth';
import { DEMO_IDENTITIES, DEMO_IDENTITY_LABELS } from '@plie-hub/demo';

/** Debian's Chromium (`apt-get install chromium`); another one with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** This machine's network is closed: without these, Chromium keeps trying to reach Google's services. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
/** Screenshots of every screen a test visits: artifacts of the run, never committed. */
export const SCREENSHOTS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'console');

let browser: Browser | undefined;

async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium introuvable (${CHROMIUM_PATH}) : apt-get install chromium, ou CHROMIUM_PATH.`);
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return browser;
}

afterAll(async () => {
  await browser?.close();
  browser = undefined;
});

export const consoleUrl = () => inject('gatewayUrl').replace(/\/graphql$/, '/console/');

/**
 * A fresh browser context (no session) at the console's sign-in, signed in as one demo identity through the
 * sign-in screen itself. `viewport` defaults to a laptop; tests use a tablet size too.
 */
export async function signedInAs(identity: string, options: { viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await (await launch()).newContext({ acceptDownloads: true, locale: 'fr-FR', viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  // A browser error is a test failure, not a silent log line.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { jsErrors: string[] }).jsErrors = errors;
  await page.goto(consoleUrl());
  await page.getByRole('list', { name: 'Identités de démonstration' }).getByRole('button').filter({ has: page.locator(`text="${DEMO_IDENTITY_LABELS[identity]?.libelle ?? identity}"`) }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  return page;
}


export const jsErrorsOf = (page: Page): string[] => (page as Page & { jsErrors?: string[] }).jsErrors ?? [];

/** Saves a full-page screenshot under test-results/console/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AccessibilityViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The page as it stands, audited by axe-core against WCAG 2.1 A and AA (labels, names, contrast, structure, ARIA).
 * Returns the serious and critical violations, each with the elements at fault.
 */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  // Evaluated, not added as a <script>: the console's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * The API as another application would call it, as a demo identity: to prepare what a screen must show, or to check
 * what it shows against the API's own answer. Throws on any error.
 */
export async function apiAs<T>(identity: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(inject('gatewayUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await signDevelopmentToken(DEMO_IDENTITIES[identity]!)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}… : ${JSON.stringify(body.errors)}`);
  return body.data!;
}
