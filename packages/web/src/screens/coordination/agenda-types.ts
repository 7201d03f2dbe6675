import type { PartenaireCode, StatutDecision } from './labels';
import type { Identite } from '../../ui/person';

export interface Seance {
  id: string;
  date: string;
  type: string;
  membres: string[];
}

export interface ReferentOption {
  id: string;
  nom: string;
  actif: boolean;
  structure: { nom: string };
  charge: { fileActive: number; cible: number; depassee: boolean } | null;
}

/** One fiche of the agenda, as the ordre-du-jour-*.graphql operations ask it. */
export interface FicheAgenda {
  id: string;
  transmiseLe: string | null;
  urgent: boolean;
  cleRapprochement: string | null;
  prescripteur: { structureId: string; agentNom: string } | null;
  personne: (Identite & { residentQpv: boolean }) | null;
  situation: {
    inscritFranceTravail: boolean;
    inscritDepuis: string | null;
    minimaSociaux: string;
    rqth: boolean;
    nationalite: string;
    logement: string;
    trancheCite: string;
  } | null;
  consentement: { santeRecueilliLe: string | null } | null;
  franceTravail?: { demandeurLongueDuree: boolean } | null;
  /** The current decision, read with the agenda (séance and parcours included). */
  decisionCommission: Decision | null;
  personneRapprochee: {
    participations: Array<{ id: string; parcours: Array<{ id: string; statut: string }> | null }> | null;
    prescriptionsFranceTravail: Array<{ id: string }> | null;
    prescriptionsDepartement: Array<{ id: string }> | null;
    prescriptionsMissionLocale: Array<{ id: string }> | null;
  } | null;
}

export interface AgendaPage {
  plie: {
    code: string;
    fiches: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: FicheAgenda[] };
  } | null;
}

/** A decision as deciderPrescription and the fiche's decisionCommission return it. */
export interface Decision {
  id: string;
  commissionId: string;
  prescriptionId: string;
  statut: StatutDecision;
  motif: string | null;
  solutionProximite?: string | null;
  commentaire?: string | null;
  decideLe: string;
  actuelle?: boolean;
  parcoursId: string | null;
}

export interface PartnerAgendaSpec {
  code: PartenaireCode;
  document: string;
}

