/**
 * The French name of each input path of a fiche (`personne.communeInsee`), as the form labels it: the form knows
 * which problems it can show under a field, and the import report names the field of a rejected row.
 */
import type { Partner } from './partners';

export const COMMON_FIELD_LABELS: Record<string, string> = {
  plieCode: 'PLIE destinataire',
  'prescripteur.agentNom': 'Nom de l’agent prescripteur',
  'prescripteur.agentContact': 'Contact de l’agent',
  'personne.nomNaissance': 'Nom de naissance',
  'personne.nomUsage': 'Nom d’usage',
  'personne.prenoms': 'Prénoms',
  'personne.sexe': 'Sexe',
  'personne.dateNaissance': 'Date de naissance',
  'personne.communeInsee': 'Commune de résidence (code INSEE)',
  'personne.residentQpv': 'Quartier prioritaire (QPV)',
  'personne.telephone': 'Téléphone',
  'personne.email': 'Courriel',
  'situation.inscritFranceTravail': 'Inscription à France Travail',
  'situation.inscritDepuis': 'Inscription à France Travail depuis le',
  'situation.minimaSociaux': 'Minima sociaux',
  'situation.rqth': 'RQTH',
  'situation.niveauFormation': 'Niveau de formation',
  'situation.nationalite': 'Nationalité',
  'situation.logement': 'Situation de logement',
  freins: 'Freins à l’emploi',
  objectif: 'Objectif',
  messageReferent: 'Message au référent',
  'consentement.recueilliLe': 'Consentement recueilli le',
  'consentement.mode': 'Mode de recueil',
  'consentement.perimetre': 'Périmètre du consentement',
  'consentement.santeRecueilliLe': 'Consentement aux données de santé recueilli le',
};

/** Path (without the `input.` prefix) → label, for the common part and the partner's section. */
export function fieldLabels(partner: Partner): Record<string, string> {
  return { ...COMMON_FIELD_LABELS, ...Object.fromEntries(partner.sectionFields.map((f) => [`${partner.sectionKey}.${f.key}`, f.label])) };
}

/** The label of the field an API path names (`input.franceTravail.agenceCode`, `freins.2.note`), if the form has one. */
export function labelOfPath(partner: Partner, path: string): string | undefined {
  const labels = fieldLabels(partner);
  const bare = path.replace(/^input\./, '');
  if (/^freins\.\d+\.note$/.test(bare)) return 'Précision d’un frein';
  return labels[bare];
}
