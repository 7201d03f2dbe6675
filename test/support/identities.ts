import type { Role } from '@plie-hub/auth';
import type { DEMO_IDENTITIES } from '@plie-hub/hub';

/** A demo identity holding exactly one role, for each role. */
export const IDENTITY_OF_ROLE: Record<Role, keyof typeof DEMO_IDENTITIES> = {
  PRESCRIPTEUR: 'prescripteur-france-travail',
  REFERENT: 'referent',
  COORDINATION_PLIE: 'coordination',
  FACILITATEUR_CLAUSES: 'facilitateur',
  GESTIONNAIRE_FSE: 'gestionnaire-fse',
  COPIL: 'copil',
  DPO: 'dpo',
  ADMIN: 'admin',
};
