import { personMatchKey } from '@plie-hub/auth';
import { demoPerson } from '@plie-hub/demo';
import type { PlieRef, ReferentRef, SeedContext } from './context';
import type { Fiche } from './prescriptions';
import { addMonthsDay, apportion, idStream, instantOf, isoOf, Random, shuffle, stableUuid, yearsBetween } from './util';
import type { Row } from './writer';

/** What the clauses part needs of a participant: PLIE, identity at entry, the span of the parcours. */
export interface ParticipantGen {
  id: string;
  plie: PlieRef;
  sexe: 'FEMME' | 'HOMME';
  dateNaissance: string;
  qpv: boolean;
  entree: number;
  /** Exit day, or the reference day while the parcours runs. */
  fin: number;
  active: boolean;
  /** In the caseload of the demo référent. */
  demo: boolean;
}

export interface ParcoursPart {
  tables: Array<[string, Row[]]>;
  participants: ParticipantGen[];
}

type SituationSortie = Record<string, string | number | boolean>;

/**
 * Exit situations and what the NATIONAL rule set (the 11 PLIEs' rules) computes for them, with their share of exits:
 * about 40 % positive, as in the Niort evaluation. The test recomputes each with the parcours subgraph's rules.
 */
export const SORTIES: Array<{ weight: number; situation: SituationSortie; categorie: string; sousType: string; court?: boolean }> = [
  { weight: 9, situation: { type: 'EMPLOI', contrat: 'CDI', heuresHebdo: 35 }, categorie: 'POSITIVE', sousType: 'CDI' },
  { weight: 3, situation: { type: 'EMPLOI', contrat: 'CDI', heuresHebdo: 24 }, categorie: 'POSITIVE', sousType: 'CDI' },
  { weight: 8, situation: { type: 'EMPLOI', contrat: 'CDD', dureeMois: 8, heuresHebdo: 35, memeEmployeur: true }, categorie: 'POSITIVE', sousType: 'CDD_6_MOIS_ET_PLUS' },
  { weight: 4, situation: { type: 'EMPLOI', contrat: 'CDD', dureeMois: 12, heuresHebdo: 28 }, categorie: 'POSITIVE', sousType: 'CDD_6_MOIS_ET_PLUS' },
  { weight: 3, situation: { type: 'EMPLOI', contrat: 'ALTERNANCE', dureeMois: 12, heuresHebdo: 35 }, categorie: 'POSITIVE', sousType: 'ALTERNANCE' },
  { weight: 4, situation: { type: 'EMPLOI', contrat: 'INTERIM', dureeMois: 8, moisSansInterruption: 8, heuresHebdo: 35 }, categorie: 'POSITIVE', sousType: 'INTERIM' },
  { weight: 8, situation: { type: 'FORMATION', formationQualifiante: true, formationHeures: 450 }, categorie: 'POSITIVE', sousType: 'FORMATION_QUALIFIANTE' },
  { weight: 1, situation: { type: 'CREATION_ENTREPRISE', creationValideeCommission: true, creationActiveA6Mois: true }, categorie: 'POSITIVE', sousType: 'CREATION_ENTREPRISE' },
  { weight: 8, situation: { type: 'EMPLOI', contrat: 'CDD', dureeMois: 3, heuresHebdo: 35 }, categorie: 'DYNAMIQUE', sousType: 'EMPLOI_NON_DURABLE', court: true },
  { weight: 6, situation: { type: 'EMPLOI', contrat: 'CDDI', dureeMois: 4, heuresHebdo: 26 }, categorie: 'DYNAMIQUE', sousType: 'EMPLOI_NON_DURABLE' },
  { weight: 4, situation: { type: 'EMPLOI', contrat: 'INTERIM', dureeMois: 2, moisSansInterruption: 2, heuresHebdo: 35 }, categorie: 'DYNAMIQUE', sousType: 'EMPLOI_NON_DURABLE' },
  { weight: 6, situation: { type: 'FORMATION', formationQualifiante: false, formationHeures: 120 }, categorie: 'DYNAMIQUE', sousType: 'FORMATION_NON_QUALIFIANTE' },
  { weight: 1, situation: { type: 'CREATION_ENTREPRISE', creationValideeCommission: true }, categorie: 'DYNAMIQUE', sousType: 'CREATION_NON_VALIDEE' },
  { weight: 10, situation: { type: 'SANS_EMPLOI_NI_FORMATION', freinsReduits: true }, categorie: 'REDUCTION_FREINS', sousType: 'LEVEE_DE_FREINS' },
  { weight: 9, situation: { type: 'SANS_EMPLOI_NI_FORMATION', motif: 'ABANDON' }, categorie: 'AUTRE', sousType: 'ABANDON', court: true },
  { weight: 6, situation: { type: 'SANS_EMPLOI_NI_FORMATION', motif: 'DEMENAGEMENT' }, categorie: 'AUTRE', sousType: 'DEMENAGEMENT', court: true },
  { weight: 5, situation: { type: 'SANS_EMPLOI_NI_FORMATION', motif: 'REORIENTATION' }, categorie: 'AUTRE', sousType: 'REORIENTATION', court: true },
  { weight: 5, situation: { type: 'SANS_EMPLOI_NI_FORMATION', motif: 'FIN_POUR_ABSENCES' }, categorie: 'AUTRE', sousType: 'FIN_POUR_ABSENCES', court: true },
];

const MOTIFS_REFUS = [['REFUS_CRITERES', 40], ['REFUS_HORS_TERRITOIRE', 15], ['REFUS_DEJA_ACCOMPAGNE', 15], ['REFUS_AUTRE', 30]] as const;
const SOLUTIONS = [
  'Accompagnement global France Travail',
  'Atelier chantier d’insertion du territoire',
  'Référent RSA du Département',
  'Mission Locale : contrat d’engagement jeune',
  'Plateforme mobilité du territoire',
];
const COMMENTAIRES = ['Projet professionnel à confirmer lors du premier entretien.', 'Freins de mobilité importants : orientation vers la plateforme mobilité.', 'Revoir en commission après la formation en cours.', 'Dossier complet.'];
const BILANS = [
  'Objectifs en partie atteints ; renouvellement pour consolider le projet professionnel.',
  'Freins de mobilité levés ; recherche d’emploi active, renouvellement.',
  'Formation terminée, candidatures en cours : la mesure est renouvelée.',
  'Assiduité irrégulière, nouveau contrat d’engagement signé.',
];
const VEILLES = ['Étape de formation longue', 'Problème de santé', 'Réexamen du droit RSA', 'Contrat de travail en cours (période d’essai)', 'Congé maternité'];
const FREINS = ['MOBILITE', 'NUMERIQUE', 'FAMILLE_GARDE_ENFANTS', 'FINANCES', 'LOGEMENT', 'SAVOIRS_DE_BASE', 'ADMINISTRATIF_JURIDIQUE', 'FRANCAIS_FLE'];

type EtapeType = 'EMPLOI' | 'FORMATION' | 'SIAE' | 'IMMERSION' | 'LEVEE_FREIN' | 'MISSION_CLAUSE';
const ETAPES: Record<EtapeType, { weight: number; jours: [number, number]; intitules: string[] }> = {
  EMPLOI: { weight: 25, jours: [30, 180], intitules: ['Agent de propreté', 'Aide à domicile', 'Manutentionnaire', 'Employé polyvalent de restauration', 'Préparateur de commandes', 'Agent d’entretien des espaces verts', 'Employé libre-service', 'Ouvrier du bâtiment', 'Agent de sécurité'] },
  FORMATION: { weight: 20, jours: [14, 150], intitules: ['Formation Agent de propreté et d’hygiène', 'CACES R489 (chariots)', 'Formation Préparateur de commandes', 'Remise à niveau savoirs de base', 'Formation Assistant de vie aux familles'] },
  SIAE: { weight: 12, jours: [90, 360], intitules: ['Atelier chantier d’insertion — espaces verts', 'Entreprise d’insertion — restauration', 'ETTI — missions dans le BTP', 'Association intermédiaire — services à la personne'] },
  IMMERSION: { weight: 13, jours: [5, 15], intitules: ['PMSMP — découverte du métier d’aide-soignant', 'PMSMP — boulangerie', 'PMSMP — logistique', 'PMSMP — maintenance des bâtiments'] },
  LEVEE_FREIN: { weight: 22, jours: [30, 90], intitules: ['Accompagnement mobilité (permis B)', 'Recherche d’un mode de garde', 'Atelier numérique', 'Accès au logement', 'Cours de français (FLE)', 'Démarches administratives'] },
  MISSION_CLAUSE: { weight: 8, jours: [30, 180], intitules: ['Mission de clause sociale — chantier de réhabilitation', 'Mission de clause sociale — nettoyage des bâtiments publics', 'Mission de clause sociale — voirie'] },
};
const ETAPE_WEIGHTS = Object.entries(ETAPES).map(([type, e]) => [type as EtapeType, e.weight] as const);

function etapeAttributs(type: EtapeType, random: Random, contrat?: string): Record<string, unknown> {
  switch (type) {
    case 'EMPLOI':
      return { contrat: contrat ?? random.pick(['CDD', 'CDI', 'INTERIM', 'CONTRAT_AIDE', 'CDDI', 'SAISONNIER']), heuresHebdo: random.pick([20, 24, 26, 28, 30, 35]), dureeMois: random.int(1, 12) };
    case 'FORMATION': {
      const qualifiante = random.chance(0.45);
      return { heures: random.int(35, 600), qualifiante, certification: qualifiante ? random.pick(['Titre professionnel', 'CACES', 'CAP', 'Certificat CléA']) : null };
    }
    case 'SIAE':
      return { structure: random.pick(['ACI', 'EI', 'ETTI', 'AI']) };
    case 'IMMERSION':
      return { jours: random.int(3, 15) };
    case 'LEVEE_FREIN':
      return { frein: random.pick(FREINS) };
    case 'MISSION_CLAUSE':
      return { heuresHebdo: random.pick([24, 28, 35]) };
  }
}

const trancheCite = (niveau: string) => (niveau === 'INFRA_3' ? 'CITE_0_2' : niveau === 'NIVEAU_3' || niveau === 'NIVEAU_4' ? 'CITE_3_4' : 'CITE_5_8');

/** Ids of the référentiel additions do not depend on the seed: a second run finds them (see `alreadyGenerated`). */
export const commissionId = (plieCode: string, type: 'INTEGRATION' | 'SORTIE', k: number) => stableUuid(`volume:commission:${plieCode}:${type}:${k}`);
export const referentId = (plieCode: string, k: number) => stableUuid(`volume:referent:${plieCode}:${k}`);

interface Commission {
  id: string;
  day: number;
}

/** The first commission on or after `day` (commissions sorted by day). */
function firstFrom(commissions: Commission[], day: number): Commission | null {
  let lo = 0;
  let hi = commissions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (commissions[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return commissions[lo] ?? null;
}

interface Admission {
  plie: PlieRef;
  partenaire: string;
  prescriptionId: string;
  commission: Commission;
  fiche: Fiche | null;
  decisionId: string;
}

/**
 * The PLIEs' side: their commissions (every two weeks for entries, every four weeks for exits), decisions on the
 * transmitted fiches (and on paper prescriptions of SIAE and CCAS), and for each admission a participant with the
 * situation at entry frozen, a parcours with its mesures, référent, entretiens, étapes, veilles and exit.
 */
export function generateParcours(ctx: SeedContext, fiches: Fiche[], pickPlie: (random: Random) => PlieRef): ParcoursPart {
  const { today, start, volumes, referential } = ctx;
  const plies = referential.plies;

  // Référentiel additions, the same whatever the seed: more référents as the volume grows, the commission calendar.
  const referents = new Map<string, ReferentRef[]>(plies.map((plie) => [plie.code, [...plie.referents]]));
  const referentRows: Row[] = [];
  const extra = apportion(volumes.referents, plies.map((plie) => plie.weight));
  plies.forEach((plie, p) => {
    for (let k = 0; k < extra[p]!; k += 1) {
      const random = new Random(`volume:referent:${plie.code}:${k}`);
      const person = demoPerson(`volume:referent:${plie.code}:${k}`);
      const etp = random.pick([1, 1, 1, 0.8, 0.5]);
      const referent: ReferentRef = { id: referentId(plie.code, k), plieCode: plie.code, etp, sub: null };
      referents.get(plie.code)!.push(referent);
      referentRows.push({ id: referent.id, plie_code: plie.code, structure_id: plie.structurePorteuseId, nom: `${person.prenom} ${person.nom}`, sub: null, etp: etp.toFixed(2), actif: true });
    }
  });
  const commissionRows: Row[] = [];
  const integration = new Map<string, Commission[]>();
  const sortie = new Map<string, Commission[]>();
  for (const plie of plies) {
    const calendar = new Random(`volume:commissions:${plie.code}`);
    const entries: Commission[] = [];
    const exits: Commission[] = [];
    const offset = calendar.int(0, 6);
    for (let day = start - 63 + offset, k = 0; day <= today; day += 14, k += 1) {
      const id = commissionId(plie.code, 'INTEGRATION', k);
      entries.push({ id, day });
      commissionRows.push({ id, plie_code: plie.code, date: isoOf(day), type: 'INTEGRATION', membres: ['Coordination PLIE', 'France Travail', 'Département', 'Mission Locale'], cree_le: instantOf(day - 10, 9 * 60) });
    }
    for (let day = start - 56 + offset + 3, k = 0; day <= today; day += 28, k += 1) {
      const id = commissionId(plie.code, 'SORTIE', k);
      exits.push({ id, day });
      commissionRows.push({ id, plie_code: plie.code, date: isoOf(day), type: 'SORTIE', membres: ['Coordination PLIE', 'Référents de parcours'], cree_le: instantOf(day - 10, 9 * 60) });
    }
    integration.set(plie.code, entries);
    sortie.set(plie.code, exits);
  }

  // Decisions on the transmitted fiches.
  const random = ctx.random('parcours:decisions');
  const nextDecision = idStream(`seed:${ctx.seed}:decision`);
  const decisions: Row[] = [];
  const decided: Array<{ fiche: Fiche; commission: Commission; history: Commission | null }> = [];
  for (const fiche of fiches) {
    if (fiche.statut !== 'TRANSMISE') continue;
    const first = firstFrom(integration.get(fiche.plie.code)!, fiche.transmiseDay! + 5);
    // Some fiches wait past their delay (they show as expired to the prescriber); recent ones are not examined yet.
    if (!first || first.day > today - 1 || random.chance(0.04)) continue;
    const second = random.chance(0.07) ? firstFrom(integration.get(fiche.plie.code)!, first.day + 1) : null;
    decided.push(second && second.day <= today - 1 ? { fiche, commission: second, history: first } : { fiche, commission: first, history: null });
  }
  const paperTarget = Math.round(volumes.participants * 0.1);
  const candidates = shuffle(decided.filter((d) => !d.fiche.duplicateOf).map((d) => d.fiche.id), ctx.random('parcours:admissions'));
  const admittedIds = new Set(candidates.slice(0, Math.min(candidates.length, volumes.participants - paperTarget)));
  const admissions: Admission[] = [];
  const auteur = (plie: PlieRef) => `gen-coordination-${plie.code.toLowerCase()}`;
  const decisionRow = (plie: PlieRef, partenaire: string, prescriptionId: string, commission: Commission, statut: string, actuelle: boolean, parcoursId: string | null, id = nextDecision()): Row => {
    const refus = statut === 'REFUSE';
    return {
      id,
      plie_code: plie.code,
      partenaire,
      prescription_id: prescriptionId,
      commission_id: commission.id,
      statut,
      motif: refus ? random.weighted(MOTIFS_REFUS) : null,
      commentaire: random.chance(0.3) ? random.pick(COMMENTAIRES) : null,
      solution_proximite: statut === 'REORIENTE' ? random.pick(SOLUTIONS) : null,
      decide_le: instantOf(commission.day, 14 * 60 + random.int(0, 180)),
      actuelle,
      parcours_id: parcoursId,
      auteur_sub: auteur(plie),
    };
  };
  const admittedOriginals = new Set<string>();
  for (const { fiche, commission, history } of decided) {
    if (history) decisions.push(decisionRow(fiche.plie, fiche.organisation, fiche.id, history, 'AJOURNE', false, null));
    if (admittedIds.has(fiche.id)) {
      admittedOriginals.add(fiche.id);
      admissions.push({ plie: fiche.plie, partenaire: fiche.organisation, prescriptionId: fiche.id, commission, fiche, decisionId: nextDecision() });
      continue;
    }
    if (fiche.duplicateOf && admittedOriginals.has(fiche.duplicateOf.id)) {
      const row = decisionRow(fiche.plie, fiche.organisation, fiche.id, commission, 'REFUSE', true, null);
      row.motif = 'REFUS_DEJA_ACCOMPAGNE';
      decisions.push(row);
      continue;
    }
    decisions.push(decisionRow(fiche.plie, fiche.organisation, fiche.id, commission, random.weighted([['REFUSE', 45], ['AJOURNE', 30], ['REORIENTE', 25]] as const), true, null));
  }
  // Paper prescriptions (SIAE, CCAS, others): no fiche in the hub, a decision all the same.
  const paper = volumes.participants - admissions.length;
  const paperRandom = ctx.random('parcours:papier');
  const paperPrescription = idStream(`seed:${ctx.seed}:prescription-papier`);
  const commissionIn = (plie: PlieRef) => {
    const list = integration.get(plie.code)!.filter((c) => c.day >= start && c.day <= today - 1);
    return paperRandom.pick(list);
  };
  for (let n = 0; n < paper + Math.round(paper * 0.4); n += 1) {
    const plie = pickPlie(paperRandom);
    const partenaire = paperRandom.weighted([['SIAE', 60], ['CCAS', 30], ['AUTRE', 10]] as const);
    const commission = commissionIn(plie);
    if (n < paper) admissions.push({ plie, partenaire, prescriptionId: paperPrescription(), commission, fiche: null, decisionId: nextDecision() });
    else decisions.push(decisionRow(plie, partenaire, paperPrescription(), commission, paperRandom.chance(0.6) ? 'REFUSE' : 'AJOURNE', true, null));
  }

  // Participants and their parcours.
  const life = ctx.random('parcours:vies');
  const nextParticipant = idStream(`seed:${ctx.seed}:participant`);
  const nextParcours = idStream(`seed:${ctx.seed}:parcours`);
  const participants: ParticipantGen[] = [];
  const participantRows: Row[] = [];
  const parcoursRows: Row[] = [];
  const mesureRows: Row[] = [];
  const affectationRows: Row[] = [];
  const veilleRows: Row[] = [];
  const sortieRows: Row[] = [];
  const nextVeille = idStream(`seed:${ctx.seed}:veille`);
  // The demo référent's caseload stays a référent's (about 150 with the demo's 40), whatever the scale.
  let demoQuota = referential.demoReferentId ? Math.min(110, Math.round(110 * ctx.scale)) : 0;
  const spans: number[] = [];
  const lives: Array<{ parcoursId: string; entree: number; fin: number; active: boolean; sortie: (typeof SORTIES)[number] | null; demo: boolean; events: number }> = [];
  const pickReferent = (plie: PlieRef, except?: string) => {
    const list = referents.get(plie.code)!.filter((r) => r.id !== except);
    return life.weighted(list.map((r) => [r, r.etp] as const));
  };
  for (const admission of admissions) {
    const { plie, fiche, commission } = admission;
    const entree = commission.day;
    const id = nextParticipant();
    const parcoursId = nextParcours();
    // Identity and situation: the fiche's, or a paper prescription's.
    const person = fiche
      ? { ...fiche.personne }
      : (() => {
          const p = demoPerson(`seed:${ctx.seed}:papier:${participants.length}`, [1962, 2004]);
          return { nomNaissance: p.nom, nomUsage: null, prenoms: p.prenom, sexe: p.sexe, dateNaissance: p.dateNaissance, communeInsee: life.pick(plie.communes), residentQpv: life.chance(0.3) };
        })();
    const situation = fiche?.situation ?? {
      inscritFranceTravail: life.chance(0.6),
      inscritDepuis: null as string | null,
      minimaSociaux: life.weighted([['AUCUN', 55], ['RSA', 35], ['ASS', 10]] as const),
      rqth: life.chance(0.07),
      niveauFormation: life.weighted([['INFRA_3', 40], ['NIVEAU_3', 35], ['NIVEAU_4', 18], ['NIVEAU_5', 5], ['NIVEAU_6_ET_PLUS', 2]] as const),
      nationalite: life.weighted([['FRANCAISE', 80], ['UNION_EUROPEENNE', 5], ['HORS_UNION_EUROPEENNE', 15]] as const),
      logement: life.weighted([['LOGEMENT_AUTONOME', 65], ['HEBERGE_TIERS', 20], ['HEBERGEMENT_TEMPORAIRE', 10], ['SANS_DOMICILE', 5]] as const),
    };
    if (!fiche && situation.inscritFranceTravail) situation.inscritDepuis = isoOf(entree - life.int(60, 1500));
    const statutEmploi = situation.inscritFranceTravail
      ? situation.inscritDepuis && situation.inscritDepuis <= isoOf(entree - 365) ? 'CHOMEUR_LONGUE_DUREE' : 'CHOMEUR'
      : life.weighted([['INACTIF', 65], ['CHOMEUR', 25], ['EMPLOYE', 10]] as const);
    const statuts = [
      ...(statutEmploi === 'CHOMEUR_LONGUE_DUREE' ? ['DELD'] : []),
      ...(situation.minimaSociaux === 'RSA' ? ['RSA'] : situation.minimaSociaux === 'ASS' ? ['ASS'] : []),
      ...(situation.rqth ? ['RQTH'] : []),
      ...(admission.partenaire === 'MISSION_LOCALE' ? ['JEUNE_ML'] : []),
      ...(admission.partenaire === 'SIAE' && life.chance(0.5) ? ['FIN_SIAE'] : []),
    ];
    const entreeIso = isoOf(entree);
    participantRows.push({
      id,
      plie_code: plie.code,
      cle_rapprochement: fiche ? fiche.cleRapprochement : personMatchKey(ctx.matchKey, person),
      nom_naissance: person.nomNaissance,
      nom_usage: person.nomUsage,
      prenoms: person.prenoms,
      sexe: person.sexe,
      date_naissance: person.dateNaissance,
      commune_insee: person.communeInsee,
      entree_date: entreeIso,
      entree_statut_emploi: statutEmploi,
      entree_age: yearsBetween(person.dateNaissance, entreeIso),
      entree_tranche_cite: trancheCite(situation.niveauFormation),
      entree_handicap: situation.rqth ? true : life.chance(0.7) ? false : null,
      entree_nationalite: situation.nationalite,
      entree_sans_abri: situation.logement === 'SANS_DOMICILE',
      entree_qpv: person.residentQpv,
      entree_rural: life.chance(plie.rural),
      statuts,
      version: 1,
      cree_le: instantOf(entree, 15 * 60),
      modifie_le: instantOf(entree, 15 * 60),
    });
    decisions.push(decisionRow(plie, admission.partenaire, admission.prescriptionId, commission, 'ADMIS', true, parcoursId, admission.decisionId));

    // The life of the parcours: a few stop early, most run 4 to 24 months (13-14 on average).
    const maxDay = addMonthsDay(entree, 24) - 1;
    const duree = life.chance(0.08) ? life.int(25, 120) : Math.round((4 + ((life.next() + life.next()) / 2) * 20) * 30.44);
    const sortieDay = Math.min(maxDay, entree + duree);
    const active = sortieDay > today;
    const fin = active ? today : sortieDay;
    const span = fin - entree;
    const demo = active && plie.code === 'BORDEAUX' && demoQuota > 0 && life.chance(0.6);
    if (demo) demoQuota -= 1;
    const referent = demo ? referential.demoReferentId! : pickReferent(plie).id;
    let events = 0;

    // Mesures of 6 months, renewed while the parcours runs.
    let mesures = 1;
    while (addMonthsDay(entree, 6 * mesures) < (active ? today : sortieDay)) mesures += 1;
    for (let m = 1; m <= mesures; m += 1) {
      mesureRows.push({ parcours_id: parcoursId, numero: m, debut: isoOf(addMonthsDay(entree, 6 * (m - 1))), fin: isoOf(addMonthsDay(entree, 6 * m)), bilan: m < mesures ? life.pick(BILANS) : null });
    }
    events += mesures - 1;

    // Référent assignments: a tenth change référent half-way.
    if (span >= 60 && life.chance(0.1) && referents.get(plie.code)!.length > 1) {
      const middle = entree + Math.floor(span / 2);
      affectationRows.push({ parcours_id: parcoursId, du: entreeIso, referent_id: pickReferent(plie, referent).id, au: isoOf(middle) });
      affectationRows.push({ parcours_id: parcoursId, du: isoOf(middle), referent_id: referent, au: active ? null : isoOf(sortieDay) });
      events += 1;
    } else {
      affectationRows.push({ parcours_id: parcoursId, du: entreeIso, referent_id: referent, au: active ? null : isoOf(sortieDay) });
    }

    // Veilles: an open one for the parcours on hold today, closed ones for some others.
    const enVeille = active && !demo && life.chance(0.08);
    if (enVeille) {
      veilleRows.push({ id: nextVeille(), parcours_id: parcoursId, motif: life.pick(VEILLES), debut: isoOf(Math.max(entree, today - life.int(5, 80))), fin: null });
      events += 1;
    } else if (span >= 120 && life.chance(0.08)) {
      const debut = entree + life.int(30, span - 60);
      veilleRows.push({ id: nextVeille(), parcours_id: parcoursId, motif: life.pick(VEILLES), debut: isoOf(debut), fin: isoOf(debut + life.int(20, 50)) });
      events += 2;
    }

    // The exit: its category computed by the NATIONAL rules, validated by the next exit commission, confirmed at 6 months.
    let statut = active ? (enVeille ? 'EN_VEILLE' : 'ACTIF') : 'SORTI';
    let exit: (typeof SORTIES)[number] | null = null;
    if (!active) {
      const pool = duree <= 120 ? SORTIES.filter((s) => s.court) : SORTIES;
      exit = life.weighted(pool.map((s) => [s, s.weight] as const));
      const forced = exit.sousType === 'EMPLOI_NON_DURABLE' && exit.situation.contrat === 'CDD' && life.chance(0.05);
      const validation = firstFrom(sortie.get(plie.code)!, sortieDay);
      const validee = validation && validation.day <= today && life.chance(0.92) ? validation : null;
      const categorie = forced ? 'POSITIVE' : exit.categorie;
      let confirmee: boolean | null = null;
      let confirmationDay: number | null = null;
      if (categorie === 'POSITIVE') {
        const sixMonths = addMonthsDay(sortieDay, 6);
        if (sixMonths <= today && (validee || life.chance(0.5))) {
          confirmee = life.chance(0.8);
          confirmationDay = Math.min(today, sixMonths + life.int(0, 20));
          events += 1;
        } else if (validee) statut = 'SUIVI_POST_SORTIE';
      }
      if (validee) events += 1;
      events += 1;
      sortieRows.push({
        parcours_id: parcoursId,
        date: isoOf(sortieDay),
        situation: exit.situation,
        regle_set: 'NATIONAL',
        categorie_calculee: exit.categorie,
        sous_type_calcule: exit.sousType,
        categorie,
        sous_type: forced ? 'CDD_6_MOIS_ET_PLUS' : exit.sousType,
        justification_forcage: forced ? 'Contrat prolongé de quatre mois chez le même employeur juste après la sortie, attesté par l’employeur.' : null,
        validee_commission_id: validee?.id ?? null,
        confirmee_6_mois: confirmee,
        confirmation_le: confirmationDay === null ? null : isoOf(confirmationDay),
      });
    }
    parcoursRows.push({
      id: parcoursId,
      participant_id: id,
      plie_code: plie.code,
      date_entree: entreeIso,
      statut,
      referent_id: referent,
      mesure_fin: isoOf(addMonthsDay(entree, 6 * mesures)),
      date_sortie: active ? null : isoOf(sortieDay),
      version: 1,
      cree_le: instantOf(entree, 14 * 60 + 30),
      modifie_le: instantOf(fin, 17 * 60),
    });
    participants.push({ id, plie, sexe: person.sexe, dateNaissance: person.dateNaissance, qpv: person.residentQpv, entree, fin, active, demo });
    spans.push(span);
    lives.push({ parcoursId, entree, fin, active, sortie: exit, demo, events });
  }

  // Entretiens and étapes: one each to begin with, the rest shared by the length of the parcours.
  const entretienCounts = apportion(volumes.entretiens - lives.length, spans.map((s) => s + 1)).map((n) => n + 1);
  const etapeCounts = apportion(volumes.etapes - lives.length, spans.map((s) => s + 30)).map((n) => n + 1);
  const entretienRows: Row[] = [];
  const etapeRows: Row[] = [];
  const nextEntretien = idStream(`seed:${ctx.seed}:entretien`);
  const nextEtape = idStream(`seed:${ctx.seed}:etape`);
  const suivi = ctx.random('parcours:suivi');
  lives.forEach((l, i) => {
    const span = l.fin - l.entree;
    const count = entretienCounts[i]!;
    for (let j = 0; j < count; j += 1) {
      const day = l.entree + Math.min(span, Math.floor(((j + 0.15 + 0.7 * suivi.next()) / count) * span));
      const present = suivi.chance(0.87);
      entretienRows.push({
        id: nextEntretien(),
        parcours_id: l.parcoursId,
        date: isoOf(day),
        mode: suivi.weighted([['PRESENTIEL', 65], ['TELEPHONE', 25], ['VISIO', 10]] as const),
        present,
        relance: present ? 0 : suivi.weighted([[0, 40], [1, 40], [2, 20]] as const),
        cree_le: instantOf(day, suivi.int(9 * 60, 17 * 60)),
      });
    }
    const steps = etapeCounts[i]!;
    for (let j = 0; j < steps; j += 1) {
      const last = j === steps - 1;
      const debut = l.entree + Math.min(span, Math.floor(((j + 0.8 * suivi.next()) / steps) * span));
      // The last step of an exited parcours leads to its exit situation.
      const towardsExit = last && l.sortie && ['EMPLOI', 'FORMATION'].includes(String(l.sortie.situation.type));
      const type: EtapeType = towardsExit ? (l.sortie!.situation.type as EtapeType) : suivi.weighted(ETAPE_WEIGHTS);
      const [min, max] = ETAPES[type].jours;
      let fin: number | null = debut + suivi.int(min, max);
      if (!l.active) fin = Math.min(fin, l.fin);
      // A running parcours is in its last step today (open-ended for the long ones).
      else if (last && (l.demo || ['EMPLOI', 'SIAE', 'FORMATION', 'LEVEE_FREIN', 'MISSION_CLAUSE'].includes(type))) fin = null;
      etapeRows.push({
        id: nextEtape(),
        parcours_id: l.parcoursId,
        type,
        debut: isoOf(debut),
        fin: fin === null ? null : isoOf(fin),
        intitule: suivi.pick(ETAPES[type].intitules),
        attributs: etapeAttributs(type, suivi, towardsExit && type === 'EMPLOI' ? String(l.sortie!.situation.contrat) : undefined),
      });
    }
    // Each recorded interview and step was a change of the parcours (its version counts them).
    parcoursRows[i]!.version = 1 + l.events + count + steps;
  });

  return {
    tables: [
      ['referent', referentRows],
      ['commission', commissionRows],
      ['participant', participantRows],
      ['parcours', parcoursRows],
      ['mesure', mesureRows],
      ['affectation_referent', affectationRows],
      ['decision', decisions],
      ['entretien', entretienRows],
      ['etape', etapeRows],
      ['veille', veilleRows],
      ['sortie', sortieRows],
    ],
    participants,
  };
}
