/**
 * The PLIEs of the demo: the 11 of the AAP 2024 of AGAPE (Gironde, Dordogne, Lot-et-Garonne) with their FSE+
 * ceilings, plus Niort, whose protocole and 2018-2021 evaluation give the reference figures.
 */
export interface DemoPlie {
  code: string;
  nom: string;
  structurePorteuse: string;
  organismeIntermediaire: string;
  libelleCommission: string;
  /** Maximum FSE+ of the PLIE's animation fiche in the AAP 2024, in euros. */
  fseMaximum: number;
  /** Communes (INSEE codes) of the territory, a sample. */
  communes: string[];
}

const AGAPE = 'AGAPE (Association de Gestion des PLIE)';

export const DEMO_PLIES: DemoPlie[] = [
  { code: 'AGENAIS', nom: "PLIE de l'Agenais", structurePorteuse: "Agglomération d'Agen", organismeIntermediaire: AGAPE, libelleCommission: "Commission d'intégration et de sortie", fseMaximum: 37000, communes: ['47001', '47091', '47157'] },
  { code: 'BORDEAUX', nom: 'PLIE de Bordeaux', structurePorteuse: 'Maison de l’emploi de Bordeaux', organismeIntermediaire: AGAPE, libelleCommission: 'Comité d’entrée et de suivi', fseMaximum: 75000, communes: ['33063'] },
  { code: 'TECHNOWEST', nom: 'PLIE Espace Technowest', structurePorteuse: 'Association Espace Technowest', organismeIntermediaire: AGAPE, libelleCommission: "Commission d'intégration et de sortie", fseMaximum: 80000, communes: ['33281', '33273', '33162'] },
  { code: 'GRAND-PERIGUEUX', nom: 'PLIE du Grand Périgueux', structurePorteuse: 'Communauté d’agglomération du Grand Périgueux', organismeIntermediaire: AGAPE, libelleCommission: 'Commission d’accès et de suivi', fseMaximum: 44000, communes: ['24322', '24053', '24102'] },
  { code: 'GRAVES', nom: 'PLIE des Graves', structurePorteuse: 'Association PLIE des Graves', organismeIntermediaire: AGAPE, libelleCommission: 'CIVP', fseMaximum: 35000, communes: ['33039', '33302'] },
  { code: 'HAUT-PERIGORD', nom: 'PLIE du Haut Périgord', structurePorteuse: 'Communauté de communes Dronne et Belle', organismeIntermediaire: AGAPE, libelleCommission: 'Cellule de suivi', fseMaximum: 20000, communes: ['24064', '24311'] },
  { code: 'HAUTS-DE-GARONNE', nom: 'PLIE des Hauts de Garonne', structurePorteuse: 'GIP Hauts de Garonne Développement', organismeIntermediaire: AGAPE, libelleCommission: "Commission d'intégration et de sortie", fseMaximum: 65000, communes: ['33249', '33167', '33119'] },
  { code: 'LIBOURNAIS', nom: 'PLIE du Libournais', structurePorteuse: 'Mission locale du Libournais', organismeIntermediaire: AGAPE, libelleCommission: 'Comité d’entrée', fseMaximum: 37000, communes: ['33243', '33394'] },
  { code: 'PORTES-DU-SUD', nom: 'PLIE Portes du Sud', structurePorteuse: 'Association PLIE Portes du Sud', organismeIntermediaire: AGAPE, libelleCommission: "Commission d'intégration et de sortie", fseMaximum: 35000, communes: ['33192', '33522', '33550'] },
  { code: 'SOURCES', nom: 'PLIE des Sources', structurePorteuse: 'Association PLIE des Sources', organismeIntermediaire: AGAPE, libelleCommission: 'Commission d’intégration', fseMaximum: 65000, communes: ['33318', '33069'] },
  { code: 'SUD-PERIGORD', nom: 'PLIE du Sud Périgord', structurePorteuse: 'Communauté d’agglomération Bergeracoise', organismeIntermediaire: AGAPE, libelleCommission: 'Comité opérationnel', fseMaximum: 20000, communes: ['24037', '24094'] },
  { code: 'NIORT', nom: 'PLIE du Niortais', structurePorteuse: 'Communauté d’agglomération du Niortais', organismeIntermediaire: 'Département des Deux-Sèvres', libelleCommission: 'COFIL', fseMaximum: 0, communes: ['79191', '79048'] },
];
