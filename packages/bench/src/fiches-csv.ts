import { COMMON_COLUMNS } from '@plie-hub/prescription';
import { demoPerson } from '@plie-hub/demo';

/** A deterministic CSV of `rows` valid France Travail fiches (the import benchmark's input). */
export function franceTravailCsv(rows: number, seed: string): Buffer {
  const sectionHeaders = ['identifiant_france_travail', 'categorie_demandeur', 'date_inscription', 'agence_code', 'conseiller', 'modalite_accompagnement'];
  const today = new Date().toISOString().slice(0, 10);
  const lines = [[...COMMON_COLUMNS, ...sectionHeaders].join(';')];
  for (let n = 0; n < rows; n += 1) {
    const person = demoPerson(`${seed}:${n}`);
    const values: Record<string, string> = {
      plie_code: 'BORDEAUX', agent_nom: 'Agent Import', agent_contact: 'import@example.org', nom_naissance: `${person.nom}${n}`, nom_usage: '',
      prenoms: person.prenom, sexe: person.sexe, date_naissance: person.dateNaissance, commune_insee: '33063', qpv: n % 3 === 0 ? 'oui' : 'non',
      telephone: '', email: '', inscrit_france_travail: 'oui', inscrit_depuis: '2023-01-15', minima_sociaux: n % 2 ? 'RSA' : 'AUCUN', rqth: 'non',
      niveau_formation: 'NIVEAU_3', nationalite: 'FR', logement: 'LOGEMENT_AUTONOME', freins: 'MOBILITE|NUMERIQUE',
      objectif: 'Accompagnement renforcé vers un emploi durable.', urgent: 'non', rencontre_prealable: 'non', message_referent: '',
      consentement_date: today, consentement_mode: 'ECRIT_SIGNE', consentement_perimetre: '', consentement_sante_date: '',
      identifiant_france_travail: `${String(1_000_000 + n).padStart(7, '0')}A`, categorie_demandeur: 'A', date_inscription: '2023-01-15',
      agence_code: '33100', conseiller: 'Sophie Laborde', modalite_accompagnement: 'RENFORCE',
    };
    lines.push([...COMMON_COLUMNS, ...sectionHeaders].map((column) => values[column] ?? '').join(';'));
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}
