import type { Caller } from '@plie-hub/auth';
import { DEMO_PLIES } from '@plie-hub/demo';

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
