import { type FieldProblem, Montant } from '@plie-hub/kit';

export type Categorie = 'PERSONNEL' | 'FONCTIONNEMENT' | 'PRESTATIONS' | 'PARTICIPANTS';
export type Financeur = 'FSE' | 'REGION' | 'DEPARTEMENT' | 'ETAT' | 'EPCI_COMMUNE' | 'AUTOFINANCEMENT' | 'RECETTES';

export const CATEGORIES: Categorie[] = ['PERSONNEL', 'FONCTIONNEMENT', 'PRESTATIONS', 'PARTICIPANTS'];

export interface OptionCouts {
  code: string;
  /** Percentage as an exact decimal string ("15", "20", "40", "7"). */
  taux: string;
  base: Categorie[];
  /** The 40 % staff option covers every other cost: the plan then holds staff costs only. */
  remplaceAutresCouts: boolean;
}

export interface PlanLignes {
  lignes: Array<{ categorie: Categorie; montant: Montant }>;
  ressources: Array<{ financeur: Financeur; montant: Montant }>;
  option: OptionCouts | null;
}

export interface PlanCalcule {
  parCategorie: Array<{ categorie: Categorie; montant: Montant }>;
  coutsDirects: Montant;
  baseCoutsIndirects: Montant;
  coutsIndirects: Montant;
  coutTotal: Montant;
  totalRessources: Montant;
  fse: Montant;
  /** FSE+ / total cost in percent, two decimals ("59.99"); null for an empty plan. */
  tauxFse: string | null;
  parts: Array<{ financeur: Financeur; montant: Montant; part: string | null }>;
}

/**
 * The computed side of a plan de financement: totals by category, indirect costs from the simplified-cost option
 * (rate × the base it names, rounded half away from zero once, never typed), total cost, resources and each funder's
 * share. Exact to the cent: amounts are integer cents.
 */
export function computePlan(plan: PlanLignes): PlanCalcule {
  const parCategorie = CATEGORIES.map((categorie) => ({
    categorie,
    montant: Montant.sum(plan.lignes.filter((l) => l.categorie === categorie).map((l) => l.montant)),
  }));
  const coutsDirects = Montant.sum(parCategorie.map((c) => c.montant));
  const baseCoutsIndirects = Montant.sum(parCategorie.filter((c) => plan.option?.base.includes(c.categorie)).map((c) => c.montant));
  const coutsIndirects = plan.option ? baseCoutsIndirects.times(plan.option.taux).times('0.01') : Montant.ZERO;
  const coutTotal = coutsDirects.plus(coutsIndirects);
  const totalRessources = Montant.sum(plan.ressources.map((r) => r.montant));
  const fse = Montant.sum(plan.ressources.filter((r) => r.financeur === 'FSE').map((r) => r.montant));
  const financeurs = [...new Set(plan.ressources.map((r) => r.financeur))];
  return {
    parCategorie,
    coutsDirects,
    baseCoutsIndirects,
    coutsIndirects,
    coutTotal,
    totalRessources,
    fse,
    tauxFse: fse.percentOf(coutTotal),
    parts: financeurs.map((financeur) => {
      const montant = Montant.sum(plan.ressources.filter((r) => r.financeur === financeur).map((r) => r.montant));
      return { financeur, montant, part: montant.percentOf(coutTotal) };
    }),
  };
}

/** The FSE+ rules of a plan against its fiche opération; every breach is a problem naming its field, in French. */
export function checkPlan(plan: PlanLignes, calcule: PlanCalcule, fiche: { fseMaximum: Montant; tauxFseMaximum: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (plan.option?.remplaceAutresCouts && plan.lignes.some((l) => l.categorie !== 'PERSONNEL')) {
    problems.push({ field: 'lignes', message: `L'option ${plan.option.code} couvre tous les autres coûts : le plan ne comporte que des dépenses de personnel.` });
  }
  if (!calcule.totalRessources.equals(calcule.coutTotal)) {
    const ecart = calcule.totalRessources.minus(calcule.coutTotal);
    problems.push({
      field: 'ressources',
      message: `Les ressources (${calcule.totalRessources} €) doivent égaler le coût total (${calcule.coutTotal} €) au centime près : écart de ${ecart} €.`,
    });
  }
  if (calcule.fse.compare(fiche.fseMaximum) > 0) {
    problems.push({ field: 'ressources', message: `Le FSE+ demandé (${calcule.fse} €) dépasse le maximum de la fiche opération (${fiche.fseMaximum} €).` });
  }
  // Exact comparison in cents: FSE × 100 ≤ total × maximum rate.
  if (fiche.tauxFseMaximum && calcule.fse.times('100').compare(calcule.coutTotal.times(fiche.tauxFseMaximum)) > 0) {
    problems.push({ field: 'ressources', message: `Le taux FSE+ (${calcule.tauxFse} %) dépasse le taux maximum de la fiche (${fiche.tauxFseMaximum} %).` });
  }
  return problems;
}
