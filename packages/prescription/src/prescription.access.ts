import { entityByIdLoader, ForbiddenError, prepared, type SubgraphContext } from '@plie-hub/kit';
import type { DataSource } from 'typeorm';
import { answersRightOfAccess, type Caller } from '@plie-hub/auth';
import { StatutPrescription } from './enums';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { PrescriptionPartner } from './partner';
import { StructurePrescriptriceEntity } from './structure.entity';

const structureById = entityByIdLoader(StructurePrescriptriceEntity);

export function isPrescriberOf(caller: Caller, partner: Pick<PrescriptionPartner, 'organisation'>): boolean {
  return caller.roles.includes('PRESCRIPTEUR') && caller.org.type === partner.organisation;
}

/** The coordination of the destination PLIE reads transmitted fiches (never drafts). */
export function isDestinationCoordination(caller: Caller, fiche: FichePrescriptionEntity): boolean {
  return caller.roles.includes('COORDINATION_PLIE') && caller.plies.includes(fiche.plieCode) && fiche.statut !== StatutPrescription.BROUILLON;
}

/**
 * Who may read a fiche: its structure; another structure of the same partner network when the owner shares with
 * its network; the coordination of the destination PLIE once transmitted; the DPO answering a right-of-access
 * request (the gateway's plan comes back here for the fields of the fiches it found by the person's match key, so
 * the DPO reads a fiche it designates, and every such read is in the audit trail). Nobody else.
 */
export async function canRead(context: SubgraphContext, partner: PrescriptionPartner, fiche: FichePrescriptionEntity): Promise<boolean> {
  const { caller } = context;
  if (isDestinationCoordination(caller, fiche) || answersRightOfAccess(caller)) return true;
  if (!isPrescriberOf(caller, partner)) return false;
  if (caller.org.id === fiche.structureId) return true;
  const loader = context.loaders.get(structureById);
  const [owner, own] = await Promise.all([loader.load(fiche.structureId), loader.load(caller.org.id)]);
  return !!owner && !!own && owner.partageReseau && owner.reseau === own.reseau;
}

export async function assertCanRead(context: SubgraphContext, partner: PrescriptionPartner, fiche: FichePrescriptionEntity): Promise<void> {
  if (!(await canRead(context, partner, fiche))) {
    throw new ForbiddenError("Cette fiche de prescription n'est pas accessible à votre structure.");
  }
}

export function assertPrescriber(caller: Caller, partner: PrescriptionPartner): void {
  if (!isPrescriberOf(caller, partner)) {
    throw new ForbiddenError(`Seuls les prescripteurs ${partner.suffix} peuvent gérer ces fiches de prescription.`);
  }
}

/** Changes are the owner structure's alone, whatever it shares. */
export function assertOwner(caller: Caller, partner: PrescriptionPartner, fiche: FichePrescriptionEntity): void {
  assertPrescriber(caller, partner);
  if (caller.org.id !== fiche.structureId) throw new ForbiddenError('Cette fiche appartient à une autre structure : elle ne peut être modifiée que par elle.');
}

/**
 * Structures whose fiches a prescriber may list: its own (even before the referential lists it) and those of its
 * network that share, in one statement. The list is then given to the fiches' query as values, not as a subquery:
 * with the one structure of the common case, the page is read in the order of the (structure, creation) index.
 */
export async function readableStructures(db: Pick<DataSource, 'query'>, structure: string): Promise<string[]> {
  const shared: Array<{ id: string }> = await db.query(
    // Prepared: a lookup by key, planned the same for every structure.
    prepared('SELECT s.id FROM structure_prescriptrice s WHERE s.partage_reseau AND s.reseau = (SELECT o.reseau FROM structure_prescriptrice o WHERE o.id = $1)'),
    [structure],
  );
  return [...new Set([structure, ...shared.map((s) => s.id)])];
}
