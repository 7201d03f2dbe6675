import { addDays } from '@plie-hub/kit';
import { DEMO_PLIES, demoPerson, Random, stableUuid } from '@plie-hub/demo';
import type { Logger } from '@plie-hub/kit';
import type { DataSource } from 'typeorm';
import { ModeRecueilConsentement, PerimetreConsentement } from './consentement';
import { GroupeNationalite, MinimaSociaux, NiveauFormation, SituationLogement, StatutPrescription, TypeFrein } from './enums';
import { ficheColumns } from './fiche-columns';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { FichePrescriptionInput } from './fiche-prescription.input';
import type { PrescriptionPartner } from './partner';
import { PlieDestinataireEntity } from './plie-destinataire.entity';
import { StructurePrescriptriceEntity } from './structure.entity';

/** Fiches per partner in the demo data set. */
export const DEMO_FICHES_PER_PARTNER = 300;

export interface DemoOptions<TEntity> {
  /** Values of the partner section for the n-th demo fiche. */
  section: (n: number) => Partial<TEntity>;
  /** Birth years of the demo people (the Mission Locale prescribes young people). */
  birthYears?: [number, number];
  /** Age rule the partner agreed with the PLIEs (young people's schemes). */
  ageRule?: Pick<PlieDestinataireEntity, 'ageMaximumJeunes' | 'ageMaximumJeunesRqth'>;
}

/** What a prescriber writes as the fiche's objective: the demo's, and the generated data set's first ones. */
export const OBJECTIFS = [
  'Accompagnement renforcé vers un emploi durable après une longue période de chômage.',
  'Lever les freins de mobilité et de garde d’enfants pour reprendre une activité.',
  'Construire un projet professionnel et accéder à une formation qualifiante.',
  'Retour à l’emploi après un contrat en SIAE, besoin d’un suivi individualisé.',
  'Sécuriser une reprise d’emploi à temps partiel vers un temps plein.',
];
const FREINS = [TypeFrein.MOBILITE, TypeFrein.NUMERIQUE, TypeFrein.FAMILLE_GARDE_ENFANTS, TypeFrein.FINANCES, TypeFrein.LOGEMENT, TypeFrein.SAVOIRS_DE_BASE];

/** The demo structure of a partner on a PLIE's territory (an agence, a maison de solidarité, a mission locale). */
export function demoStructureId(organisation: string, plieCode: string): string {
  return `${organisation}-${plieCode}`.toLowerCase();
}

/**
 * The partner's structures, its agreements with the demo PLIEs and a few hundred fiches across them, the same on
 * every run. Identities are invented; ids are stable so other subgraphs' demo data can refer to them.
 */
export async function seedPrescriptionsDemo<TEntity extends FichePrescriptionEntity>(
  db: DataSource,
  log: Logger,
  matchKey: string,
  partner: Pick<PrescriptionPartner<TEntity>, 'entity' | 'organisation'>,
  demo: DemoOptions<TEntity>,
): Promise<void> {
  if ((await db.getRepository(PlieDestinataireEntity).count()) > 0) return;
  const random = new Random(`prescriptions:${partner.organisation}`);
  const fiches = Array.from({ length: DEMO_FICHES_PER_PARTNER }, (_, n) => {
    const plie = DEMO_PLIES[n % DEMO_PLIES.length]!;
    const person = demoPerson(`${partner.organisation}:${n}`, demo.birthYears);
    const statut = random.weighted([
      [StatutPrescription.TRANSMISE, 80],
      [StatutPrescription.BROUILLON, 15],
      [StatutPrescription.ANNULEE, 5],
    ] as const);
    const created = new Date(Date.UTC(2025, 0, 1) + random.int(0, 600) * 86_400_000);
    const createdOn = created.toISOString().slice(0, 10);
    const minima = random.weighted([[MinimaSociaux.RSA, 40], [MinimaSociaux.AUCUN, 50], [MinimaSociaux.ASS, 10]] as const);
    const input: FichePrescriptionInput = {
      plieCode: plie.code,
      prescripteur: { agentNom: 'Agent de démonstration', agentContact: 'agent.demo@example.org' },
      personne: {
        nomNaissance: person.nom,
        nomUsage: null,
        prenoms: person.prenom,
        sexe: person.sexe as never,
        dateNaissance: person.dateNaissance,
        communeInsee: random.pick(plie.communes),
        residentQpv: random.chance(0.3),
        telephone: `06${String(10_000_000 + n * 7919).slice(0, 8)}`,
        email: null,
      },
      situation: {
        inscritFranceTravail: random.chance(0.8),
        inscritDepuis: null,
        minimaSociaux: minima,
        rqth: false,
        niveauFormation: random.pick(Object.values(NiveauFormation)),
        nationalite: random.weighted([[GroupeNationalite.FRANCAISE, 80], [GroupeNationalite.UNION_EUROPEENNE, 5], [GroupeNationalite.HORS_UNION_EUROPEENNE, 15]] as const),
        logement: random.weighted([[SituationLogement.LOGEMENT_AUTONOME, 70], [SituationLogement.HEBERGE_TIERS, 20], [SituationLogement.HEBERGEMENT_TEMPORAIRE, 10]] as const),
      },
      freins: [...new Set([random.pick(FREINS), random.pick(FREINS)])].map((type) => ({ type, note: null })),
      objectif: random.pick(OBJECTIFS),
      urgent: random.chance(0.1),
      souhaitRencontrePrealable: random.chance(0.3),
      messageReferent: null,
      consentement: { recueilliLe: createdOn, mode: ModeRecueilConsentement.ECRIT_SIGNE, perimetre: [PerimetreConsentement.TRANSMISSION_PLIE], santeRecueilliLe: null },
    };
    if (input.situation.inscritFranceTravail) input.situation.inscritDepuis = addDays(createdOn, -random.int(60, 1500));
    const transmitted = statut !== StatutPrescription.BROUILLON ? addDays(createdOn, 2) : null;
    return {
      ...ficheColumns(input, matchKey),
      ...demo.section(n),
      id: stableUuid(`prescription:${partner.organisation}:${n}`),
      statut,
      structureId: demoStructureId(partner.organisation, plie.code),
      auteurSub: `demo-${partner.organisation.toLowerCase()}-agent`,
      cleIdempotence: null,
      transmiseLe: transmitted ? new Date(`${transmitted}T10:00:00Z`) : null,
      expireLe: transmitted ? addDays(transmitted, 90) : null,
      annuleeLe: statut === StatutPrescription.ANNULEE ? new Date(`${addDays(createdOn, 20)}T10:00:00Z`) : null,
      motifAnnulation: statut === StatutPrescription.ANNULEE ? 'La personne a retrouvé un emploi.' : null,
      creeLe: created,
      modifieLe: created,
    } as unknown as TEntity;
  });
  await db.transaction(async (manager) => {
    await manager.insert(
      PlieDestinataireEntity,
      DEMO_PLIES.map((plie) => ({
        code: plie.code,
        actif: true,
        delaiExpirationJours: 90,
        ageMinimum: 16,
        ageMaximumJeunes: demo.ageRule?.ageMaximumJeunes ?? null,
        ageMaximumJeunesRqth: demo.ageRule?.ageMaximumJeunesRqth ?? null,
      })),
    );
    await manager.insert(
      StructurePrescriptriceEntity,
      DEMO_PLIES.map((plie) => ({
        id: demoStructureId(partner.organisation, plie.code),
        nom: `${partner.organisation} ${plie.nom.replace(/^PLIE (de |du |des |de l')?/, '')}`,
        reseau: `${partner.organisation}-${plie.organismeIntermediaire.startsWith('AGAPE') ? 'nouvelle-aquitaine' : 'deux-sevres'}`.toLowerCase(),
        partageReseau: false,
      })),
    );
    for (let i = 0; i < fiches.length; i += 100) await manager.insert(partner.entity, fiches.slice(i, i + 100) as never);
  });
  log.info({ fiches: fiches.length }, 'demo data loaded');
}
