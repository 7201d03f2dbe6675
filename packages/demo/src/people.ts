import { Random } from './random';

const NOMS = [
  'MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'RICHARD', 'PETIT', 'DURAND', 'LEROY', 'MOREAU', 'SIMON',
  'LAURENT', 'LEFEBVRE', 'MICHEL', 'GARCIA', 'DAVID', 'BERTRAND', 'ROUX', 'VINCENT', 'FOURNIER', 'MOREL', 'GIRARD',
  'ANDRE', 'MERCIER', 'DUPONT', 'LAMBERT', 'BONNET', 'FRANCOIS', 'MARTINEZ', 'LEGRAND', 'GARNIER', 'FAURE',
  'ROUSSEAU', 'BLANC', 'GUERIN', 'MULLER', 'HENRY', 'ROUSSEL', 'NICOLAS', 'PERRIN', 'MORIN', 'MATHIEU', 'CLEMENT',
  'GAUTHIER', 'DUMONT', 'LOPEZ', 'FONTAINE', 'CHEVALIER', 'ROBIN', 'MASSON', 'SANCHEZ', 'BOYER', 'DIALLO',
  'BENALI', 'NGUYEN', 'TRAORE', 'HADDAD', 'DA SILVA', 'FERREIRA', 'KONATE', 'LABORDE', 'ETCHEVERRY', 'DELMAS',
];
const PRENOMS_FEMMES = [
  'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Sandrine', 'Céline', 'Aurélie', 'Julie', 'Émilie',
  'Sarah', 'Laura', 'Fatima', 'Aïcha', 'Inès', 'Chloé', 'Manon', 'Léa', 'Nadia', 'Samira', 'Christelle', 'Karine',
];
const PRENOMS_HOMMES = [
  'Jean', 'Philippe', 'Michel', 'Alain', 'Patrick', 'Nicolas', 'Christophe', 'Pierre', 'Stéphane', 'Laurent',
  'Julien', 'Kevin', 'Mohamed', 'Karim', 'Youssef', 'Thomas', 'Lucas', 'Hugo', 'Mamadou', 'Sébastien', 'David',
];

export interface DemoPerson {
  nom: string;
  prenom: string;
  sexe: 'FEMME' | 'HOMME';
  dateNaissance: string;
}

/** An invented person, always the same for the same key. */
export function demoPerson(key: string, bornBetween: [number, number] = [1963, 2006]): DemoPerson {
  const random = new Random(`person:${key}`);
  const sexe = random.chance(0.52) ? 'FEMME' : 'HOMME';
  const year = random.int(bornBetween[0], bornBetween[1]);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return {
    nom: random.pick(NOMS),
    prenom: random.pick(sexe === 'FEMME' ? PRENOMS_FEMMES : PRENOMS_HOMMES),
    sexe,
    dateNaissance: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}
