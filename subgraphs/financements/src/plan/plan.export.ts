import { type ExportFile, FormatExport, toCsv, toXlsx } from '@plie-hub/kit';
import type { OperationEntity } from '../operation/operation.entities';
import type { LigneDepenseEntity, RessourceEntity } from '../operation/operation.entities';
import type { PlanCalcule } from './plan-rules';

const CATEGORIES: Record<string, string> = {
  PERSONNEL: 'Dépenses directes de personnel',
  FONCTIONNEMENT: 'Dépenses directes de fonctionnement',
  PRESTATIONS: 'Prestations externes',
  PARTICIPANTS: 'Dépenses liées aux participants',
};
const FINANCEURS: Record<string, string> = {
  FSE: 'FSE+', REGION: 'Région', DEPARTEMENT: 'Département', ETAT: 'État', EPCI_COMMUNE: 'EPCI / commune', AUTOFINANCEMENT: 'Autofinancement', RECETTES: 'Recettes',
};
const euros = (m: { toString(): string }) => Number(m.toString());

/** The plan in its usual two tables: dépenses (by category, indirect costs computed, total) and ressources (by funder, share). */
export async function exportPlan(
  operation: OperationEntity,
  annee: number,
  lignes: LigneDepenseEntity[],
  ressources: RessourceEntity[],
  calcule: PlanCalcule,
  option: string | null,
  format: FormatExport,
): Promise<ExportFile> {
  const caption = [`Plan de financement ${annee} — ${operation.intitule}`, `Porteur : ${operation.porteur.nom} (SIRET ${operation.porteur.siret})`, option ? `Option de coûts simplifiés : ${option}` : 'Sans option de coûts simplifiés'];
  const depenses = {
    name: 'Dépenses',
    caption,
    header: ['Catégorie', 'Libellé', 'Montant (€)'],
    rows: [
      ...lignes.map((l) => [CATEGORIES[l.categorie]!, l.libelle, euros(l.montant)] as Array<string | number | null>),
      ['Coûts indirects (taux forfaitaire)', option ?? '', euros(calcule.coutsIndirects)],
      ['Total des dépenses', '', euros(calcule.coutTotal)],
    ],
  };
  const recettes = {
    name: 'Ressources',
    header: ['Financeur', 'Montant (€)', 'Part (%)'],
    rows: [
      ...ressources.map((r) => [FINANCEURS[r.financeur]!, euros(r.montant), calcule.parts.find((p) => p.financeur === r.financeur)?.part ?? null] as Array<string | number | null>),
      ['Total des ressources', euros(calcule.totalRessources), '100.00'],
    ],
  };
  const fileName = `plan-financement-${annee}-${operation.id.slice(0, 8)}`;
  if (format === FormatExport.XLSX) return toXlsx(fileName, [depenses, recettes]);
  return toCsv(fileName, { ...depenses, rows: [...depenses.rows, [], ['Ressources'], recettes.header, ...recettes.rows] });
}
