import { registerEnumType } from 'type-graphql';

/** The prescriber's side of the lifecycle. The PLIE's decision is the PLIE's data, not a status here. */
export enum StatutPrescription {
  BROUILLON = 'BROUILLON',
  TRANSMISE = 'TRANSMISE',
  ANNULEE = 'ANNULEE',
  EXPIREE = 'EXPIREE',
}
registerEnumType(StatutPrescription, {
  name: 'StatutPrescription',
  description: 'Cycle de vie de la fiche côté prescripteur.',
  valuesConfig: {
    BROUILLON: { description: 'En cours de saisie, modifiable, invisible du PLIE.' },
    TRANSMISE: { description: 'Envoyée au PLIE, en attente de sa décision.' },
    ANNULEE: { description: 'Annulée par le prescripteur, avec un motif.' },
    EXPIREE: { description: 'Transmise depuis plus longtemps que le délai convenu avec le PLIE.' },
  },
});

export enum Sexe {
  FEMME = 'FEMME',
  HOMME = 'HOMME',
}
registerEnumType(Sexe, { name: 'Sexe', description: 'Sexe à l’état civil (ventilation obligatoire des indicateurs FSE+).' });

export enum MinimaSociaux {
  AUCUN = 'AUCUN',
  RSA = 'RSA',
  ASS = 'ASS',
}
registerEnumType(MinimaSociaux, { name: 'MinimaSociaux', description: 'Minimum social perçu.' });

/** Highest level reached, in the French nomenclature of 2019, with its ISCED band for the FSE+ indicators. */
export enum NiveauFormation {
  INFRA_3 = 'INFRA_3',
  NIVEAU_3 = 'NIVEAU_3',
  NIVEAU_4 = 'NIVEAU_4',
  NIVEAU_5 = 'NIVEAU_5',
  NIVEAU_6_ET_PLUS = 'NIVEAU_6_ET_PLUS',
}
registerEnumType(NiveauFormation, {
  name: 'NiveauFormation',
  description: 'Niveau de formation le plus élevé atteint (nomenclature 2019).',
  valuesConfig: {
    INFRA_3: { description: 'Sans diplôme ou brevet des collèges.' },
    NIVEAU_3: { description: 'CAP, BEP.' },
    NIVEAU_4: { description: 'Baccalauréat.' },
    NIVEAU_5: { description: 'Bac + 2 (BTS, DUT).' },
    NIVEAU_6_ET_PLUS: { description: 'Licence et au-delà.' },
  },
});

export enum TrancheCite {
  CITE_0_2 = 'CITE_0_2',
  CITE_3_4 = 'CITE_3_4',
  CITE_5_8 = 'CITE_5_8',
}
registerEnumType(TrancheCite, { name: 'TrancheCite', description: 'Tranche de la classification internationale type de l’éducation (CITE/ISCED).' });

export const trancheCiteOf = (niveau: NiveauFormation): TrancheCite =>
  niveau === NiveauFormation.INFRA_3
    ? TrancheCite.CITE_0_2
    : niveau === NiveauFormation.NIVEAU_3 || niveau === NiveauFormation.NIVEAU_4
      ? TrancheCite.CITE_3_4
      : TrancheCite.CITE_5_8;

export enum GroupeNationalite {
  FRANCAISE = 'FRANCAISE',
  UNION_EUROPEENNE = 'UNION_EUROPEENNE',
  HORS_UNION_EUROPEENNE = 'HORS_UNION_EUROPEENNE',
}
registerEnumType(GroupeNationalite, { name: 'GroupeNationalite' });

export enum SituationLogement {
  LOGEMENT_AUTONOME = 'LOGEMENT_AUTONOME',
  HEBERGE_TIERS = 'HEBERGE_TIERS',
  HEBERGEMENT_TEMPORAIRE = 'HEBERGEMENT_TEMPORAIRE',
  SANS_DOMICILE = 'SANS_DOMICILE',
}
registerEnumType(SituationLogement, { name: 'SituationLogement' });

/** The freins of a parcours' diagnostic. SANTE is Article 9 data: it needs the separate health consent. */
export enum TypeFrein {
  NUMERIQUE = 'NUMERIQUE',
  SANTE = 'SANTE',
  MOBILITE = 'MOBILITE',
  FINANCES = 'FINANCES',
  FAMILLE_GARDE_ENFANTS = 'FAMILLE_GARDE_ENFANTS',
  SAVOIRS_DE_BASE = 'SAVOIRS_DE_BASE',
  ADMINISTRATIF_JURIDIQUE = 'ADMINISTRATIF_JURIDIQUE',
  LOGEMENT = 'LOGEMENT',
  FRANCAIS_FLE = 'FRANCAIS_FLE',
}
registerEnumType(TypeFrein, { name: 'TypeFrein', description: "Frein à l'emploi identifié par le prescripteur." });

export enum TriPrescriptions {
  CREATION_RECENTE = 'CREATION_RECENTE',
  CREATION_ANCIENNE = 'CREATION_ANCIENNE',
  NOM = 'NOM',
  TRANSMISSION_RECENTE = 'TRANSMISSION_RECENTE',
}
registerEnumType(TriPrescriptions, { name: 'TriPrescriptions', description: 'Ordre des listes de fiches.' });
