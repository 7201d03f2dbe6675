import { addDays, addMonths } from '@plie-hub/kit';
import { AlerteEnum } from '../enums';
import type { PlieEntity } from '../plie/plie.entity';
import type { SortieEntity } from '../sortie/sortie.entity';
import type { ParcoursEntity } from './parcours.entity';

/** The alerts a référent and the coordination act on, computed from the parcours, its last contact and its exit. */
export function alertesOf(
  parcours: ParcoursEntity,
  plie: Pick<PlieEntity, 'delaiSansContactJours' | 'dureeMaxMois'>,
  dernierContact: string | null,
  sortie: Pick<SortieEntity, 'categorie' | 'confirmee6Mois' | 'date'> | null,
  on: string,
): AlerteEnum[] {
  const alertes: AlerteEnum[] = [];
  if (parcours.statut === 'ACTIF' || parcours.statut === 'EN_VEILLE') {
    const reference = dernierContact ?? parcours.dateEntree;
    const horizon = addDays(on, 30);
    // reference + delay < on, said as reference < on - delay: the same days, one sum for the whole PLIE's day.
    if (parcours.statut === 'ACTIF' && reference < addDays(on, -plie.delaiSansContactJours)) alertes.push(AlerteEnum.SANS_CONTACT);
    if (parcours.mesureFin <= horizon) alertes.push(AlerteEnum.FIN_MESURE_PROCHE);
    if (addMonths(parcours.dateEntree, plie.dureeMaxMois) <= horizon) alertes.push(AlerteEnum.DUREE_MAXIMALE_ATTEINTE);
  }
  if (sortie?.categorie === 'POSITIVE' && sortie.confirmee6Mois === null && addMonths(sortie.date, 6) <= on) {
    alertes.push(AlerteEnum.CONFIRMATION_6_MOIS_ATTENDUE);
  }
  return alertes;
}
