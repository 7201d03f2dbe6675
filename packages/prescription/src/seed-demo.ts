import { DEMO_PLIES, demoPerson, Random, stableUuid } from '@plie-hub/demo';
import type { Logger } from '@plie-hub/kit';
import type { DataSource } from 'typeorm';
import { ModeRecueilConsentement } from './consentement';
import { StatutPrescription } from './enums';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { PrescriptionPartner } from './partner';
import { PlieDestinataireEntity } from './plie-destinataire.entity';

/** Fiches per partner in the demo data set. */
export const DEMO_FICHES_PER_PARTNER = 300;

const OBJECTIFS = [
  'Accompagnement renforcé vers un emploi durable après une longue période de chômage.',
  'Lever les freins de mobilité et de garde d’enfants pour reprendre une activité.',
  'Construire un projet professionnel et accéder à une formation qualifiante.',
  'Retour à l’emploi après un contrat en SIAE, besoin d’un suivi individualisé.',
  'Sécuriser une reprise d’emploi à temps partiel vers un temps plein.',
];

/**
 * The partner's agreements with the demo PLIEs and a few hundred fiches across them, the same on every run.
 * Identities are invented; ids are stable so the other subgraphs' demo data can refer to them.
 */
export async function seedPrescriptionsDemo<TEntity extends FichePrescriptionEntity>(
  db: DataSource,
  log: Logger,
  partner: Pick<PrescriptionPartner<TEntity>, 'entity' | 'organisation'>,
  demoSection: (n: number) => Partial<TEntity>,
  birthYears?: [number, number],
): Promise<void> {
  if ((await db.getRepository(PlieDestinataireEntity).count()) > 0) return;
  const random = new Random(`prescriptions:${partner.organisation}`);
  const fiches = Array.from({ length: DEMO_FICHES_PER_PARTNER }, (_, n) => {
    const plie = DEMO_PLIES[n % DEMO_PLIES.length]!;
    const person = demoPerson(`${partner.organisation}:${n}`, birthYears);
    const statut = random.weighted([
      [StatutPrescription.TRANSMISE, 70],
      [StatutPrescription.BROUILLON, 15],
      [StatutPrescription.ANNULEE, 5],
      [StatutPrescription.EXPIREE, 10],
    ] as const);
    const created = new Date(Date.UTC(2025, 0, 1) + random.int(0, 600) * 86_400_000);
    return {
      ...demoSection(n),
      id: stableUuid(`prescription:${partner.organisation}:${n}`),
      plieCode: plie.code,
      statut,
      structureId: demoStructureId(partner.organisation, plie.code),
      auteurSub: `demo-${partner.organisation.toLowerCase()}-agent`,
      personne: {
        nomNaissance: person.nom,
        nomUsage: null,
        prenoms: person.prenom,
        sexe: person.sexe,
        dateNaissance: person.dateNaissance,
      },
      objectif: random.pick(OBJECTIFS),
      consentement: { recueilliLe: created.toISOString().slice(0, 10), mode: ModeRecueilConsentement.ECRIT_SIGNE },
      cleIdempotence: null,
      transmiseLe: statut === StatutPrescription.BROUILLON ? null : new Date(created.getTime() + 2 * 86_400_000),
      creeLe: created,
      modifieLe: created,
    } as unknown as TEntity;
  });
  await db.transaction(async (manager) => {
    await manager.insert(PlieDestinataireEntity, DEMO_PLIES.map((plie) => ({ code: plie.code, actif: true, delaiExpirationJours: 90 })));
    for (let i = 0; i < fiches.length; i += 100) await manager.insert(partner.entity, fiches.slice(i, i + 100) as never);
  });
  log.info({ fiches: fiches.length }, 'demo data loaded');
}

/** The demo structure of a partner on a PLIE's territory (an agence, a maison de solidarité, a mission locale). */
export function demoStructureId(organisation: string, plieCode: string): string {
  return `${organisation}-${plieCode}`.toLowerCase();
}
