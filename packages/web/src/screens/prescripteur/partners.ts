/**
 * The three prescriber partners. Each has its own subgraph, hence its own operations (one `.graphql` file each,
 * aliased to the same names: `page`, `fiche`, `section`, `rapport`), and its own section of the fiche. The screens
 * are written once against this description; the signed-in organisation picks the partner.
 */
import type { Caller } from '@plie-hub/auth/caller';
import { formatDate } from '../../ui/format';
import { optionsOf as options, type Option } from '../../ui/labels';
import ftAnnuler from './operations/france-travail/annuler.graphql';
import ftCompleter from './operations/france-travail/completer.graphql';
import ftCreer from './operations/france-travail/creer.graphql';
import ftFiche from './operations/france-travail/fiche.graphql';
import ftImporter from './operations/france-travail/importer.graphql';
import ftMesFiches from './operations/france-travail/mes-fiches.graphql';
import ftModele from './operations/france-travail/modele-import.graphql';
import ftModifier from './operations/france-travail/modifier.graphql';
import ftTransmettre from './operations/france-travail/transmettre.graphql';
import cdAnnuler from './operations/departement/annuler.graphql';
import cdCompleter from './operations/departement/completer.graphql';
import cdCreer from './operations/departement/creer.graphql';
import cdFiche from './operations/departement/fiche.graphql';
import cdImporter from './operations/departement/importer.graphql';
import cdMesFiches from './operations/departement/mes-fiches.graphql';
import cdModele from './operations/departement/modele-import.graphql';
import cdModifier from './operations/departement/modifier.graphql';
import cdTransmettre from './operations/departement/transmettre.graphql';
import mlAnnuler from './operations/mission-locale/annuler.graphql';
import mlCompleter from './operations/mission-locale/completer.graphql';
import mlCreer from './operations/mission-locale/creer.graphql';
import mlFiche from './operations/mission-locale/fiche.graphql';
import mlImporter from './operations/mission-locale/importer.graphql';
import mlMesFiches from './operations/mission-locale/mes-fiches.graphql';
import mlModele from './operations/mission-locale/modele-import.graphql';
import mlModifier from './operations/mission-locale/modifier.graphql';
import mlTransmettre from './operations/mission-locale/transmettre.graphql';

export interface PartnerDocuments {
  mesFiches: string;
  fiche: string;
  creer: string;
  modifier: string;
  transmettre: string;
  annuler: string;
  completer: string;
  importer: string;
  modeleImport: string;
}

/** One input of the partner's section; `key` is the field of `SectionXxxInput` (and of the error paths). */
export type SectionField =
  | { key: string; label: string; kind: 'text'; hint?: string; inputMode?: 'numeric' | 'text'; optional?: boolean }
  | { key: string; label: string; kind: 'date'; hint?: string; optional?: boolean }
  | { key: string; label: string; kind: 'select'; options: Option[]; hint?: string }
  | { key: string; label: string; kind: 'checkbox' };

/** What the API derives from the section (read only, shown on the fiche). */
export interface DerivedField {
  key: string;
  label: string;
  format: (value: unknown) => string;
}

export interface Partner {
  organisation: 'FRANCE_TRAVAIL' | 'DEPARTEMENT' | 'MISSION_LOCALE';
  /** « France Travail », for titles. */
  label: string;
  /** The key of the section in the input (`franceTravail`), which the API's error paths use. */
  sectionKey: string;
  sectionLegend: string;
  sectionFields: SectionField[];
  derivedFields: DerivedField[];
  /** File name of the import template. */
  slug: string;
  /** Sensible starting values of the common part for this partner's public. */
  defaults: { inscritFranceTravail: boolean; minimaSociaux: '' | 'RSA' };
  documents: PartnerDocuments;
}

const months = (value: unknown) => (typeof value === 'number' ? `${value} mois` : '—');
const yes = (value: unknown) => (value == null ? '—' : value ? 'Oui' : 'Non');

const FRANCE_TRAVAIL: Partner = {
  organisation: 'FRANCE_TRAVAIL',
  label: 'France Travail',
  sectionKey: 'franceTravail',
  sectionLegend: 'Section France Travail',
  sectionFields: [
    { key: 'identifiantFranceTravail', label: 'Identifiant France Travail', kind: 'text', hint: '7 chiffres suivis d’un chiffre ou d’une lettre majuscule (ex. 1234567A).' },
    { key: 'categorieDemandeur', label: 'Catégorie de demandeur d’emploi', kind: 'select', options: options({ A: 'Catégorie A', B: 'Catégorie B', C: 'Catégorie C', D: 'Catégorie D', E: 'Catégorie E' }) },
    { key: 'dateInscription', label: 'Date d’inscription à France Travail', kind: 'date' },
    { key: 'agenceCode', label: 'Code de l’agence', kind: 'text', hint: '5 caractères (ex. 33100).' },
    { key: 'conseiller', label: 'Conseiller France Travail', kind: 'text' },
    { key: 'modaliteAccompagnement', label: 'Modalité d’accompagnement', kind: 'select', options: options({ SUIVI: 'Suivi', GUIDE: 'Guidé', RENFORCE: 'Renforcé', GLOBAL: 'Global' }) },
  ],
  derivedFields: [
    { key: 'dureeInscriptionMois', label: 'Durée d’inscription', format: months },
    { key: 'demandeurLongueDuree', label: 'Demandeur d’emploi de longue durée', format: yes },
    { key: 'tresLongueDuree', label: 'Très longue durée', format: yes },
  ],
  slug: 'france-travail',
  defaults: { inscritFranceTravail: true, minimaSociaux: '' },
  documents: {
    mesFiches: ftMesFiches, fiche: ftFiche, creer: ftCreer, modifier: ftModifier, transmettre: ftTransmettre,
    annuler: ftAnnuler, completer: ftCompleter, importer: ftImporter, modeleImport: ftModele,
  },
};

const DEPARTEMENT: Partner = {
  organisation: 'DEPARTEMENT',
  label: 'Département',
  sectionKey: 'departement',
  sectionLegend: 'Section Département (RSA)',
  sectionFields: [
    { key: 'organismePayeur', label: 'Organisme payeur', kind: 'select', options: options({ CAF: 'CAF', MSA: 'MSA' }) },
    { key: 'numeroAllocataire', label: 'Numéro d’allocataire', kind: 'text', inputMode: 'numeric', hint: 'CAF : 7 chiffres ; MSA : 6 à 13 chiffres.' },
    { key: 'dateOuvertureDroitRsa', label: 'Ouverture du droit RSA', kind: 'date' },
    { key: 'soumisDroitsEtDevoirs', label: 'Soumis aux droits et devoirs', kind: 'checkbox' },
    { key: 'orientation', label: 'Orientation RSA', kind: 'select', options: options({ PROFESSIONNELLE: 'Professionnelle', SOCIO_PROFESSIONNELLE: 'Socio-professionnelle', SOCIALE: 'Sociale' }) },
    { key: 'referentUniqueRsa', label: 'Référent unique RSA', kind: 'text' },
    { key: 'cerEnCours', label: 'Contrat d’engagement réciproque (CER) en cours', kind: 'checkbox' },
    { key: 'cerDateFin', label: 'Fin du CER en cours', kind: 'date', optional: true, hint: 'Seulement si un CER est en cours.' },
    { key: 'serviceTerritorial', label: 'Service territorial', kind: 'text', hint: 'Ex. MDS Bordeaux Bastide.' },
  ],
  derivedFields: [],
  slug: 'departement',
  defaults: { inscritFranceTravail: false, minimaSociaux: 'RSA' },
  documents: {
    mesFiches: cdMesFiches, fiche: cdFiche, creer: cdCreer, modifier: cdModifier, transmettre: cdTransmettre,
    annuler: cdAnnuler, completer: cdCompleter, importer: cdImporter, modeleImport: cdModele,
  },
};

const MISSION_LOCALE: Partner = {
  organisation: 'MISSION_LOCALE',
  label: 'Mission Locale',
  sectionKey: 'missionLocale',
  sectionLegend: 'Section Mission Locale',
  sectionFields: [
    { key: 'identifiantImilo', label: 'Identifiant i-milo', kind: 'text', inputMode: 'numeric', hint: '6 à 12 chiffres.' },
    { key: 'dispositif', label: 'Dispositif', kind: 'select', options: options({ CEJ: 'Contrat d’engagement jeune (CEJ)', PACEA: 'PACEA', AUTRE: 'Autre' }) },
    { key: 'dateEntreeDispositif', label: 'Entrée dans le dispositif', kind: 'date' },
    { key: 'conseiller', label: 'Conseiller Mission Locale', kind: 'text' },
  ],
  derivedFields: [],
  slug: 'mission-locale',
  defaults: { inscritFranceTravail: false, minimaSociaux: '' },
  documents: {
    mesFiches: mlMesFiches, fiche: mlFiche, creer: mlCreer, modifier: mlModifier, transmettre: mlTransmettre,
    annuler: mlAnnuler, completer: mlCompleter, importer: mlImporter, modeleImport: mlModele,
  },
};

type OrganisationType = Caller['org']['type'];

const BY_ORGANISATION: Partial<Record<OrganisationType, Partner>> = { FRANCE_TRAVAIL, DEPARTEMENT, MISSION_LOCALE };

/** The partner of the signed-in organisation, or null for a prescriber the hub has no subgraph for yet. */
export const partnerOf = (organisation: OrganisationType): Partner | null => BY_ORGANISATION[organisation] ?? null;

/** How a section field shows its value on the fiche. */
export function sectionValueText(field: SectionField, value: unknown): string {
  if (value == null || value === '') return '—';
  if (field.kind === 'checkbox') return value ? 'Oui' : 'Non';
  if (field.kind === 'select') return field.options.find((o) => o.value === value)?.label ?? String(value);
  if (field.kind === 'date') return formatDate(String(value));
  return String(value);
}
