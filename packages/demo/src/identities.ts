import type { Caller } from '@plie-hub/auth';
import { DEMO_PLIES } from './plies';

const AGAPE_PLIES = DEMO_PLIES.filter((plie) => plie.organismeIntermediaire.startsWith('AGAPE')).map((plie) => plie.code);

/**
 * One demo identity per role, matching the demo data: the prescribers are the Bordeaux structures of their
 * partner, the PLIE roles work for Bordeaux, the FSE manager and the COPIL member for the PLIEs of AGAPE.
 */
export const DEMO_IDENTITIES: Record<string, Caller> = {
  'prescripteur-france-travail': { sub: 'demo-conseiller-ft', org: { type: 'FRANCE_TRAVAIL', id: 'france_travail-bordeaux' }, roles: ['PRESCRIPTEUR'], plies: [] },
  'prescripteur-departement': { sub: 'demo-travailleur-social', org: { type: 'DEPARTEMENT', id: 'departement-bordeaux' }, roles: ['PRESCRIPTEUR'], plies: [] },
  'prescripteur-mission-locale': { sub: 'demo-conseiller-ml', org: { type: 'MISSION_LOCALE', id: 'mission_locale-bordeaux' }, roles: ['PRESCRIPTEUR'], plies: [] },
  referent: { sub: 'demo-referent', org: { type: 'STRUCTURE_PORTEUSE', id: 'structure-bordeaux-1' }, roles: ['REFERENT'], plies: ['BORDEAUX'] },
  coordination: { sub: 'demo-coordination', org: { type: 'PLIE', id: 'BORDEAUX' }, roles: ['COORDINATION_PLIE'], plies: ['BORDEAUX'] },
  facilitateur: { sub: 'demo-facilitateur', org: { type: 'GUICHET_CLAUSES', id: 'guichet-bordeaux' }, roles: ['FACILITATEUR_CLAUSES'], plies: ['BORDEAUX'] },
  'gestionnaire-fse': { sub: 'demo-gestionnaire-fse', org: { type: 'ORGANISME_INTERMEDIAIRE', id: 'agape' }, roles: ['GESTIONNAIRE_FSE'], plies: AGAPE_PLIES },
  copil: { sub: 'demo-copil', org: { type: 'FINANCEUR', id: 'region-nouvelle-aquitaine' }, roles: ['COPIL'], plies: AGAPE_PLIES },
  dpo: { sub: 'demo-dpo', org: { type: 'PLIE', id: 'BORDEAUX' }, roles: ['DPO'], plies: ['BORDEAUX'] },
  admin: { sub: 'demo-admin', org: { type: 'PLIE', id: 'BORDEAUX' }, roles: ['ADMIN'], plies: [] },
};

/** How the console's demo sign-in names each identity. */
export const DEMO_IDENTITY_LABELS: Record<string, { libelle: string; organisation: string }> = {
  'prescripteur-france-travail': { libelle: 'Prescripteur France Travail', organisation: 'France Travail Bordeaux' },
  'prescripteur-departement': { libelle: 'Prescripteur Département', organisation: 'Département de la Gironde, Bordeaux' },
  'prescripteur-mission-locale': { libelle: 'Prescripteur Mission Locale', organisation: 'Mission Locale de Bordeaux' },
  referent: { libelle: 'Référent de parcours', organisation: 'Structure porteuse Bordeaux 1' },
  coordination: { libelle: 'Coordination PLIE', organisation: 'PLIE de Bordeaux' },
  facilitateur: { libelle: 'Facilitateur clauses', organisation: 'Guichet clauses de Bordeaux' },
  'gestionnaire-fse': { libelle: 'Gestionnaire FSE+', organisation: 'Organisme intermédiaire AGAPE' },
  copil: { libelle: 'Membre du COPIL', organisation: 'Région Nouvelle-Aquitaine (financeur)' },
  dpo: { libelle: 'Délégué à la protection des données', organisation: 'PLIE de Bordeaux' },
  admin: { libelle: 'Administrateur', organisation: 'PLIE de Bordeaux' },
};
