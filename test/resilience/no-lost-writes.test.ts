import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '@plie-hub/auth';
import { franceTravailCsv } from '@plie-hub/bench';
import { withSiretKey } from '@plie-hub/kit';
import { tokenFor } from '../support/client';
import { post, startTopology, type Topology } from './support/topology';

/** Kill delays come from a seed printed with the run, so a failure can be replayed (PLIE_RESILIENCE_SEED). */
const seed = Number(process.env.PLIE_RESILIENCE_SEED ?? Date.now() % 100_000);
let state = seed;
const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
console.log(`resilience seed: ${seed}`);

const ROWS = 4_000;
const IMPORT = /* GraphQL */ `mutation ($f: String!) { r: importerPrescriptionsFranceTravail(contenuBase64: $f) { creees dejaImportees rejetees { ligne } } }`;

describe('a subgraph killed in the middle of a write', () => {
  let hub: Topology;
  beforeAll(async () => {
    hub = await startTopology();
  });
  afterAll(() => hub?.close());

  const fiches = async () => Number((await hub.sql<{ n: string }>('prescriptions-france-travail', 'SELECT count(*) AS n FROM prescriptions_france_travail.prescription'))[0]!.n);

  it('keeps all or nothing of a bulk import, and a retry of the same file completes it exactly once', async () => {
    const token = await tokenFor('prescripteur-france-travail');
    // How long an import takes when nothing goes wrong: kills are drawn from 20 % to 120 % of it, before and
    // after the commit.
    const started = performance.now();
    const calibration = await post<{ r: { creees: number } }>(hub.gatewayUrl, token, IMPORT, { f: franceTravailCsv(ROWS, `calibration-${seed}`).toString('base64') }, 60_000);
    expect(calibration.data!.r.creees).toBe(ROWS);
    const duration = performance.now() - started;
    for (let round = 0; round < 3; round += 1) {
      const file = franceTravailCsv(ROWS, `kill-${seed}-${round}`).toString('base64');
      const before = await fiches();
      const delay = Math.round(duration * (0.2 + random()));
      const [answer] = await Promise.all([
        post<{ r: { creees: number } }>(hub.gatewayUrl, token, IMPORT, { f: file }, 60_000),
        new Promise((resolve) => setTimeout(resolve, delay)).then(() => hub.kill('prescriptions-france-travail', 'SIGKILL')),
      ]);
      await hub.restart('prescriptions-france-travail');
      const written = (await fiches()) - before;
      console.log(`import round ${round}: killed after ${delay} ms, ${written === 0 ? 'nothing' : 'everything'} written`);
      expect([0, ROWS], `round ${round}: killed after ${delay} ms, ${written} rows written`).toContain(written);
      if (answer.data?.r) expect(written).toBe(ROWS);
      else expect(answer.errors?.[0]?.extensions?.serviceName).toBe('prescriptions-france-travail');

      // The prescriber, unsure, sends the file again: each row's content is its idempotency key.
      const retry = await post<{ r: { creees: number; dejaImportees: number } }>(hub.gatewayUrl, token, IMPORT, { f: file }, 60_000);
      expect(retry.errors).toBeUndefined();
      expect(retry.data!.r.creees + retry.data!.r.dejaImportees).toBe(ROWS);
      expect(retry.data!.r.creees).toBe(ROWS - written);
      expect((await fiches()) - before).toBe(ROWS);
    }
  });

  it('leaves a plan de financement either as it was or as sent, never half-replaced', async () => {
    const gestionnaire: Caller = { sub: `gestion-${seed}`, org: { type: 'ORGANISME_INTERMEDIAIRE', id: 'agape' }, roles: ['GESTIONNAIRE_FSE'], plies: ['NIORT'] };
    const token = await tokenFor(gestionnaire);
    const appel = await post<{ a: { id: string } }>(hub.gatewayUrl, token, `mutation ($i: AppelAProjetsInput!) { a: creerAppelAProjets(input: $i) { id } }`, {
      i: {
        numero: `AAP-R-${seed}`, annee: 2026, organismeIntermediaire: 'AGAPE', dateLimite: '2025-11-30',
        fiches: [{ numero: 'N°1', titre: 'Accompagnement renforcé', plieCode: 'NIORT', debut: '2019-01-01', fin: '2026-12-31', fseMaximum: '37000.00', tauxFseMaximum: 60, publicCible: 'Participants du PLIE' }],
      },
    });
    const fiche = await post<{ f: Array<{ id: string }> }>(hub.gatewayUrl, token, `query ($a: ID!) { f: fichesOperation(appelId: $a) { id } }`, { a: appel.data!.a.id });
    const op = await post<{ o: { id: string; version: number } }>(hub.gatewayUrl, token, `mutation ($i: DeposerOperationInput!) { o: deposerOperation(input: $i) { id version } }`, {
      i: { ficheId: fiche.data!.f[0]!.id, intitule: `Opération ${seed}`, porteur: { siret: withSiretKey('4123456780001'), nom: 'Association porteuse' }, debut: '2019-01-01', fin: '2019-12-31' },
    });
    const operationId = op.data!.o.id;
    // n staff lines of 100.00, 20 % indirect costs: total 120 × n, FSE+ at 50 %.
    const plan = (n: number) => ({
      annee: 2019, optionCode: 'OCS-20-HORS-PRESTATIONS',
      lignes: Array.from({ length: n }, (_, i) => ({ categorie: 'PERSONNEL', libelle: `Poste ${i + 1}`, montant: '100.00', etp: 0.1 })),
      ressources: [{ financeur: 'FSE', montant: `${60 * n}.00` }, { financeur: 'EPCI_COMMUNE', montant: `${60 * n}.00` }],
    });
    const SAVE = `mutation ($id: ID!, $v: Int!, $i: PlanFinancementInput!) { o: enregistrerPlanFinancement(operationId: $id, version: $v, input: $i) { version } }`;
    const READ = `query ($id: ID!) { o: operation(id: $id) { version plans { annee lignes { montant } calcule { coutTotal } } } }`;
    const started = performance.now();
    const first = await post<{ o: { version: number } }>(hub.gatewayUrl, token, SAVE, { id: operationId, v: op.data!.o.version, i: plan(40) });
    expect(first.errors).toBeUndefined();
    const duration = performance.now() - started;

    let sizes = [40];
    for (let round = 0; round < 3; round += 1) {
      const current = await post<{ o: { version: number; plans: Array<{ lignes: unknown[] }> } }>(hub.gatewayUrl, token, READ, { id: operationId });
      const next = 40 + 40 * (round + 1);
      const delay = Math.round(duration * (0.2 + random()));
      await Promise.all([
        post(hub.gatewayUrl, token, SAVE, { id: operationId, v: current.data!.o.version, i: plan(next) }, 30_000),
        new Promise((resolve) => setTimeout(resolve, delay)).then(() => hub.kill('financements', 'SIGKILL')),
      ]);
      await hub.restart('financements');
      const after = await post<{ o: { version: number; plans: Array<{ lignes: unknown[]; calcule: { coutTotal: string } }> } }>(hub.gatewayUrl, token, READ, { id: operationId });
      expect(after.data!.o.plans).toHaveLength(1);
      const [saved] = after.data!.o.plans;
      const size = saved!.lignes.length;
      console.log(`plan round ${round}: killed after ${delay} ms, plan of ${size === next ? 'the update' : 'before'} kept`);
      expect([...sizes.slice(-1), next], `round ${round}: killed after ${delay} ms`).toContain(size);
      expect(saved!.calcule.coutTotal).toBe(`${120 * size}.00`);
      expect(after.data!.o.version).toBe(current.data!.o.version + (size === next ? 1 : 0));
      sizes = [...sizes, size];
    }
  });
});
