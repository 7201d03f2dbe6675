import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../api/graphql';
import { CheckboxField, Fieldset, SelectField, TextArea, TextField } from '../../ui/fields';
import { useQuery } from '../../ui/use-api';
import { optionsOf as options } from '../../ui/labels';
import { tickedFreins, type FicheForm } from './fiche-model';
import { fieldLabels } from './field-labels';
import {
  FREINS,
  LOGEMENTS,
  MINIMA_SOCIAUX,
  MODES_CONSENTEMENT,
  NATIONALITES,
  NIVEAUX_FORMATION,
  PERIMETRES_CONSENTEMENT,
  SEXES,
  type PerimetreConsentement,
  type TypeFrein,
} from './labels';
import type { Partner, SectionField } from './partners';
import pliesDocument from './operations/plies.graphql';

const matches = (field: string | undefined, path: string) => !!field && (field === path || field.endsWith(`.${path}`));
const isFreinNote = (field: string | undefined) => !!field && /(^|\.)freins\.\d+\.note$/.test(field);

/** The problems no field of the form shows (a conflict, a date the API could not read…). */
export function unplacedProblems(partner: Partner, error: ApiError | null) {
  if (!error) return [];
  const paths = Object.keys(fieldLabels(partner));
  return error.problems.filter((p) => !isFreinNote(p.field) && !paths.some((path) => matches(p.field, path)));
}

/** Above the form: how many fields to fix, and the messages that belong to no field. */
export function FormErrorSummary({ partner, error, title }: { partner: Partner; error: ApiError | null; title: string }) {
  if (!error) return null;
  const unplaced = unplacedProblems(partner, error);
  const placed = error.problems.length - unplaced.length;
  return (
    <div className="banner banner-error" role="alert">
      <strong>{title}</strong>
      {placed > 0 && <p>{placed === 1 ? 'Un champ est à corriger : son message est affiché sous le champ.' : `${placed} champs sont à corriger : chaque message est affiché sous son champ.`}</p>}
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface FicheFormProps {
  partner: Partner;
  value: FicheForm;
  onChange: (next: FicheForm) => void;
  error: ApiError | null;
  /** Called with the `value` of the submit button used (two buttons can submit the form). */
  onSubmit: (action: string) => void;
  /** The submit buttons. */
  actions: ReactNode;
}

/**
 * The fiche de prescription: the common part (person, situation, freins, objective, consent), the target PLIE and
 * the partner's own section. `noValidate`: the API checks every field and its French message goes under the field.
 */
export function FicheFormView({ partner, value, onChange, error, onSubmit, actions }: FicheFormProps) {
  const fieldError = (path: string) => error?.forField(path);
  const set = <K extends keyof FicheForm>(key: K, next: FicheForm[K]) => onChange({ ...value, [key]: next });
  const setPersonne = (patch: Partial<FicheForm['personne']>) => set('personne', { ...value.personne, ...patch });
  const setSituation = (patch: Partial<FicheForm['situation']>) => set('situation', { ...value.situation, ...patch });
  const setConsentement = (patch: Partial<FicheForm['consentement']>) => set('consentement', { ...value.consentement, ...patch });

  const formRef = useRef<HTMLFormElement>(null);
  // The buttons are at the bottom of a long form: take the prescriber to the first field to fix.
  useEffect(() => {
    if (!error) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else document.querySelector('.banner-error')?.scrollIntoView({ block: 'center' });
  }, [error]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    onSubmit(submitter?.getAttribute('value') ?? '');
  };

  return (
    <form ref={formRef} className="fiche-form" noValidate onSubmit={submit}>
      <Fieldset legend="Destinataire et prescripteur">
        <div className="grid">
          <PlieSelect value={value.plieCode} onChange={(plieCode) => set('plieCode', plieCode)} error={fieldError('plieCode')} />
          <TextField label="Nom de l’agent prescripteur" required value={value.agentNom} onChange={(agentNom) => set('agentNom', agentNom)} error={fieldError('prescripteur.agentNom')} autoComplete="name" />
          <TextField label="Contact de l’agent" hint="Courriel ou téléphone professionnel." required value={value.agentContact} onChange={(agentContact) => set('agentContact', agentContact)} error={fieldError('prescripteur.agentContact')} />
        </div>
      </Fieldset>

      <Fieldset legend="Personne">
        <div className="grid">
          <TextField label="Nom de naissance" required value={value.personne.nomNaissance} onChange={(nomNaissance) => setPersonne({ nomNaissance })} error={fieldError('personne.nomNaissance')} autoComplete="off" />
          <TextField label="Nom d’usage" value={value.personne.nomUsage} onChange={(nomUsage) => setPersonne({ nomUsage })} error={fieldError('personne.nomUsage')} autoComplete="off" />
          <TextField label="Prénoms" required value={value.personne.prenoms} onChange={(prenoms) => setPersonne({ prenoms })} error={fieldError('personne.prenoms')} autoComplete="off" />
          <SelectField label="Sexe" required placeholder="Choisir…" options={options(SEXES)} value={value.personne.sexe} onChange={(sexe) => setPersonne({ sexe })} error={fieldError('personne.sexe')} />
          <TextField label="Date de naissance" type="date" required value={value.personne.dateNaissance} onChange={(dateNaissance) => setPersonne({ dateNaissance })} error={fieldError('personne.dateNaissance')} />
          <TextField label="Commune de résidence (code INSEE)" hint="5 caractères (ex. 33063 pour Bordeaux)." required value={value.personne.communeInsee} onChange={(communeInsee) => setPersonne({ communeInsee })} error={fieldError('personne.communeInsee')} />
          <TextField label="Téléphone" type="tel" value={value.personne.telephone} onChange={(telephone) => setPersonne({ telephone })} error={fieldError('personne.telephone')} autoComplete="off" />
          <TextField label="Courriel" type="email" value={value.personne.email} onChange={(email) => setPersonne({ email })} error={fieldError('personne.email')} autoComplete="off" />
        </div>
        <CheckboxField label="Réside dans un quartier prioritaire (QPV)" checked={value.personne.residentQpv} onChange={(residentQpv) => setPersonne({ residentQpv })} error={fieldError('personne.residentQpv')} />
      </Fieldset>

      <Fieldset legend="Situation">
        <div className="grid">
          <SelectField label="Minima sociaux" required placeholder="Choisir…" options={options(MINIMA_SOCIAUX)} value={value.situation.minimaSociaux} onChange={(minimaSociaux) => setSituation({ minimaSociaux })} error={fieldError('situation.minimaSociaux')} />
          <SelectField label="Niveau de formation" required placeholder="Choisir…" options={options(NIVEAUX_FORMATION)} value={value.situation.niveauFormation} onChange={(niveauFormation) => setSituation({ niveauFormation })} error={fieldError('situation.niveauFormation')} />
          <SelectField label="Nationalité" required placeholder="Choisir…" options={options(NATIONALITES)} value={value.situation.nationalite} onChange={(nationalite) => setSituation({ nationalite })} error={fieldError('situation.nationalite')} />
          <SelectField label="Situation de logement" required placeholder="Choisir…" options={options(LOGEMENTS)} value={value.situation.logement} onChange={(logement) => setSituation({ logement })} error={fieldError('situation.logement')} />
        </div>
        <CheckboxField label="Personne inscrite à France Travail" checked={value.situation.inscritFranceTravail} onChange={(inscritFranceTravail) => setSituation({ inscritFranceTravail })} error={fieldError('situation.inscritFranceTravail')} />
        {(value.situation.inscritFranceTravail || value.situation.inscritDepuis || fieldError('situation.inscritDepuis')) && (
          <div className="grid">
            <TextField label="Inscription à France Travail depuis le" type="date" value={value.situation.inscritDepuis} onChange={(inscritDepuis) => setSituation({ inscritDepuis })} error={fieldError('situation.inscritDepuis')} />
          </div>
        )}
        <CheckboxField label="Reconnaissance de la qualité de travailleur handicapé (RQTH)" checked={value.situation.rqth} onChange={(rqth) => setSituation({ rqth })} error={fieldError('situation.rqth')} />
        <p className="hint">Une RQTH ou un frein santé ne s’indiquent qu’avec le consentement distinct aux données de santé (section Consentement).</p>
      </Fieldset>

      <FreinsFieldset value={value.freins} onChange={(freins) => set('freins', freins)} error={fieldError('freins')} noteErrors={freinNoteErrors(value, error)} />

      <Fieldset legend="Objectif de la prescription">
        <TextArea label="Objectif" hint="Ce que la personne attend de l’accompagnement, en 20 caractères au moins." required value={value.objectif} onChange={(objectif) => set('objectif', objectif)} error={fieldError('objectif')} />
        <TextArea label="Message au référent" value={value.messageReferent} onChange={(messageReferent) => set('messageReferent', messageReferent)} error={fieldError('messageReferent')} />
        <CheckboxField label="Demande urgente" checked={value.urgent} onChange={(urgent) => set('urgent', urgent)} />
        <CheckboxField label="Souhait d’une rencontre préalable avec le PLIE" checked={value.souhaitRencontrePrealable} onChange={(souhaitRencontrePrealable) => set('souhaitRencontrePrealable', souhaitRencontrePrealable)} />
      </Fieldset>

      <Fieldset legend="Consentement de la personne">
        <div className="grid">
          <TextField label="Consentement recueilli le" type="date" required value={value.consentement.recueilliLe} onChange={(recueilliLe) => setConsentement({ recueilliLe })} error={fieldError('consentement.recueilliLe')} />
          <SelectField label="Mode de recueil" required placeholder="Choisir…" options={options(MODES_CONSENTEMENT)} value={value.consentement.mode} onChange={(mode) => setConsentement({ mode })} error={fieldError('consentement.mode')} />
          <TextField label="Consentement aux données de santé recueilli le" type="date" hint="Nécessaire pour indiquer une RQTH ou un frein santé." value={value.consentement.santeRecueilliLe} onChange={(santeRecueilliLe) => setConsentement({ santeRecueilliLe })} error={fieldError('consentement.santeRecueilliLe')} />
        </div>
        <PerimetreGroup value={value.consentement.perimetre} onChange={(perimetre) => setConsentement({ perimetre })} error={fieldError('consentement.perimetre')} />
      </Fieldset>

      <Fieldset legend={partner.sectionLegend}>
        <div className="grid">
          {partner.sectionFields.map((field) => (
            <SectionInput
              key={field.key}
              field={field}
              value={value.section[field.key]}
              onChange={(next) => set('section', { ...value.section, [field.key]: next })}
              error={fieldError(`${partner.sectionKey}.${field.key}`)}
            />
          ))}
        </div>
      </Fieldset>

      <div className="actions">{actions}</div>
    </form>
  );
}

/** The API names a note by its index in the list sent: map it back to the frein type. */
function freinNoteErrors(form: FicheForm, error: ApiError | null): Partial<Record<TypeFrein, string>> {
  if (!error) return {};
  return Object.fromEntries(tickedFreins(form).map((type, i) => [type, error.forField(`freins.${i}.note`)]).filter(([, message]) => message));
}

function PlieSelect({ value, onChange, error }: { value: string; onChange: (code: string) => void; error?: string }) {
  const plies = useQuery<{ plies: { code: string; nom: string; fusionneDans: string | null }[] }>(pliesDocument);
  const list = (plies.data?.plies ?? []).filter((p) => !p.fusionneDans);
  return (
    <SelectField
      label="PLIE destinataire"
      required
      placeholder={plies.loading ? 'Chargement des PLIE…' : 'Choisir un PLIE…'}
      options={list.map((p) => ({ value: p.code, label: p.nom }))}
      value={value}
      onChange={onChange}
      error={error ?? (plies.error ? `Liste des PLIE indisponible : ${plies.error.message}` : undefined)}
    />
  );
}

function FreinsFieldset({
  value,
  onChange,
  error,
  noteErrors,
}: {
  value: FicheForm['freins'];
  onChange: (next: FicheForm['freins']) => void;
  error?: string;
  noteErrors: Partial<Record<TypeFrein, string>>;
}) {
  const id = useId();
  const types = Object.keys(FREINS) as TypeFrein[];
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className={error ? 'field-invalid' : undefined}>
      <legend>Freins à l’emploi</legend>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="prescripteur-freins">
        {types.map((type) => (
          <div key={type} className="prescripteur-frein">
            <CheckboxField label={FREINS[type]} checked={value[type].coche} onChange={(coche) => onChange({ ...value, [type]: { ...value[type], coche } })} />
            {value[type].coche && (
              <TextField label={`Précision (${FREINS[type].toLowerCase()})`} value={value[type].note} onChange={(note) => onChange({ ...value, [type]: { ...value[type], note } })} error={noteErrors[type]} />
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function PerimetreGroup({ value, onChange, error }: { value: PerimetreConsentement[]; onChange: (next: PerimetreConsentement[]) => void; error?: string }) {
  const id = useId();
  const all = Object.keys(PERIMETRES_CONSENTEMENT) as PerimetreConsentement[];
  const toggle = (perimetre: PerimetreConsentement, on: boolean) => onChange(all.filter((p) => (p === perimetre ? on : value.includes(p))));
  return (
    <fieldset className={`prescripteur-group${error ? ' field-invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Périmètre du consentement</legend>
      {all.map((perimetre) => (
        <CheckboxField key={perimetre} label={PERIMETRES_CONSENTEMENT[perimetre]} checked={value.includes(perimetre)} onChange={(on) => toggle(perimetre, on)} />
      ))}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

function SectionInput({ field, value, onChange, error }: { field: SectionField; value: string | boolean | undefined; onChange: (next: string | boolean) => void; error?: string }) {
  switch (field.kind) {
    case 'checkbox':
      return <CheckboxField label={field.label} checked={value === true} onChange={onChange} error={error} />;
    case 'select':
      return <SelectField label={field.label} required hint={field.hint} placeholder="Choisir…" options={field.options} value={typeof value === 'string' ? value : ''} onChange={onChange} error={error} />;
    case 'date':
      return <TextField label={field.label} type="date" required={!field.optional} hint={field.hint} value={typeof value === 'string' ? value : ''} onChange={onChange} error={error} />;
    default:
      return <TextField label={field.label} required={!field.optional} hint={field.hint} inputMode={field.inputMode} value={typeof value === 'string' ? value : ''} onChange={onChange} error={error} autoComplete="off" />;
  }
}
