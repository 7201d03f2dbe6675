/**
 * Sortie categories are computed from the exit situation by the PLIE's rule set. Rule sets are data: an ordered list
 * of rules, the first that matches gives the category and sub-type. Each PLIE points at a versioned rule set with
 * validity dates; the sortie keeps the rule set it was computed with.
 */
export type CategorieSortie = 'POSITIVE' | 'DYNAMIQUE' | 'REDUCTION_FREINS' | 'AUTRE';

export type TypeSituationSortie = 'EMPLOI' | 'FORMATION' | 'CREATION_ENTREPRISE' | 'SANS_EMPLOI_NI_FORMATION';

export type TypeContrat =
  | 'CDI'
  | 'CDD'
  | 'INTERIM'
  | 'CONTRAT_AIDE'
  | 'CDDI'
  | 'CTTI'
  | 'MISSION_AI'
  | 'ALTERNANCE'
  | 'SAISONNIER'
  | 'CESU';

/** What the référent records at exit (and what the rules read). */
export interface SituationSortie {
  type: TypeSituationSortie;
  contrat?: TypeContrat | null;
  heuresHebdo?: number | null;
  dureeMois?: number | null;
  /** CDD: at the same employer for the whole duration. */
  memeEmployeur?: boolean | null;
  /** Intérim: months of missions without interruption. */
  moisSansInterruption?: number | null;
  /** Intérim: hours worked in the last 12 months. */
  heures12DerniersMois?: number | null;
  /** Hours on clause missions in the last 6 months (from the clauses subgraph, through the gateway). */
  heuresClauses6DerniersMois?: number | null;
  /** Saisonnier: months in work over the last 12. */
  moisEnEmploiSur12?: number | null;
  formationHeures?: number | null;
  formationQualifiante?: boolean | null;
  formationCertifiante?: boolean | null;
  creationValideeCommission?: boolean | null;
  creationActiveA6Mois?: boolean | null;
  /** The final diagnostic shows freins reduced compared with the initial one. */
  freinsReduits?: boolean | null;
  /** Why the parcours ends without job or training: ABANDON, DEMENAGEMENT, REORIENTATION, FIN_POUR_ABSENCES… */
  motif?: string | null;
}

/** A condition on the situation; all present keys must hold. */
export interface Condition {
  type?: TypeSituationSortie;
  contrats?: TypeContrat[];
  contratsExclus?: TypeContrat[];
  minHeuresHebdo?: number;
  minDureeMois?: number;
  /** Strictly more than this many months ("de plus de 12 mois"). */
  plusDeMois?: number;
  memeEmployeur?: boolean;
  minMoisSansInterruption?: number;
  minHeures12DerniersMois?: number;
  minHeuresClauses6DerniersMois?: number;
  minMoisEnEmploiSur12?: number;
  minFormationHeures?: number;
  formationQualifiante?: boolean;
  formationCertifiante?: boolean;
  creationValideeCommission?: boolean;
  creationActiveA6Mois?: boolean;
  freinsReduits?: boolean;
  /** Any of these conditions (for "6 months without interruption OR 600 h of clauses"). */
  auMoinsUne?: Condition[];
}

export interface Rule {
  categorie: CategorieSortie;
  sousType: string;
  si: Condition;
}

export interface RuleSet {
  code: string;
  nom: string;
  source: string;
  regles: Rule[];
}

const atLeast = (value: number | null | undefined, min: number | undefined) => min === undefined || (value ?? -Infinity) >= min;

export function matches(situation: SituationSortie, condition: Condition): boolean {
  const c = condition;
  if (c.type && situation.type !== c.type) return false;
  if (c.contrats && (!situation.contrat || !c.contrats.includes(situation.contrat))) return false;
  if (c.contratsExclus && situation.contrat && c.contratsExclus.includes(situation.contrat)) return false;
  // A CDI has no end: it satisfies any duration.
  const duree = situation.contrat === 'CDI' ? Infinity : situation.dureeMois;
  if (!atLeast(situation.heuresHebdo, c.minHeuresHebdo)) return false;
  if (!atLeast(duree, c.minDureeMois)) return false;
  if (c.plusDeMois !== undefined && !((duree ?? -Infinity) > c.plusDeMois)) return false;
  if (c.memeEmployeur !== undefined && (situation.memeEmployeur ?? false) !== c.memeEmployeur) return false;
  if (!atLeast(situation.moisSansInterruption, c.minMoisSansInterruption)) return false;
  if (!atLeast(situation.heures12DerniersMois, c.minHeures12DerniersMois)) return false;
  if (!atLeast(situation.heuresClauses6DerniersMois, c.minHeuresClauses6DerniersMois)) return false;
  if (!atLeast(situation.moisEnEmploiSur12, c.minMoisEnEmploiSur12)) return false;
  if (!atLeast(situation.formationHeures, c.minFormationHeures)) return false;
  for (const flag of ['formationQualifiante', 'formationCertifiante', 'creationValideeCommission', 'creationActiveA6Mois', 'freinsReduits'] as const) {
    if (c[flag] !== undefined && (situation[flag] ?? false) !== c[flag]) return false;
  }
  if (c.auMoinsUne && !c.auMoinsUne.some((alternative) => matches(situation, alternative))) return false;
  return true;
}

export interface ComputedSortie {
  categorie: CategorieSortie;
  sousType: string;
  regleSet: string;
}

/** The first rule of the set that matches; a set always ends with rules that match everything. */
export function computeSortie(ruleSet: RuleSet, situation: SituationSortie): ComputedSortie {
  const rule = ruleSet.regles.find((candidate) => matches(situation, candidate.si));
  if (!rule) return { categorie: 'AUTRE', sousType: situation.motif ?? 'AUTRE', regleSet: ruleSet.code };
  const sousType = rule.sousType === '$motif' ? (situation.motif ?? 'AUTRE') : rule.sousType;
  return { categorie: rule.categorie, sousType, regleSet: ruleSet.code };
}
