/** The roles of DESIGN.md's authorization model. A caller may hold several. */
export const ROLES = [
  'PRESCRIPTEUR',
  'REFERENT',
  'COORDINATION_PLIE',
  'FACILITATEUR_CLAUSES',
  'GESTIONNAIRE_FSE',
  'COPIL',
  'DPO',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

/** Kinds of organisation a caller can belong to. */
export const ORGANISATION_TYPES = [
  'FRANCE_TRAVAIL',
  'DEPARTEMENT',
  'MISSION_LOCALE',
  'PLIE',
  'STRUCTURE_PORTEUSE',
  'GUICHET_CLAUSES',
  'ORGANISME_INTERMEDIAIRE',
  'FINANCEUR',
  'ENTREPRISE',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);
export const isOrganisationType = (value: unknown): value is OrganisationType =>
  ORGANISATION_TYPES.includes(value as OrganisationType);
