/**
 * The fiche as the API returns it to its prescriber, and as the form edits it. The form keeps strings (what inputs
 * hold); `toInput` turns them into `CreerPrescription…Input`, sending null for an empty date or choice so the API
 * names the missing field, and letting the API judge every value (its messages are the reference).
 */
import type { Partner } from './partners';
import type { PerimetreConsentement, StatutFiche, TypeFrein } from './labels';
import { FREINS } from './labels';
import type { Identite } from '../../ui/person';

export interface DecisionPlie {
  statut: string;
  decideLe: string;
  motif?: string | null;
  solutionProximite?: string | null;
}

export interface SuiteParcours {
  statutParcours: string;
  categorieSortie: string | null;
  dateSortie: string | null;
}

export interface FicheResume {
  id: string;
  plieCode: string;
  plie: { code: string; nom: string } | null;
  statut: StatutFiche;
  creeLe: string;
  transmiseLe: string | null;
  expireLe: string | null;
  personne: { nomNaissance: string; nomUsage: string | null; prenoms: string } | null;
  decisionPlie: DecisionPlie | null;
  suiteParcours: SuiteParcours | null;
}

export interface Fiche {
  id: string;
  structureId: string;
  plieCode: string;
  plie: { code: string; nom: string; libelleCommission: string } | null;
  statut: StatutFiche;
  version: number;
  creeLe: string;
  modifieLe: string;
  transmiseLe: string | null;
  expireLe: string | null;
  annuleeLe: string | null;
  motifAnnulation: string | null;
  prescripteur: { structureId: string; agentNom: string; agentContact: string } | null;
  personne: (Identite & { residentQpv: boolean; telephone: string | null; email: string | null }) | null;
  situation: {
    inscritFranceTravail: boolean;
    inscritDepuis: string | null;
    minimaSociaux: string;
    rqth: boolean;
    niveauFormation: string;
    nationalite: string;
    logement: string;
    trancheCite: string;
  } | null;
  freins: { type: TypeFrein; note: string | null }[] | null;
  objectif: string;
  urgent: boolean;
  souhaitRencontrePrealable: boolean;
  messageReferent: string | null;
  consentement: { recueilliLe: string; mode: string; perimetre: PerimetreConsentement[]; santeRecueilliLe: string | null } | null;
  section: Record<string, unknown> | null;
  complements: { id: string; texte: string; creeLe: string }[] | null;
  decisionPlie: DecisionPlie | null;
  suiteParcours: SuiteParcours | null;
}

export interface FicheForm {
  plieCode: string;
  agentNom: string;
  agentContact: string;
  personne: {
    nomNaissance: string;
    nomUsage: string;
    prenoms: string;
    sexe: string;
    dateNaissance: string;
    communeInsee: string;
    residentQpv: boolean;
    telephone: string;
    email: string;
  };
  situation: {
    inscritFranceTravail: boolean;
    inscritDepuis: string;
    minimaSociaux: string;
    rqth: boolean;
    niveauFormation: string;
    nationalite: string;
    logement: string;
  };
  /** Every frein type, ticked or not, with its note: the input sends the ticked ones in this order. */
  freins: Record<TypeFrein, { coche: boolean; note: string }>;
  objectif: string;
  urgent: boolean;
  souhaitRencontrePrealable: boolean;
  messageReferent: string;
  consentement: { recueilliLe: string; mode: string; perimetre: PerimetreConsentement[]; santeRecueilliLe: string };
  section: Record<string, string | boolean>;
}

const FREIN_TYPES = Object.keys(FREINS) as TypeFrein[];

const noFreins = () => Object.fromEntries(FREIN_TYPES.map((type) => [type, { coche: false, note: '' }])) as FicheForm['freins'];

export function emptyForm(partner: Partner): FicheForm {
  return {
    plieCode: '',
    agentNom: '',
    agentContact: '',
    personne: { nomNaissance: '', nomUsage: '', prenoms: '', sexe: '', dateNaissance: '', communeInsee: '', residentQpv: false, telephone: '', email: '' },
    situation: {
      inscritFranceTravail: partner.defaults.inscritFranceTravail,
      inscritDepuis: '',
      minimaSociaux: partner.defaults.minimaSociaux,
      rqth: false,
      niveauFormation: '',
      nationalite: '',
      logement: '',
    },
    freins: noFreins(),
    objectif: '',
    urgent: false,
    souhaitRencontrePrealable: false,
    messageReferent: '',
    consentement: { recueilliLe: '', mode: '', perimetre: ['TRANSMISSION_PLIE'], santeRecueilliLe: '' },
    section: Object.fromEntries(partner.sectionFields.map((f) => [f.key, f.kind === 'checkbox' ? false : ''])),
  };
}

const text = (value: string | null | undefined) => value ?? '';

/** The form of an existing draft, to modify it. */
export function formOfFiche(partner: Partner, fiche: Fiche): FicheForm {
  const empty = emptyForm(partner);
  const freins = noFreins();
  for (const frein of fiche.freins ?? []) freins[frein.type] = { coche: true, note: text(frein.note) };
  const p = fiche.personne;
  const s = fiche.situation;
  const c = fiche.consentement;
  return {
    plieCode: fiche.plieCode,
    agentNom: fiche.prescripteur?.agentNom ?? '',
    agentContact: fiche.prescripteur?.agentContact ?? '',
    personne: p
      ? { ...p, nomUsage: text(p.nomUsage), telephone: text(p.telephone), email: text(p.email) }
      : empty.personne,
    situation: s
      ? { inscritFranceTravail: s.inscritFranceTravail, inscritDepuis: text(s.inscritDepuis), minimaSociaux: s.minimaSociaux, rqth: s.rqth, niveauFormation: s.niveauFormation, nationalite: s.nationalite, logement: s.logement }
      : empty.situation,
    freins,
    objectif: fiche.objectif,
    urgent: fiche.urgent,
    souhaitRencontrePrealable: fiche.souhaitRencontrePrealable,
    messageReferent: text(fiche.messageReferent),
    consentement: c ? { recueilliLe: c.recueilliLe, mode: c.mode, perimetre: [...c.perimetre], santeRecueilliLe: text(c.santeRecueilliLe) } : empty.consentement,
    section: Object.fromEntries(
      partner.sectionFields.map((f) => {
        const value = fiche.section?.[f.key];
        return [f.key, f.kind === 'checkbox' ? value === true : value == null ? '' : String(value)];
      }),
    ),
  };
}

/** Empty means « not given »: null, so the API reports a required field by its name instead of a bad value. */
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The frein types in the order the input lists them: the API's `freins.<i>.note` paths index this list. */
export const tickedFreins = (form: FicheForm) => FREIN_TYPES.filter((type) => form.freins[type].coche);

export function toInput(partner: Partner, form: FicheForm): Record<string, unknown> {
  const p = form.personne;
  const s = form.situation;
  const c = form.consentement;
  return {
    plieCode: form.plieCode,
    prescripteur: { agentNom: form.agentNom, agentContact: form.agentContact },
    personne: {
      nomNaissance: p.nomNaissance,
      nomUsage: orNull(p.nomUsage),
      prenoms: p.prenoms,
      sexe: orNull(p.sexe),
      dateNaissance: orNull(p.dateNaissance),
      communeInsee: p.communeInsee.trim(),
      residentQpv: p.residentQpv,
      telephone: orNull(p.telephone),
      email: orNull(p.email),
    },
    situation: {
      inscritFranceTravail: s.inscritFranceTravail,
      inscritDepuis: orNull(s.inscritDepuis),
      minimaSociaux: orNull(s.minimaSociaux),
      rqth: s.rqth,
      niveauFormation: orNull(s.niveauFormation),
      nationalite: orNull(s.nationalite),
      logement: orNull(s.logement),
    },
    freins: tickedFreins(form).map((type) => ({ type, note: orNull(form.freins[type].note) })),
    objectif: form.objectif,
    urgent: form.urgent,
    souhaitRencontrePrealable: form.souhaitRencontrePrealable,
    messageReferent: orNull(form.messageReferent),
    consentement: { recueilliLe: orNull(c.recueilliLe), mode: orNull(c.mode), perimetre: c.perimetre, santeRecueilliLe: orNull(c.santeRecueilliLe) },
    [partner.sectionKey]: Object.fromEntries(
      partner.sectionFields.map((f) => {
        const value = form.section[f.key];
        if (f.kind === 'checkbox') return [f.key, value === true];
        const typed = typeof value === 'string' ? value : '';
        // A required text goes as typed (the API says what is wrong with it); dates, choices and optional texts as null.
        return [f.key, f.kind === 'text' && !f.optional ? typed.trim() : orNull(typed)];
      }),
    ),
  };
}

/** Stable for one form: a double click, or a retry after a lost answer, creates one fiche. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
