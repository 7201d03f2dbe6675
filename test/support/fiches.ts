/** Valid fiche inputs for each prescriber partner, to vary in tests. */
export const today = new Date().toISOString().slice(0, 10);

export const PARTNERS = [
  {
    suffix: 'FranceTravail',
    who: 'prescripteur-france-travail',
    organisation: 'FRANCE_TRAVAIL',
    sectionKey: 'franceTravail',
    section: { identifiantFranceTravail: '1234567A', categorieDemandeur: 'A', dateInscription: '2023-02-01', agenceCode: '33100', conseiller: 'Sophie Laborde', modaliteAccompagnement: 'RENFORCE' },
    badSection: { field: 'input.franceTravail.identifiantFranceTravail', value: { identifiantFranceTravail: '12AB' } },
    csvSection: { identifiant_france_travail: '7654321B', categorie_demandeur: 'A', date_inscription: '01/02/2023', agence_code: '33100', conseiller: 'Sophie Laborde', modalite_accompagnement: 'GUIDE' },
  },
  {
    suffix: 'Departement',
    who: 'prescripteur-departement',
    organisation: 'DEPARTEMENT',
    sectionKey: 'departement',
    section: {
      organismePayeur: 'CAF', numeroAllocataire: '1234567', dateOuvertureDroitRsa: '2022-05-01', soumisDroitsEtDevoirs: true, orientation: 'PROFESSIONNELLE',
      referentUniqueRsa: 'Nadia Benali', cerEnCours: true, cerDateFin: '2099-06-30', serviceTerritorial: 'MDS Bordeaux Bastide',
    },
    badSection: { field: 'input.departement.numeroAllocataire', value: { numeroAllocataire: '12345' } },
    csvSection: {
      organisme_payeur: 'CAF', numero_allocataire: '7654321', date_ouverture_droit_rsa: '2022-05-01', soumis_droits_et_devoirs: 'oui', orientation: 'PROFESSIONNELLE',
      referent_unique_rsa: 'Nadia Benali', cer_en_cours: 'non', cer_date_fin: '', service_territorial: 'MDS Bordeaux',
    },
  },
  {
    suffix: 'MissionLocale',
    who: 'prescripteur-mission-locale',
    organisation: 'MISSION_LOCALE',
    sectionKey: 'missionLocale',
    section: { identifiantImilo: '4567890', dispositif: 'CEJ', dateEntreeDispositif: '2025-03-01', conseiller: 'Camille Roux' },
    badSection: { field: 'input.missionLocale.identifiantImilo', value: { identifiantImilo: 'abc' } },
    csvSection: { identifiant_imilo: '4567891', dispositif: 'CEJ', date_entree_dispositif: '2025-03-01', conseiller: 'Camille Roux' },
  },
] as const;

export type Partner = (typeof PARTNERS)[number];

/** A birth date giving this age today. */
export const bornYearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-01`;

export function ficheInput(partner: Partner, nom: string, overrides: Record<string, unknown> = {}) {
  return {
    plieCode: 'BORDEAUX',
    prescripteur: { agentNom: 'Agent Test', agentContact: 'agent.test@example.org' },
    personne: {
      nomNaissance: nom, prenoms: 'Alice', sexe: 'FEMME', dateNaissance: bornYearsAgo(22), communeInsee: '33063', residentQpv: true,
      telephone: '06 12 34 56 78', email: 'alice@example.org',
    },
    situation: {
      inscritFranceTravail: true, inscritDepuis: '2023-02-01', minimaSociaux: 'RSA', rqth: false, niveauFormation: 'NIVEAU_3',
      nationalite: 'FRANCAISE', logement: 'HEBERGE_TIERS',
    },
    freins: [{ type: 'MOBILITE', note: 'Pas de permis' }, { type: 'NUMERIQUE' }],
    objectif: 'Retour à un emploi durable après deux ans de chômage.',
    consentement: { recueilliLe: today, mode: 'ECRIT_SIGNE', perimetre: ['TRANSMISSION_PLIE'] },
    [partner.sectionKey]: partner.section,
    ...overrides,
  };
}
