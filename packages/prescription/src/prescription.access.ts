import type { Caller } from '@plie-hub/auth';
import { ForbiddenError } from '@plie-hub/kit';
import { StatutPrescription } from './enums';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { PrescriptionPartner } from './partner';

/**
 * Who may read a fiche: the prescribing structure that owns it, and the coordination of the destination PLIE once
 * it is transmitted. Nobody else, and a refusal is FORBIDDEN, never an empty answer.
 */
export function canRead(caller: Caller, partner: PrescriptionPartner, fiche: FichePrescriptionEntity): boolean {
  if (isPrescriberOf(caller, partner) && caller.org.id === fiche.structureId) return true;
  return (
    caller.roles.includes('COORDINATION_PLIE') &&
    caller.plies.includes(fiche.plieCode) &&
    fiche.statut !== StatutPrescription.BROUILLON
  );
}

export function isPrescriberOf(caller: Caller, partner: PrescriptionPartner): boolean {
  return caller.roles.includes('PRESCRIPTEUR') && caller.org.type === partner.organisation;
}

export function assertCanRead(caller: Caller, partner: PrescriptionPartner, fiche: FichePrescriptionEntity): void {
  if (!canRead(caller, partner, fiche)) throw new ForbiddenError("Cette fiche de prescription n'est pas accessible à votre structure.");
}

export function assertPrescriber(caller: Caller, partner: PrescriptionPartner): void {
  if (!isPrescriberOf(caller, partner)) {
    throw new ForbiddenError(`Seuls les prescripteurs ${partner.suffix} peuvent gérer ces fiches de prescription.`);
  }
}

export function assertOwner(caller: Caller, partner: PrescriptionPartner, fiche: FichePrescriptionEntity): void {
  assertPrescriber(caller, partner);
  if (caller.org.id !== fiche.structureId) throw new ForbiddenError("Cette fiche appartient à une autre structure.");
}
