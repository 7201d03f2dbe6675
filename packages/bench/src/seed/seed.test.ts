import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { DEVELOPMENT_MATCH_KEY, personMatchKey, signDevelopmentToken } from '@plie-hub/auth';
import { VUE_COPIL_QUERY } from '@plie-hub/gateway/copil-query';
import { DEMO_IDENTITIES, loadSubgraphs, startHub, TEMPLATE_CACHE_DIR, type Hub } from '@plie-hub/hub';
import { createLogger } from '@plie-hub/kit';
import { migrate, migratedTemplates, openDataSource, schemaNameOf } from '@plie-hub/storage';
// The rules the data must satisfy, from the subgraphs themselves (read-only use).
import { NATIONAL } from '../../../../subgraphs/parcours/src/sortie/rule-sets';
import { computeSortie, type SituationSortie } from '../../../../subgraphs/parcours/src/sortie/sortie-rules';
import { SORTIES } from './parcours';
import { seedScale, type SeedReport, type SeedTarget } from './seed-scale';
import { volumesFor } from './volumes';

/**
 * The generator at a small scale, twice, on two fresh embedded databases with the demo data set: the row counts are
 * the scale's, the two runs write the same rows, the data follows the business rules, and hub queries answer on it.
 */
const SCALE = 0.02;
const SEED = 7;
const log = createLogger('seed-test', 'error');

let hub: Hub;
let second: SeedTarget[] = [];
let report: SeedReport;
let again: SeedReport;
const before = new Map<string, number>();
const after = new Map<string, number>();

async function tableCounts(targets: SeedTarget[], into: Map<string, number>) {
  for (const { name, dataSource } of targets) {
    const tables: Array<{ table_name: string }> = await dataSource.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'", [schemaNameOf(name)]);
    for (const { table_name } of tables) {
      const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}"`);
      into.set(`${name}.${table_name}`, row.n);
    }
  }
}

/** Ordered rows of a table, without the instants the demo seeds take from the clock. */
async function tableHash(dataSource: DataSource, table: string): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS h FROM (SELECT (to_jsonb(t) - 'cree_le' - 'modifie_le')::text AS r FROM "${table}" t) x`,
  );
  return row.h;
}

const target = (targets: SeedTarget[], name: string) => targets.find((t) => t.name === name)!.dataSource;
const hubTargets = () => hub.subgraphs.map((s) => ({ name: s.name, dataSource: s.dataSource }));

async function ask<T = Record<string, any>>(who: keyof typeof DEMO_IDENTITIES, query: string, variables: Record<string, unknown> = {}) {
  const token = await signDevelopmentToken(DEMO_IDENTITIES[who]!);
  const response = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}

beforeAll(async () => {
  hub = await startHub({ env: { PLIE_STORAGE: 'memory', LOG_LEVEL: 'error', PLIE_RATE_LIMIT_PER_MINUTE: '0' }, randomPorts: true, demoData: true });
  await tableCounts(hubTargets(), before);
  report = await seedScale(hubTargets(), { scale: SCALE, seed: SEED, matchKey: DEVELOPMENT_MATCH_KEY });
  await tableCounts(hubTargets(), after);

  // The second run: six fresh in-memory databases, migrated, with the demo data set, as the CLI opens them.
  const definitions = await loadSubgraphs();
  const templates = await migratedTemplates(
    definitions.map((s) => ({ schema: schemaNameOf(s.name), entities: s.definition.entities, migrations: s.definition.migrations })),
    { cacheDir: TEMPLATE_CACHE_DIR, log },
  );
  for (const { name, definition } of definitions) {
    const schema = schemaNameOf(name);
    const dataSource = await openDataSource({ target: { kind: 'embedded', dataDir: null, schema }, entities: definition.entities, migrations: definition.migrations, log, template: templates.get(schema) });
    second.push({ name, dataSource });
    await migrate(dataSource, schema);
    await definition.seedDemo?.(dataSource, { log, settings: { matchKey: DEVELOPMENT_MATCH_KEY } });
  }
  again = await seedScale(second, { scale: SCALE, seed: SEED, matchKey: DEVELOPMENT_MATCH_KEY });
}, 120_000);

afterAll(async () => {
  await hub?.stop();
  for (const { dataSource } of second) await dataSource.destroy().catch(() => {});
});

describe('seed generator', () => {
  it('writes the volumes of the scale, and exactly the rows it reports', () => {
    const v = volumesFor(SCALE);
    const rows = (subgraph: string, table: string) => report.tables.find((t) => t.subgraph === subgraph && t.table === table)!.rows;
    const prescriptions = ['prescriptions-france-travail', 'prescriptions-departement', 'prescriptions-mission-locale'].reduce((sum, s) => sum + rows(s, 'prescription'), 0);
    expect({
      prescriptions,
      participants: rows('parcours', 'participant'),
      parcours: rows('parcours', 'parcours'),
      etapes: rows('parcours', 'etape'),
      entretiens: rows('parcours', 'entretien'),
      marches: rows('clauses', 'marche'),
      lots: rows('clauses', 'lot'),
      contrats: rows('clauses', 'contrat_clause'),
      heures: rows('clauses', 'heures_insertion'),
      operations: rows('financements', 'operation'),
      plans: rows('financements', 'plan_financement'),
    }).toEqual({ prescriptions: 300, participants: 120, parcours: 120, etapes: 1200, entretiens: 2000, marches: 8, lots: 30, contrats: 60, heures: 720, operations: 6, plans: 6 });
    expect(v.prescriptions).toBe(300);
    for (const { subgraph, table, rows: n } of report.tables) {
      expect({ table: `${subgraph}.${table}`, added: after.get(`${subgraph}.${table}`)! - before.get(`${subgraph}.${table}`)! }).toEqual({ table: `${subgraph}.${table}`, added: n });
    }
  });

  it('writes the same rows for the same scale and seed', async () => {
    expect(again.digest).toBe(report.digest);
    expect(again.tables).toEqual(report.tables);
    const tables: Array<[string, string]> = [
      ['prescriptions-france-travail', 'prescription'],
      ['prescriptions-mission-locale', 'prescription'],
      ['parcours', 'participant'],
      ['parcours', 'entretien'],
      ['parcours', 'decision'],
      ['parcours', 'sortie'],
      ['clauses', 'contrat_clause'],
      ['clauses', 'heures_insertion'],
      ['financements', 'ressource'],
    ];
    for (const [subgraph, table] of tables) {
      expect({ table, hash: await tableHash(target(second, subgraph), table) }).toEqual({ table, hash: await tableHash(target(hubTargets(), subgraph), table) });
    }
  });

  it('refuses to run twice on the same databases', async () => {
    await expect(seedScale(hubTargets(), { scale: SCALE, seed: SEED + 1, matchKey: DEVELOPMENT_MATCH_KEY })).rejects.toThrow(/déjà des données générées/);
  });

  it('follows the business rules the queries rely on', async () => {
    // Exit categories as the NATIONAL rule set computes them, in the catalogue and in every stored exit.
    for (const exit of SORTIES) expect(computeSortie(NATIONAL, exit.situation as unknown as SituationSortie)).toMatchObject({ categorie: exit.categorie, sousType: exit.sousType });
    const parcours = target(hubTargets(), 'parcours');
    const sorties: Array<{ situation: SituationSortie; categorie_calculee: string; sous_type_calcule: string }> = await parcours.query("SELECT situation, categorie_calculee, sous_type_calcule FROM sortie WHERE regle_set = 'NATIONAL'");
    expect(sorties.length).toBeGreaterThan(0);
    for (const s of sorties) expect(computeSortie(NATIONAL, s.situation)).toMatchObject({ categorie: s.categorie_calculee, sousType: s.sous_type_calcule });

    // Decisions reference real fiches of their partner; admitted fiches carry their parcours, their person's match key.
    for (const [partenaire, subgraph] of [['FRANCE_TRAVAIL', 'prescriptions-france-travail'], ['DEPARTEMENT', 'prescriptions-departement'], ['MISSION_LOCALE', 'prescriptions-mission-locale']] as const) {
      const decisions: Array<{ prescription_id: string; statut: string; cle: string | null }> = await parcours.query(
        `SELECT d.prescription_id, d.statut, p.cle_rapprochement AS cle FROM decision d LEFT JOIN parcours pa ON pa.id = d.parcours_id LEFT JOIN participant p ON p.id = pa.participant_id
          WHERE d.partenaire = $1 AND d.auteur_sub LIKE 'gen-%'`,
        [partenaire],
      );
      const fiches: Array<{ id: string; statut: string; cle_rapprochement: string; transmise_le: Date | null }> = await target(hubTargets(), subgraph).query(
        'SELECT id, statut, cle_rapprochement, transmise_le FROM prescription WHERE id = ANY ($1::uuid[])',
        [decisions.map((d) => d.prescription_id)],
      );
      const byId = new Map(fiches.map((f) => [f.id, f]));
      for (const d of decisions) {
        const fiche = byId.get(d.prescription_id);
        expect(fiche?.statut).toBe('TRANSMISE');
        if (d.statut === 'ADMIS') expect(d.cle).toBe(fiche!.cle_rapprochement);
      }
    }
    const people: Array<{ nom_naissance: string; prenoms: string; date_naissance: string; cle_rapprochement: string }> = await parcours.query('SELECT nom_naissance, prenoms, date_naissance, cle_rapprochement FROM participant');
    for (const p of people) expect(p.cle_rapprochement).toBe(personMatchKey(DEVELOPMENT_MATCH_KEY, { nomNaissance: p.nom_naissance, prenoms: p.prenoms, dateNaissance: p.date_naissance }));
    // Dates in order, one open référent assignment per running parcours (the demo's Niort history has none).
    const [order] = await parcours.query(
      `SELECT count(*) FILTER (WHERE pa.date_sortie < pa.date_entree OR pa.mesure_fin < pa.date_entree)::int AS parcours,
              (SELECT count(*) FROM entretien e JOIN parcours x ON x.id = e.parcours_id WHERE e.date < x.date_entree OR e.date > coalesce(x.date_sortie, current_date))::int AS entretiens,
              (SELECT count(*) FROM parcours x WHERE x.statut IN ('ACTIF', 'EN_VEILLE') AND x.plie_code <> 'NIORT'
                AND (SELECT count(*) FROM affectation_referent a WHERE a.parcours_id = x.id AND a.au IS NULL) <> 1)::int AS affectations
         FROM parcours pa`,
    );
    expect(order).toEqual({ parcours: 0, entretiens: 0, affectations: 0 });

    // Monthly hours within the contract and 10 hours a day.
    const [heures] = await target(hubTargets(), 'clauses').query(
      `SELECT count(*)::int AS n FROM heures_insertion h JOIN contrat_clause c ON c.id = h.contrat_id
        WHERE h.heures_travail + h.heures_formation >
              10 * (least(coalesce(c.fin, (h.mois + interval '1 month - 1 day')::date), (h.mois + interval '1 month - 1 day')::date) - greatest(c.debut, h.mois) + 1)`,
    );
    expect(heures.n).toBe(0);

    // Plans balanced to the cent (indirect costs as the financements subgraph computes them), FSE+ within the fiche.
    const [plans] = await target(hubTargets(), 'financements').query(
      `WITH p AS (
         SELECT pf.id, f.fse_maximum, f.taux_fse_maximum,
                (SELECT sum(montant) FROM ligne_depense l WHERE l.plan_id = pf.id)
                  + coalesce(round((SELECT coalesce(sum(montant), 0) FROM ligne_depense l WHERE l.plan_id = pf.id AND l.categorie = ANY (oc.base)) * oc.taux / 100, 2), 0) AS cout,
                (SELECT sum(montant) FROM ressource r WHERE r.plan_id = pf.id) AS ressources,
                (SELECT coalesce(sum(montant), 0) FROM ressource r WHERE r.plan_id = pf.id AND r.financeur = 'FSE') AS fse
           FROM plan_financement pf JOIN operation o ON o.id = pf.operation_id JOIN fiche_operation f ON f.id = o.fiche_id
           LEFT JOIN option_couts_simplifies oc ON oc.id = pf.option_id)
       SELECT count(*)::int AS plans, count(*) FILTER (WHERE cout <> ressources OR fse > fse_maximum OR fse * 100 > cout * taux_fse_maximum)::int AS broken FROM p`,
    );
    expect(plans.plans).toBeGreaterThan(0);
    expect(plans.broken).toBe(0);
  });

  it('gives the hub data to answer with: COPIL view, caseload, prescriber list, clause bilans', async () => {
    const copil = await ask('copil', VUE_COPIL_QUERY, { debut: '2024-01-01', fin: '2026-11-30', organismeIntermediaire: 'AGAPE' });
    expect(copil.errors).toBeUndefined();
    const vue = copil.data!.vueCopil;
    expect(vue.parcours.entrees.total.valeur).toBeGreaterThan(50);
    expect(vue.parcours.sorties.valeur).toBeGreaterThan(10);
    expect(vue.clauses.heuresRealisees).toBeGreaterThan(0);
    expect(vue.financements.nombreOperations).toBeGreaterThan(0);

    const caseload = await ask('referent', '{ fileActive(first: 100) { totalCount nodes { id etapeEnCours { type } entretiens { date } alertes participant { heuresClauses { heuresTotales } } } } }');
    expect(caseload.errors).toBeUndefined();
    expect(caseload.data!.fileActive.totalCount).toBeGreaterThan(40);

    const fiches = await ask('prescripteur-france-travail', '{ prescriptionsFranceTravail(first: 100) { nodes { id decisionPlie { statut } suiteParcours { statutParcours categorieSortie } } } }');
    expect(fiches.errors).toBeUndefined();
    expect(fiches.data!.prescriptionsFranceTravail.nodes.some((n: { decisionPlie: unknown }) => n.decisionPlie)).toBe(true);

    const marches = await ask('facilitateur', '{ marches(first: 20) { nodes { reference bilan { heuresEngagees heuresRealisees tauxRealisation } } } }');
    expect(marches.errors).toBeUndefined();
    expect(marches.data!.marches.nodes.some((m: { bilan: { heuresRealisees: number } }) => m.bilan.heuresRealisees > 0)).toBe(true);
  });
});
