import ExcelJS from 'exceljs';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@plie-hub/auth';
import { encodePerimetre } from '@plie-hub/kit';
import { codeOf, gateway, startGateway, subgraph, tokenFor } from '../support/client';
import { PERSONAL_TYPES, publicSchema, walk } from '../support/schema-walk';

const niort: Caller = { sub: 'copil-niort', org: { type: 'FINANCEUR', id: 'cd79' }, roles: ['COPIL'], plies: ['NIORT'] };
const E = `{ valeur masque }`;
const VIEW = /* GraphQL */ `
  query ($debut: Date!, $fin: Date!, $plies: [ID!], $oi: String) {
    vueCopil(debut: $debut, fin: $fin, plies: $plies, organismeIntermediaire: $oi) {
      plies debut fin seuilMasquage personnesAccompagnees
      prescriptionsRecuesFranceTravail ${E}
      parcours { prescriptionsExaminees ${E} tauxIntegration ${E} entrees { total ${E} femmes ${E} hommes ${E} moins26 ${E} } fileActive { total ${E} }
        sorties ${E} sortiesPositives { total ${E} } tauxSortiesPositives ${E} objectifParticipants { cible realise ecart } objectifSortiesPositives { cible realise ecart } }
      clauses { heuresEngagees heuresRealisees contrats ${E} }
      financements { fseProgramme coutTotalProgramme coutParParticipant }
      precedente { debut fin parcours { entrees { total ${E} } } }
    }
  }
`;

interface View {
  plies: string[];
  debut: string;
  fin: string;
  seuilMasquage: number;
  personnesAccompagnees: number;
  parcours: Record<string, unknown> & {
    entrees: { total: { valeur: number | null; masque: boolean }; femmes: { valeur: number | null; masque: boolean }; hommes: { valeur: number | null; masque: boolean } };
    tauxIntegration: { valeur: number | null; masque: boolean };
    tauxSortiesPositives: { valeur: number | null; masque: boolean };
    objectifParticipants: { cible: number; realise: number; ecart: number } | null;
  } | null;
  clauses: { heuresEngagees: number; heuresRealisees: number } | null;
  financements: { fseProgramme: string; coutTotalProgramme: string; coutParParticipant: string | null } | null;
  precedente: { debut: string; fin: string };
}

async function view(token: string, variables: Record<string, unknown>, url?: string) {
  return gateway<{ vueCopil: View }>(token, VIEW, variables, {}, url);
}

describe('the consolidated COPIL view', () => {
  it('reproduces the Niort 2018-2021 evaluation, with the previous period alongside', async () => {
    const response = await view(await tokenFor(niort), { debut: '2018-01-01', fin: '2021-12-31', plies: ['NIORT'] });
    expect(response.errors).toBeUndefined();
    const v = response.data!.vueCopil;
    expect(v.parcours!.entrees.total.valeur).toBe(697);
    expect(v.parcours!.tauxIntegration.valeur).toBe(65.1);
    expect(v.parcours!.tauxSortiesPositives.valeur).toBe(40);
    expect(v.precedente).toMatchObject({ debut: '2014-01-01', fin: '2017-12-31' });
    const year = await view(await tokenFor(niort), { debut: '2021-01-01', fin: '2021-12-31', plies: ['NIORT'] });
    expect(year.data!.vueCopil.parcours!.objectifParticipants).toMatchObject({ cible: 350 });
  });

  it('computes a view and its previous period together, each as it would be alone, in the statements of one', async () => {
    const copil: Caller = { sub: 'copil-gironde', org: { type: 'FINANCEUR', id: 'cd33' }, roles: ['COPIL'], plies: ['BORDEAUX', 'GRAVES'] };
    const ids = ['2025', '2024'].map((year) => encodePerimetre({ plies: ['BORDEAUX', 'GRAVES'], debut: `${year}-01-01`, fin: `${year}-12-31`, seuil: 5 }));
    const parts: Record<string, string> = {
      parcours: `personnesAccompagnees parcours { entrees { total ${E} femmes ${E} } fileActive { total ${E} } sorties ${E} prescriptionsExaminees ${E} objectifParticipants { cible } }`,
      clauses: `clauses { nombreMarches heuresEngagees heuresRealisees contrats ${E} public { total ${E} qpv ${E} } }`,
      'prescriptions-france-travail': `prescriptionsRecuesFranceTravail ${E}`,
    };
    for (const [name, selection] of Object.entries(parts)) {
      const entities = (representations: string[]) =>
        subgraph<{ _entities: unknown[] }>(name, copil, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on VueCopil { ${selection} } } }`, {
          r: representations.map((id) => ({ __typename: 'VueCopil', id })),
        });
      const [both, first, second] = [await entities(ids), await entities([ids[0]!]), await entities([ids[1]!])];
      expect(both.errors, name).toBeUndefined();
      expect(both.data!._entities, name).toEqual([first.data!._entities[0], second.data!._entities[0]]);
      expect(both.data!._entities[0], name).not.toEqual(both.data!._entities[1]);
      expect(both.extensions!.sqlQueries, name).toBe(first.extensions!.sqlQueries);
    }
  });

  it('consolidates PLIEs by summing counts and recomputing rates from the sums', async () => {
    const token = await tokenFor('copil');
    const period = { debut: '2025-01-01', fin: '2025-12-31' };
    const [bordeaux, agenais, both] = await Promise.all([
      view(token, { ...period, plies: ['BORDEAUX'] }),
      view(token, { ...period, plies: ['AGENAIS'] }),
      view(token, { ...period, plies: ['BORDEAUX', 'AGENAIS'] }),
    ]);
    const [b, a, s] = [bordeaux, agenais, both].map((r) => r.data!.vueCopil);
    expect(s!.plies).toEqual(['AGENAIS', 'BORDEAUX']);
    expect(s!.clauses!.heuresEngagees).toBe(a!.clauses!.heuresEngagees + b!.clauses!.heuresEngagees);
    expect(Number(s!.financements!.fseProgramme)).toBe(Number(a!.financements!.fseProgramme) + Number(b!.financements!.fseProgramme));
    const oi = await view(token, { ...period, oi: 'AGAPE' });
    expect(oi.data!.vueCopil.plies).toHaveLength(11);
  });

  it('masks small counts, a complementary cell, and the rates built on them', async () => {
    // A single week of Bordeaux: a handful of entries at most.
    const response = await view(await tokenFor('copil'), { debut: '2026-01-05', fin: '2026-01-11', plies: ['BORDEAUX'] });
    const entrees = response.data!.vueCopil.parcours!.entrees;
    const total = entrees.total;
    if (total.valeur === 0) return;
    expect(total).toEqual({ valeur: null, masque: true });
    expect(entrees.femmes.masque && entrees.hommes.masque).toBe(true);
  });

  it('answers with the other parts and names the subgraph that is down', async () => {
    const broken = await startGateway({ CLAUSES_URL: 'http://127.0.0.1:9/graphql', PLIE_UPSTREAM_TIMEOUT_MS: '2000' });
    try {
      const response = await view(await tokenFor(niort), { debut: '2021-01-01', fin: '2021-12-31', plies: ['NIORT'] }, broken.url);
      expect(response.data!.vueCopil.clauses).toBeNull();
      expect(response.data!.vueCopil.parcours!.entrees.total.valeur).toBe(161);
      const error = response.errors!.find((e) => e.extensions?.serviceName === 'clauses')!;
      expect(error.extensions!.code).toBe('SUBGRAPH_UNAVAILABLE');
      expect(error.message).toContain('« clauses »');
      expect(JSON.stringify(response.errors)).not.toContain('representations');

      // The export still gives the other parts, and says in a header which part is missing.
      const csv = await fetch(`${broken.url.replace('/graphql', '')}/exports/vue-copil?debut=2021-01-01&fin=2021-12-31&plies=NIORT&format=csv`, { headers: { authorization: `Bearer ${await tokenFor(niort)}` } });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('x-plie-parties-manquantes')).toBe('clauses');
      expect(await csv.text()).toContain('Parcours;Entrées — total;161;');
    } finally {
      await broken.close();
    }
  });

  it('exports the same figures in XLSX and CSV', async () => {
    const token = await tokenFor(niort);
    const base = inject('gatewayUrl').replace('/graphql', '');
    const query = 'debut=2021-01-01&fin=2021-12-31&plies=NIORT';
    const xlsx = await fetch(`${base}/exports/vue-copil?${query}&format=xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain('vue-copil-2021-01-01-2021-12-31.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Couverture', 'Prescriptions', 'Parcours', 'Sorties', 'Clauses', 'Financements', 'Séries']);
    const parcours = workbook.getWorksheet('Parcours')!;
    const value = (label: string) => parcours.getRows(1, parcours.rowCount)!.find((r) => r.getCell(1).value === label)?.getCell(2).value;
    expect(value('Entrées — total')).toBe(161);
    expect(value('Taux de sorties positives (%)')).toBe((await view(token, { debut: '2021-01-01', fin: '2021-12-31', plies: ['NIORT'] })).data!.vueCopil.parcours!.tauxSortiesPositives.valeur);
    const cover = workbook.getWorksheet('Couverture')!;
    expect(cover.getRows(1, cover.rowCount)!.find((r) => r.getCell(1).value === 'Seuil de masquage')!.getCell(2).value).toBe(5);
    const csv = await (await fetch(`${base}/exports/vue-copil?${query}&format=csv`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(csv).toContain('Parcours;Entrées — total;161;');
    const refused = await fetch(`${base}/exports/vue-copil?debut=2021-01-01&fin=2021-12-31&plies=BORDEAUX&format=csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(403);
  });
});

describe('anonymous by construction', () => {
  it('reaches no personal type from the COPIL view', () => {
    const reached = walk(publicSchema(), 'vueCopil', { debut: '2025-01-01', fin: '2025-12-31', plies: ['BORDEAUX'] }, 4).map((f) => f.type);
    expect(reached.filter((type) => PERSONAL_TYPES.has(type))).toEqual([]);
  });

  it('refuses every field of a PLIE that leads to a named record, for a COPIL member', async () => {
    const token = await tokenFor('copil');
    const fields = walk(publicSchema(), 'plie', { code: 'BORDEAUX' }, 2).filter((f) => PERSONAL_TYPES.has(f.type) || f.path.split('.').length === 1);
    const leaks: string[] = [];
    for (const field of fields) {
      const response = await gateway<Record<string, unknown>>(token, field.query, field.variables);
      const data = JSON.stringify(response.data ?? {});
      const personal = PERSONAL_TYPES.has(field.type) || [...PERSONAL_TYPES].some((type) => data.includes(`"__typename":"${type}"`));
      if (personal && data.includes('__typename') && codeOf(response) !== 'FORBIDDEN') leaks.push(field.path);
    }
    expect(leaks).toEqual([]);
  });
});
