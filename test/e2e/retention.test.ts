import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '@plie-hub/auth';
import { VUE_COPIL_QUERY } from '@plie-hub/gateway/copil-query';
import { DEMO_IDENTITIES, loadSubgraphs, startHub, type Hub } from '@plie-hub/hub';
import { purgeExpired, type PurgeReport } from '@plie-hub/kit';
import { gateway } from '../support/client';

/**
 * The purge runs on a hub of its own (embedded storage, demo data), since it rewrites what other test files read.
 * The reference day is far ahead, so that every parcours has ended long before it: what is kept is kept by a rule
 * (an FSE+ operation not yet settled, a PLIE's period), not by chance.
 */
const TODAY = '2100-01-01';
const token = (who: keyof typeof DEMO_IDENTITIES) => signDevelopmentToken(DEMO_IDENTITIES[who]!);

const FIGURES = /* GraphQL */ `
  query {
    marches(first: 100) { nodes { id bilan { heuresRealisees public { total femmes hommes moins26 de26a49 plus50 qpv } parPublic { critere personnes heures } } } }
    operations(first: 100) { nodes { id indicateursCommunsFse { code total femmes hommes } } }
  }
`;

let hub: Hub;
let targets: Parameters<typeof purgeExpired>[0];
const db = (name: string) => hub.subgraphs.find((s) => s.name === name)!.dataSource;

async function figures() {
  const admin = await token('admin');
  const plies = await gateway<{ plies: Array<{ code: string }> }>(admin, '{ plies { code } }', {}, {}, hub.gatewayUrl);
  const copil = await gateway(admin, VUE_COPIL_QUERY, { debut: '2015-01-01', fin: '2030-12-31', plies: plies.data!.plies.map((p) => p.code) }, {}, hub.gatewayUrl);
  const others = await gateway(admin, FIGURES, {}, {}, hub.gatewayUrl);
  expect(copil.errors).toBeUndefined();
  expect(others.errors).toBeUndefined();
  return { copil: copil.data, others: others.data };
}

const anonymisedCount = async () => {
  const [parcours] = await db('parcours').query('SELECT count(*)::int AS n FROM participant WHERE anonymise_le IS NOT NULL');
  const [clauses] = await db('clauses').query('SELECT count(*)::int AS n FROM personne_eligible WHERE anonymise_le IS NOT NULL');
  const [ft] = await db('prescriptions-france-travail').query('SELECT count(*)::int AS n FROM prescription WHERE anonymise_le IS NOT NULL');
  return parcours.n + clauses.n + ft.n;
};

beforeAll(async () => {
  hub = await startHub({ env: { PLIE_STORAGE: 'memory', LOG_LEVEL: 'error', PLIE_RATE_LIMIT_PER_MINUTE: '0' }, randomPorts: true, demoData: true });
  // The demo's Niort parcours (2017-2021) ended long ago; a running FSE+ operation is moved to Niort in 2019, so the
  // participants of that year are audit evidence.
  await hub.subgraphs.find((s) => s.name === 'financements')!.dataSource.query(
    "UPDATE operation SET plie_code = 'NIORT', debut = '2019-01-01', fin = '2019-12-31' WHERE id = (SELECT id FROM operation WHERE statut = 'EN_COURS' ORDER BY id LIMIT 1)",
  );
  const definitions = await loadSubgraphs();
  targets = hub.subgraphs.map((s) => ({ name: s.name, retention: definitions.find((d) => d.name === s.name)!.definition.retention, dataSource: s.dataSource }));
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

describe('retention and purge', () => {
  let dryRun: PurgeReport;
  let before: Awaited<ReturnType<typeof figures>>;
  let identities: Array<{ id: string; nom: string; prenoms: string; naissance: string }>;
  const AGES_AT_HIRING = "SELECT c.id, pe.id AS personne, to_char(pe.date_naissance, 'YYYY-MM-DD') AS naissance, date_part('year', age(c.debut, pe.date_naissance))::int AS age FROM contrat_clause c JOIN personne_eligible pe ON pe.id = c.personne_id ORDER BY c.id";
  let agesAtHiring: Array<{ id: string; personne: string; naissance: string; age: number }>;

  it('reports in a dry run what it would anonymise, and changes nothing', async () => {
    before = await figures();
    identities = await db('parcours').query("SELECT id, nom_naissance AS nom, prenoms, to_char(date_naissance, 'YYYY-MM-DD') AS naissance FROM participant");
    agesAtHiring = await db('clauses').query(AGES_AT_HIRING);
    dryRun = await purgeExpired(targets, { today: TODAY, dryRun: true });
    expect(dryRun.anonymised.parcours!.Participant).toBeGreaterThan(0);
    expect(dryRun.anonymised.clauses!.PersonneEligible).toBeGreaterThan(0);
    expect(dryRun.anonymised['prescriptions-france-travail']!.PrescriptionFranceTravail).toBeGreaterThan(0);
    expect(await anonymisedCount()).toBe(0);
    const [trail] = await db('parcours').query("SELECT count(*)::int AS n FROM audit_evenement WHERE operation = 'purge'");
    expect(trail.n).toBe(0);
  });

  it('anonymises exactly what the dry run reported, and every statistic counts the same after', async () => {
    const report = await purgeExpired(targets, { today: TODAY, dryRun: false });
    expect(report.anonymised).toEqual(dryRun.anonymised);
    // The report counts what the tables hold.
    const marked = async (subgraph: string, table: string) => (await db(subgraph).query(`SELECT count(*)::int AS n FROM ${table} WHERE anonymise_le IS NOT NULL`))[0].n;
    expect(await marked('parcours', 'participant')).toBe(report.anonymised.parcours!.Participant);
    expect(await marked('clauses', 'personne_eligible')).toBe(report.anonymised.clauses!.PersonneEligible);
    expect(await marked('prescriptions-departement', 'prescription')).toBe(report.anonymised['prescriptions-departement']!.PrescriptionDepartement);
    expect(await figures()).toEqual(before);
    // Nothing named is left of an anonymised participant, in this subgraph or in the clauses one.
    const named = await db('parcours').query("SELECT count(*)::int AS n FROM participant WHERE anonymise_le IS NOT NULL AND (nom_naissance <> 'ANONYME' OR cle_rapprochement IS NOT NULL)");
    expect(named[0].n).toBe(0);
    const clauses = await db('clauses').query("SELECT count(*)::int AS n FROM personne_eligible WHERE anonymise_le IS NOT NULL AND (cle_rapprochement IS NOT NULL OR justificatif <> 'Anonymisé')");
    expect(clauses[0].n).toBe(0);
    const [trail] = await db('parcours').query("SELECT champs FROM audit_evenement WHERE operation = 'purge' AND entite = 'Participant'");
    expect(trail.champs).toBe(`anonymises:${report.anonymised.parcours!.Participant}`);
    // Every contract's holder has the same age at hiring as before, though the birth dates are no longer the real ones.
    const agesAfter: typeof agesAtHiring = await db('clauses').query(AGES_AT_HIRING);
    expect(agesAfter.map(({ id, age }) => ({ id, age }))).toEqual(agesAtHiring.map(({ id, age }) => ({ id, age })));
    const [{ ids }] = await db('clauses').query('SELECT array_agg(id) AS ids FROM personne_eligible WHERE anonymise_le IS NOT NULL');
    const changed = agesAfter.filter((row, i) => ids.includes(row.personne) && row.naissance !== agesAtHiring[i]!.naissance);
    expect(changed.length).toBeGreaterThan(0);
    // A second purge on the same day has nothing left to do.
    const again = await purgeExpired(targets, { today: TODAY, dryRun: true });
    expect(again.anonymised.parcours!.Participant).toBe(0);
  });

  it('keeps the participants of an FSE+ operation whose audit period has not ended', async () => {
    const open: Array<{ plie_code: string; debut: string; fin: string }> = await db('financements').query(
      "SELECT plie_code, to_char(debut, 'YYYY-MM-DD') AS debut, to_char(fin, 'YYYY-MM-DD') AS fin FROM operation WHERE statut IN ('CONVENTIONNEE', 'EN_COURS')",
    );
    expect(open.length).toBeGreaterThan(0);
    const covered = await db('parcours').query(
      `SELECT count(DISTINCT p.id)::int AS total, count(DISTINCT p.id) FILTER (WHERE p.anonymise_le IS NOT NULL)::int AS anonymised
         FROM participant p JOIN parcours pa ON pa.participant_id = p.id
         JOIN unnest($1::text[], $2::date[], $3::date[]) AS o(plie_code, debut, fin)
           ON o.plie_code = pa.plie_code AND o.debut <= pa.date_sortie AND o.fin >= pa.date_entree`,
      [open.map((o) => o.plie_code), open.map((o) => o.debut), open.map((o) => o.fin)],
    );
    expect(covered[0].total).toBeGreaterThan(0);
    expect(covered[0].anonymised).toBe(0);
  });

  it('leaves nothing for a right-of-access request about an anonymised person', async () => {
    const [gone] = await db('parcours').query('SELECT id FROM participant WHERE anonymise_le IS NOT NULL LIMIT 1');
    const person = identities.find((p) => p.id === gone.id)!;
    const response = await fetch(hub.gatewayUrl.replace('/graphql', '/exports/droit-acces'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token('dpo')}` },
      body: JSON.stringify({ identite: { nomNaissance: person.nom, prenoms: person.prenoms, dateNaissance: person.naissance }, format: 'json' }),
    });
    const document = (await response.json()) as { donnees: { participations: unknown[] } };
    expect(response.status).toBe(200);
    expect(document.donnees.participations).toEqual([]);
  });

  it('lets an administrator set a PLIE’s periods, within bounds, in French', async () => {
    const admin = await token('admin');
    const mutation = 'mutation ($input: ConservationPlieInput!) { definirConservationPlie(code: "NIORT", input: $input) { code conservation { apresParcoursMois apresControleFseMois } } }';
    const refused = await gateway(admin, mutation, { input: { apresParcoursMois: 3, apresControleFseMois: 0 } }, {}, hub.gatewayUrl);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.errors?.[0]?.message).toContain('La durée de conservation après le parcours');
    const set = await gateway<{ definirConservationPlie: unknown }>(admin, mutation, { input: { apresParcoursMois: 36, apresControleFseMois: 12 } }, {}, hub.gatewayUrl);
    expect(set.data?.definirConservationPlie).toEqual({ code: 'NIORT', conservation: { apresParcoursMois: 36, apresControleFseMois: 12 } });
    const other = await gateway(await token('coordination'), mutation, { input: { apresParcoursMois: 36, apresControleFseMois: 12 } }, {}, hub.gatewayUrl);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
