import { DEMO_PLIES } from '@plie-hub/demo';
import type { DataSource } from 'typeorm';
import { PARTNERS, type Organisation, type Volumes } from './volumes';
import { dayOf, Random } from './util';

/**
 * The fixed day the data set is built around ("today" for the generator): entries run over the four years before it,
 * nothing is dated after it. Fixed, so that the same scale and seed give the same rows whatever the day of the run.
 */
export const REFERENCE_DATE = '2026-11-30';

export interface ReferentRef {
  id: string;
  plieCode: string;
  etp: number;
  sub: string | null;
}

export interface PlieRef {
  code: string;
  nom: string;
  /** Share of the volume: the PLIE's FSE+ ceiling of the AAP 2024 (Bordeaux and Technowest are the largest). */
  weight: number;
  communes: string[];
  /** Share of participants living in a rural area. */
  rural: number;
  structurePorteuseId: string;
  structurePorteuseNom: string;
  referents: ReferentRef[];
  /** Per partner: the prescribing structure on this territory and the agreed delay before a fiche expires. */
  prescription: Record<Organisation, { structureId: string; delaiExpirationJours: number }>;
  donneurs: string[];
  tauxFseMaximum: string;
}

export interface FinancementsRef {
  options: Array<{ id: string; code: string; taux: number; base: string[]; remplaceAutresCouts: boolean }>;
  appels: Map<string, { id: string; annee: number }>;
  /** `appelId|plieCode|numero` of the fiches already there. */
  fiches: Set<string>;
}

export interface Referential {
  plies: PlieRef[];
  /** The référent of the demo identity `referent` (Bordeaux), who must have a full caseload. */
  demoReferentId: string | null;
  entreprises: Array<{ id: string; naf: string | null }>;
  financements: FinancementsRef;
}

export interface SeedContext {
  seed: number;
  scale: number;
  matchKey: string;
  volumes: Volumes;
  /** Day numbers (see `dayOf`). */
  today: number;
  /** The first day of the four years of activity. */
  start: number;
  referential: Referential;
  /** A generator for one part of the data set: parts draw independently, so adding to one leaves the others as they were. */
  random(stream: string): Random;
}

const RURAL: Record<string, number> = { 'HAUT-PERIGORD': 0.6, 'SUD-PERIGORD': 0.45, 'GRAND-PERIGUEUX': 0.3, LIBOURNAIS: 0.3, AGENAIS: 0.2, GRAVES: 0.1 };

export class MissingReferentialError extends Error {}

const missing = (what: string) =>
  new MissingReferentialError(
    `Référentiel de démonstration incomplet (${what}) : le générateur ajoute du volume au jeu de démonstration ; chargez-le d'abord (\`npm run seed\` le fait sur une base vide, ou le hub démarré avec PLIE_DEMO_DATA=true).`,
  );

/** Reads the demo referential the volume is attached to (PLIEs, structures, référents, buyers, programme…). */
export async function readReferential(db: (subgraph: string) => DataSource): Promise<Referential> {
  const parcours = db('parcours');
  const plies: Array<{ code: string; nom: string; organisme_intermediaire: string | null; regle_sortie: string }> = await parcours.query(
    'SELECT code, nom, organisme_intermediaire, regle_sortie FROM plie WHERE fusionne_dans IS NULL ORDER BY code',
  );
  // The 11 PLIEs of AGAPE's AAP 2024; Niort keeps its 2018-2021 history as it is.
  const agape = plies.filter((plie) => plie.organisme_intermediaire?.startsWith('AGAPE'));
  if (agape.length === 0) throw missing('aucun PLIE de l’organisme intermédiaire AGAPE');
  for (const plie of agape) {
    if (plie.regle_sortie !== 'NATIONAL') throw new Error(`Le PLIE ${plie.code} applique les règles de sortie ${plie.regle_sortie} : le générateur ne calcule les sorties qu'avec les règles NATIONAL.`);
  }
  const communes: Array<{ plie_code: string; commune_insee: string }> = await parcours.query(
    'SELECT plie_code, commune_insee FROM plie_commune WHERE valide_au IS NULL ORDER BY plie_code, commune_insee',
  );
  const structures: Array<{ id: string; plie_code: string; nom: string }> = await parcours.query('SELECT id, plie_code, nom FROM structure_porteuse ORDER BY plie_code, id');
  const referents: Array<{ id: string; plie_code: string; sub: string | null; etp: number }> = await parcours.query(
    'SELECT id, plie_code, sub, etp::float8 AS etp FROM referent WHERE actif ORDER BY plie_code, id',
  );

  const prescription = new Map<Organisation, { structures: Set<string>; delais: Map<string, number> }>();
  for (const partner of PARTNERS) {
    const source = db(partner.subgraph);
    const rows: Array<{ code: string; delai_expiration_jours: number; actif: boolean }> = await source.query('SELECT code, delai_expiration_jours, actif FROM plie_destinataire ORDER BY code');
    const ids: Array<{ id: string }> = await source.query('SELECT id FROM structure_prescriptrice ORDER BY id');
    prescription.set(partner.organisation, {
      structures: new Set(ids.map((row) => row.id)),
      delais: new Map(rows.filter((row) => row.actif).map((row) => [row.code, Number(row.delai_expiration_jours)])),
    });
  }

  const clauses = db('clauses');
  const donneurs: Array<{ id: string; plies: string[] }> = await clauses.query('SELECT id, plies FROM donneur_ordre ORDER BY id');
  const entreprises: Array<{ id: string; naf: string | null }> = await clauses.query('SELECT id, naf FROM entreprise ORDER BY id');

  const financements = db('financements');
  const options: Array<{ id: string; code: string; taux: string; base: string[]; remplace_autres_couts: boolean }> = await financements.query(
    'SELECT id, code, taux::text AS taux, base, remplace_autres_couts FROM option_couts_simplifies ORDER BY code',
  );
  if (options.length === 0) throw missing('aucune option de coûts simplifiés');
  const appels: Array<{ id: string; numero: string; annee: number }> = await financements.query('SELECT id, numero, annee FROM appel_a_projets ORDER BY numero');
  const fiches: Array<{ appel_id: string; plie_code: string; numero: string; taux: string | null }> = await financements.query(
    'SELECT appel_id, plie_code, numero, taux_fse_maximum::text AS taux FROM fiche_operation ORDER BY appel_id, plie_code, numero',
  );

  const result: PlieRef[] = agape.map((plie) => {
    const structure = structures.find((s) => s.plie_code === plie.code);
    if (!structure) throw missing(`aucune structure porteuse pour ${plie.code}`);
    const own = referents.filter((r) => r.plie_code === plie.code);
    if (own.length === 0) throw missing(`aucun référent pour ${plie.code}`);
    const byPartner = Object.fromEntries(
      PARTNERS.map((partner) => {
        const p = prescription.get(partner.organisation)!;
        // The demo structure of the partner on this PLIE's territory (`demoStructureId`).
        const structureId = `${partner.organisation}-${plie.code}`.toLowerCase();
        if (!p.structures.has(structureId)) throw missing(`structure ${structureId} absente de ${partner.subgraph}`);
        const delai = p.delais.get(plie.code);
        if (delai === undefined) throw missing(`PLIE ${plie.code} absent des destinataires de ${partner.subgraph}`);
        return [partner.organisation, { structureId, delaiExpirationJours: delai }];
      }),
    ) as PlieRef['prescription'];
    const own_communes = communes.filter((c) => c.plie_code === plie.code).map((c) => c.commune_insee);
    if (own_communes.length === 0) throw missing(`aucune commune pour ${plie.code}`);
    const demo = DEMO_PLIES.find((d) => d.code === plie.code);
    const taux = fiches.find((f) => f.plie_code === plie.code && f.taux)?.taux;
    return {
      code: plie.code,
      nom: plie.nom,
      weight: demo?.fseMaximum || 40_000,
      communes: own_communes,
      rural: RURAL[plie.code] ?? 0.03,
      structurePorteuseId: structure.id,
      structurePorteuseNom: structure.nom,
      referents: own.map((r) => ({ id: r.id, plieCode: r.plie_code, etp: Number(r.etp), sub: r.sub })),
      prescription: byPartner,
      donneurs: donneurs.filter((d) => d.plies.includes(plie.code)).map((d) => d.id),
      tauxFseMaximum: taux ? Number(taux).toFixed(2) : '60.00',
    };
  });
  const demoReferent = referents.find((r) => r.sub === 'demo-referent' && agape.some((p) => p.code === r.plie_code));
  return {
    plies: result,
    demoReferentId: demoReferent?.id ?? null,
    entreprises,
    financements: {
      options: options.map((o) => ({ id: o.id, code: o.code, taux: Number(o.taux), base: o.base, remplaceAutresCouts: o.remplace_autres_couts })),
      appels: new Map(appels.map((a) => [a.numero, { id: a.id, annee: Number(a.annee) }])),
      fiches: new Set(fiches.map((f) => `${f.appel_id}|${f.plie_code}|${f.numero}`)),
    },
  };
}

export const referenceDays = (referenceDate: string) => {
  const today = dayOf(referenceDate);
  // Four years of activity up to the reference day.
  const [y, m, d] = referenceDate.split('-');
  return { today, start: dayOf(`${Number(y) - 4}-${m}-${d}`) + 1 };
};
