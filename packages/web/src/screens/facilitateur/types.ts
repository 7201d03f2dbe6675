/** The shapes of this area's operations (what the .graphql files ask, nothing more). */

export interface MarcheResume {
  id: string;
  reference: string;
  objet: string;
  plieCode: string;
  dateNotification: string;
  donneurOrdre: { id: string; nom: string };
  lots: { id: string }[];
  bilan: { heuresEngagees: number; heuresRealisees: number; tauxRealisation: number | null };
}

export interface MarchesData {
  marches: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: MarcheResume[] };
}

export interface DonneursOrdreData {
  donneursOrdre: { id: string; nom: string; type: string }[];
}

export interface BilanLot {
  lotId: string;
  numero: number;
  intitule: string;
  attributaires: string[];
  heuresEngagees: number;
  heuresRealisees: number;
  heuresTravail: number;
  heuresFormation: number;
  tauxRealisation: number | null;
  heuresRestantes: number;
  personnes: number;
  contrats: number;
}

export interface Lot {
  id: string;
  numero: number;
  intitule: string;
  heuresTravail: number | null;
  tauxInsertion: number | null;
  heuresEngagees: number;
  modalites: string[];
}

export interface Marche {
  id: string;
  reference: string;
  objet: string;
  plieCode: string;
  typeMarche: string;
  baseJuridique: string;
  dateNotification: string;
  dureeMois: number;
  montantHt: string;
  donneurOrdre: { id: string; nom: string; type: string };
  lots: Lot[];
  bilan: {
    heuresEngagees: number;
    heuresRealisees: number;
    tauxRealisation: number | null;
    heuresRestantes: number;
    public: { total: number };
    lots: BilanLot[];
  };
}

export interface MarcheData {
  marche: Marche;
}

export interface HeuresMensuelles {
  mois: string;
  heuresTravail: number;
  heuresFormation: number;
}

export interface Contrat {
  id: string;
  reference: string;
  lotId: string;
  modalite: string;
  typeContrat: string;
  debut: string;
  fin: string | null;
  heuresHebdo: number;
  heures: HeuresMensuelles[];
}

export interface ContratsData {
  contrats: Contrat[];
}

export interface RapportImport {
  format: string;
  lignesLues: number;
  enregistrees: number;
  inchangees: number;
  rejetees: { ligne: number; champ: string; message: string }[];
}

export interface FichierExport {
  nom: string;
  typeMime: string;
  contenuBase64: string;
}
