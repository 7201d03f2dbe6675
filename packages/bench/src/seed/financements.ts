import type { SeedContext } from './context';
import { apportion, dayOf, divideRounded, euros, idStream, instantOf, pad, type Random, stableUuid, withSiretKey, yearOf } from './util';
import type { Row } from './writer';

export interface FinancementsPart {
  tables: Array<[string, Row[]]>;
}

/** The fiches opération the generated operations answer (the demo's animation fiche is N°2, left as it is). */
const FICHES = [
  {
    numero: 'N°1', weight: 50, titre: 'Accompagnement renforcé des participants du PLIE', court: 'Accompagnement renforcé',
    unites: [['Participants accompagnés', 60, 180], ['Entretiens individuels', 600, 1800], ['Sorties positives', 15, 60]],
  },
  {
    numero: 'N°3', weight: 20, titre: 'Relations entreprises et clauses sociales d’insertion', court: 'Relations entreprises et clauses',
    unites: [['Entreprises rencontrées', 40, 150], ["Heures d'insertion réalisées", 5000, 30000]],
  },
  {
    numero: 'N°4', weight: 20, titre: 'Levée des freins périphériques à l’emploi', court: 'Levée des freins',
    unites: [['Participants bénéficiaires', 30, 120], ['Actions collectives', 6, 24]],
  },
  {
    numero: 'N°5', weight: 10, titre: 'Ingénierie de parcours et actions de formation', court: 'Ingénierie de parcours',
    unites: [['Participants formés', 20, 80], ['Sessions de formation', 4, 16]],
  },
] as const;

type Statut = 'DEPOSEE' | 'RECEVABLE' | 'SELECTIONNEE' | 'CONVENTIONNEE' | 'EN_COURS' | 'SOLDEE' | 'NON_RETENUE' | 'ABANDONNEE';
const PATHS: Record<Statut, Statut[]> = {
  DEPOSEE: ['DEPOSEE'],
  RECEVABLE: ['DEPOSEE', 'RECEVABLE'],
  NON_RETENUE: ['DEPOSEE', 'RECEVABLE', 'NON_RETENUE'],
  SELECTIONNEE: ['DEPOSEE', 'RECEVABLE', 'SELECTIONNEE'],
  CONVENTIONNEE: ['DEPOSEE', 'RECEVABLE', 'SELECTIONNEE', 'CONVENTIONNEE'],
  EN_COURS: ['DEPOSEE', 'RECEVABLE', 'SELECTIONNEE', 'CONVENTIONNEE', 'EN_COURS'],
  SOLDEE: ['DEPOSEE', 'RECEVABLE', 'SELECTIONNEE', 'CONVENTIONNEE', 'EN_COURS', 'SOLDEE'],
  ABANDONNEE: ['DEPOSEE', 'RECEVABLE', 'SELECTIONNEE', 'CONVENTIONNEE', 'EN_COURS', 'ABANDONNEE'],
};
const FINANCEURS = [['EPCI_COMMUNE', 40], ['DEPARTEMENT', 30], ['REGION', 15], ['ETAT', 10], ['AUTOFINANCEMENT', 15], ['RECETTES', 3]] as const;
const PERSONNEL = ['Chargé(e) d’accompagnement', 'Conseiller(ère) en insertion professionnelle', 'Chargé(e) de relations entreprises', 'Coordinateur(trice) de parcours', 'Formateur(trice)'];

/**
 * FSE+ operations over the years of activity (and the next year's calls), on the AAP of each year (AGAPE's 2024
 * call reused), each with a balanced plan de financement under its fiche's maximum amount and rate (exact to the
 * cent, indirect costs by the simplified-cost option), its status history, indicators and declared expenses.
 */
export function generateFinancements(ctx: SeedContext): FinancementsPart {
  const { today, volumes, referential } = ctx;
  const { options, appels, fiches: existingFiches } = referential.financements;
  const plies = referential.plies;
  const year = yearOf(today);
  const years = [year - 3, year - 2, year - 1, year, year + 1];
  const yearWeights = [1, 1, 1, 1, 0.3];
  const random = ctx.random('financements');
  const nextOperation = idStream(`seed:${ctx.seed}:operation`);
  const nextTransition = idStream(`seed:${ctx.seed}:transition`);
  const nextPlan = idStream(`seed:${ctx.seed}:plan`);
  const nextLigne = idStream(`seed:${ctx.seed}:ligne`);
  const nextRessource = idStream(`seed:${ctx.seed}:ressource`);
  const nextRealise = idStream(`seed:${ctx.seed}:realise`);

  const appelRows: Row[] = [];
  const ficheRows = new Map<string, Row & { fse: bigint }>();
  const operationRows: Row[] = [];
  const transitionRows: Row[] = [];
  const planRows: Row[] = [];
  const ligneRows: Row[] = [];
  const ressourceRows: Row[] = [];
  const realiseRows: Row[] = [];
  const indicateurRows: Row[] = [];

  const appelOf = (y: number): string => {
    const numero = `AGAPE-AAP-${y}`;
    const known = appels.get(numero);
    if (known) return known.id;
    const id = stableUuid(`volume:aap:${y}`);
    appels.set(numero, { id, annee: y });
    appelRows.push({ id, numero, annee: y, organisme_intermediaire: 'AGAPE', date_limite: `${y - 1}-11-30` });
    return id;
  };
  const ficheOf = (y: number, plie: (typeof plies)[number], fiche: (typeof FICHES)[number]) => {
    const appelId = appelOf(y);
    const key = `${appelId}|${plie.code}|${fiche.numero}`;
    if (existingFiches.has(key)) throw new Error(`financements: fiche ${key} already exists`);
    let row = ficheRows.get(key);
    if (!row) {
      const unites = fiche.unites.map(([libelle, min, max]) => ({ libelle, cible: random.int(min, max) }));
      row = {
        id: stableUuid(`seed:${ctx.seed}:fiche-operation:${y}:${plie.code}:${fiche.numero}`), appel_id: appelId, numero: fiche.numero, titre: `${fiche.titre} — ${plie.nom}`,
        plie_code: plie.code, debut: `${y}-01-01`, fin: `${y}-12-31`, fse_maximum: '0.00', taux_fse_maximum: plie.tauxFseMaximum,
        public_cible: 'Personnes éloignées de l’emploi accompagnées par le PLIE', unites_mesure: unites,
        pieces: ['Feuilles d’émargement', 'Bilan qualitatif annuel', 'Justificatifs de dépenses'], criteres: ['Ancrage territorial', 'Partenariat', 'Publics prioritaires'],
        fse: 0n,
      };
      ficheRows.set(key, row);
    }
    return row;
  };

  const perPlie = apportion(volumes.operations, plies.map((plie) => plie.weight));
  plies.forEach((plie, p) => {
    const porteurs = [
      plie.structurePorteuseNom,
      `Association Tremplin ${plie.nom.replace(/^PLIE (de |du |des |de l'|de l’)?/, '')}`,
      `Régie de quartier ${plie.nom.replace(/^PLIE (de |du |des |de l'|de l’)?/, '')}`,
      `CCAS ${plie.nom.replace(/^PLIE /, '')}`,
      `Mission locale ${plie.nom.replace(/^PLIE (de |du |des |de l'|de l’)?/, '')}`,
    ];
    // Years drawn per operation: an apportionment would put a PLIE's single operation in the same year everywhere.
    for (let n = 0; n < perPlie[p]!; n += 1) {
      const y = random.weighted(years.map((year, i) => [year, yearWeights[i]!] as const));
      const fiche = random.weighted(FICHES.map((f) => [f, f.weight] as const));
      const ficheRow = ficheOf(y, plie, fiche);
      const porteur = random.int(0, porteurs.length - 1);
      const statut = statutOf(random, y, year);
      const half = random.chance(0.15) ? random.pick(['first', 'second'] as const) : null;
      const debut = half === 'second' ? `${y}-07-01` : `${y}-01-01`;
      const fin = half === 'first' ? `${y}-06-30` : `${y}-12-31`;
      const id = nextOperation();

      // Status history, each step on the calendar of an AAP (deposit in autumn, COPIL in December…).
      const days = transitionDays(random, y, dayOf(debut), today);
      const path = PATHS[statut];
      path.forEach((vers, i) => {
        const motif = vers === 'SELECTIONNEE' ? `COPIL du ${y - 1}-12-12` : vers === 'NON_RETENUE' ? 'Non retenue par le COPIL : enveloppe de la fiche épuisée.' : vers === 'ABANDONNEE' ? 'Départ du porteur : opération abandonnée en cours d’année.' : null;
        transitionRows.push({ id: nextTransition(), operation_id: id, de: i ? path[i - 1] : null, vers, motif, par_sub: 'gen-gestionnaire-fse', le: instantOf(days[vers], 10 * 60 + i) });
      });
      const deposee = days.DEPOSEE;
      operationRows.push({
        id, fiche_id: ficheRow.id, plie_code: plie.code, intitule: `${fiche.court} — ${porteurs[porteur]} ${y}`,
        porteur_siret: withSiretKey(`7${pad(p, 2)}${pad(porteur, 2)}00000001`), porteur_nom: porteurs[porteur], debut, fin, statut,
        version: path.length, cree_le: instantOf(deposee, 10 * 60), modifie_le: instantOf(days[path[path.length - 1]!], 10 * 60 + path.length - 1),
      });

      // The plan of the year: staff and direct costs, indirect costs by the option, resources equal to the cost.
      const option = random.weighted([...options.map((o) => [o, o.code === 'OCS-15-PERSONNEL' ? 40 : o.code === 'OCS-20-HORS-PRESTATIONS' ? 25 : o.code === 'OCS-40-PERSONNEL' ? 20 : 10] as const), [null, 5]]);
      const planId = nextPlan();
      planRows.push({ id: planId, operation_id: id, annee: y, option_id: option?.id ?? null, version: 1, cree_le: instantOf(deposee + 2, 11 * 60), modifie_le: instantOf(deposee + 2, 11 * 60) });
      const lignes: Array<{ categorie: string; libelle: string; cents: bigint; etp: string | null; effectif: number | null }> = [];
      const staff = random.weighted([[1, 50], [2, 35], [3, 15]] as const);
      for (let s = 0; s < staff; s += 1) {
        const etp = random.pick([1, 1, 0.8, 0.6, 0.5]);
        const factor = half ? 0.5 : 1;
        lignes.push({ categorie: 'PERSONNEL', libelle: `${random.pick(PERSONNEL)} (${String(etp).replace('.', ',')} ETP)`, cents: BigInt(Math.round(etp * factor * random.int(40_000, 52_000) * 100 + random.int(0, 99))), etp: etp.toFixed(2), effectif: 1 });
      }
      if (!option?.remplaceAutresCouts) {
        lignes.push({ categorie: 'FONCTIONNEMENT', libelle: 'Frais de fonctionnement directs', cents: BigInt(random.int(3_000, 15_000) * 100), etp: null, effectif: null });
        if (random.chance(0.3)) lignes.push({ categorie: 'PRESTATIONS', libelle: 'Prestations externes (ateliers, diagnostics)', cents: BigInt(random.int(2_000, 20_000) * 100), etp: null, effectif: null });
        if (random.chance(0.3)) lignes.push({ categorie: 'PARTICIPANTS', libelle: 'Frais de déplacement et de garde des participants', cents: BigInt(random.int(1_000, 8_000) * 100), etp: null, effectif: null });
      }
      for (const ligne of lignes) ligneRows.push({ id: nextLigne(), plan_id: planId, categorie: ligne.categorie, libelle: ligne.libelle, montant: euros(ligne.cents), etp: ligne.etp, effectif: ligne.effectif });
      const directs = lignes.reduce((sum, l) => sum + l.cents, 0n);
      const base = lignes.filter((l) => option?.base.includes(l.categorie)).reduce((sum, l) => sum + l.cents, 0n);
      // Rate × base, rounded half away from zero once, as `computePlan` does.
      const indirects = option ? divideRounded(base * BigInt(Math.round(option.taux * 100)), 10_000n) : 0n;
      const total = directs + indirects;
      const tauxMax = Number(ficheRow.taux_fse_maximum);
      const rate = Math.max(20, Math.floor(tauxMax) - 1 - random.int(0, 15));
      const fse = divideRounded(total * BigInt(rate), 100n);
      ficheRow.fse += fse;
      ressourceRows.push({ id: nextRessource(), plan_id: planId, financeur: 'FSE', montant: euros(fse) });
      const funders = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.weighted(FINANCEURS)))];
      const shares = funders.map(() => 1 + random.int(0, 4));
      const shareTotal = BigInt(shares.reduce((s, x) => s + x, 0));
      let left = total - fse;
      funders.forEach((financeur, f) => {
        const montant = f === funders.length - 1 ? left : ((total - fse) * BigInt(shares[f]!)) / shareTotal;
        left -= montant;
        ressourceRows.push({ id: nextRessource(), plan_id: planId, financeur, montant: euros(montant) });
      });

      // Indicators from the fiche's units of measure; declared expenses once the year is done.
      const elapsed = statut === 'SOLDEE' || (statut === 'EN_COURS' && y < year) ? 0.7 + 0.55 * random.next()
        : statut === 'EN_COURS' ? (11 / 12) * (0.6 + 0.5 * random.next())
        : statut === 'ABANDONNEE' ? 0.3 * random.next()
        : statut === 'CONVENTIONNEE' ? 0 : null;
      for (const unite of ficheRow.unites_mesure as Array<{ libelle: string; cible: number }>) {
        indicateurRows.push({ operation_id: id, libelle: unite.libelle, cible: unite.cible, realise: elapsed === null ? null : Math.round(unite.cible * elapsed) });
      }
      if (statut === 'SOLDEE' || (statut === 'EN_COURS' && y < year)) {
        const declared = divideRounded(total * BigInt(random.int(85, 100)), 100n);
        const retenu = statut === 'SOLDEE' ? divideRounded(declared * BigInt(random.int(92, 100)), 100n) : null;
        realiseRows.push({
          id: nextRealise(), operation_id: id, periode_debut: debut, periode_fin: fin, depenses_declarees: euros(declared), montant_retenu: retenu === null ? null : euros(retenu),
          fse_du: retenu === null || total === 0n ? null : euros((retenu * fse * 2n + total) / (total * 2n)),
          cree_le: instantOf(Math.min(today, dayOf(`${y + 1}-03-01`) + random.int(0, 40)), 10 * 60),
        });
      } else if (statut === 'EN_COURS' && !half && random.chance(0.5)) {
        const declared = divideRounded(total * BigInt(random.int(40, 50)), 100n);
        const retenu = random.chance(0.5) ? divideRounded(declared * 95n, 100n) : null;
        realiseRows.push({
          id: nextRealise(), operation_id: id, periode_debut: `${y}-01-01`, periode_fin: `${y}-06-30`, depenses_declarees: euros(declared), montant_retenu: retenu === null ? null : euros(retenu),
          fse_du: retenu === null || total === 0n ? null : euros((retenu * fse * 2n + total) / (total * 2n)),
          cree_le: instantOf(Math.min(today, dayOf(`${y}-09-15`)), 10 * 60),
        });
      }
    }
  });

  // Each fiche's FSE+ ceiling covers the operations that answer it, with a margin.
  const ficheList = [...ficheRows.values()].map(({ fse, ...row }) => ({ ...row, fse_maximum: euros(((fse * 110n) / 100n / 100_000n + 1n) * 100_000n) }));
  return {
    tables: [
      ['appel_a_projets', appelRows],
      ['fiche_operation', ficheList],
      ['operation', operationRows],
      ['transition_operation', transitionRows],
      ['plan_financement', planRows],
      ['ligne_depense', ligneRows],
      ['ressource', ressourceRows],
      ['realise', realiseRows],
      ['indicateur_realisation', indicateurRows],
    ],
  };
}

function statutOf(random: Random, y: number, year: number): Statut {
  if (y > year) return random.chance(0.6) ? 'DEPOSEE' : 'RECEVABLE';
  if (y === year) return random.weighted([['EN_COURS', 75], ['CONVENTIONNEE', 10], ['SELECTIONNEE', 5], ['NON_RETENUE', 6], ['ABANDONNEE', 4]] as const);
  if (y === year - 1) return random.weighted([['SOLDEE', 45], ['EN_COURS', 40], ['NON_RETENUE', 8], ['ABANDONNEE', 7]] as const);
  return random.weighted([['SOLDEE', 80], ['EN_COURS', 7], ['NON_RETENUE', 8], ['ABANDONNEE', 5]] as const);
}

/** The day of each status change of an operation of year `y`, never after `today`. */
function transitionDays(random: Random, y: number, debut: number, today: number): Record<Statut, number> {
  const at = (iso: string, spread: number) => Math.min(today, dayOf(iso) + random.int(0, spread));
  const conventionnee = at(`${y}-02-01`, 25);
  const enCours = Math.min(today, Math.max(conventionnee + 1, debut));
  return {
    DEPOSEE: at(`${y - 1}-10-01`, 25),
    RECEVABLE: at(`${y - 1}-11-05`, 15),
    SELECTIONNEE: at(`${y - 1}-12-12`, 0),
    NON_RETENUE: at(`${y - 1}-12-12`, 0),
    CONVENTIONNEE: conventionnee,
    EN_COURS: enCours,
    SOLDEE: at(`${y + 1}-05-01`, 60),
    ABANDONNEE: Math.min(today, enCours + random.int(30, 150)),
  };
}
