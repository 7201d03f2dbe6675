import { useState, type FormEvent, type ReactNode } from 'react';
import { CheckboxField, Fieldset, SelectField, TextArea, TextField } from '../../ui/fields';
import ajouterEtapeDocument from './ajouter-etape.graphql';
import enregistrerEntretienDocument from './enregistrer-entretien.graphql';
import enregistrerSortieDocument from './enregistrer-sortie.graphql';
import { ConflictNotice, OtherProblems, useVersionedMutation } from '../../ui/form-problems';
import { optionsOf } from '../../ui/labels';
import {
  CATEGORIES_SORTIE,
  MODES_ENTRETIEN,
  MOTIFS_SORTIE,
  todayIso,
  TYPES_CONTRAT,
  TYPES_ETAPE,
  TYPES_SITUATION_SORTIE,
  type CategorieSortie,
  type ModeEntretien,
  type TypeContrat,
  type TypeEtape,
  type TypeSituationSortie,
} from './labels';
import leverVeilleDocument from './lever-veille.graphql';
import mettreEnVeilleDocument from './mettre-en-veille.graphql';

/** What every write on a parcours needs: which one, at which version, and what to do once it is written or refused. */
export interface ParcoursFormProps {
  parcoursId: string;
  version: number;
  /** Reloads the parcours (after a write, or right away on CONFLICT). */
  reload: () => void;
  onDone: (message: string) => void;
}

type Written = { id: string; version: number; statut: string };

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value.replace(',', '.')));

function FormShell({ legend, fields, error, pending, submitLabel, onSubmit, children }: { legend: string; fields: string[]; error: Parameters<typeof OtherProblems>[0]['error']; pending: boolean; submitLabel: string; onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Fieldset legend={legend}>
        <ConflictNotice error={error} what="Ce parcours" />
        <OtherProblems error={error} fields={fields} conflictShown />
        {children}
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Enregistrement…' : submitLabel}
          </button>
        </div>
      </Fieldset>
    </form>
  );
}

export function EntretienForm({ parcoursId, version, reload, onDone }: ParcoursFormProps) {
  const mutation = useVersionedMutation<Record<string, unknown>, { enregistrerEntretien: Written }>(enregistrerEntretienDocument, reload);
  const [date, setDate] = useState(todayIso());
  const [mode, setMode] = useState<ModeEntretien>('PRESENTIEL');
  const [present, setPresent] = useState(true);
  const [relance, setRelance] = useState('0');
  const err = (field: string) => mutation.error?.forField(field);
  const submit = async () => {
    const written = await mutation.run({ parcoursId, version, input: { date, mode, present, relance: Number(relance) } });
    if (written) {
      onDone(`Entretien du ${date.split('-').reverse().join('/')} enregistré.`);
      reload();
    }
  };
  return (
    <FormShell legend="Enregistrer un entretien" fields={['date', 'mode', 'present', 'relance']} error={mutation.error} pending={mutation.pending} submitLabel="Enregistrer l’entretien" onSubmit={submit}>
      <div className="grid">
        <TextField label="Date de l’entretien" type="date" required value={date} onChange={setDate} error={err('date')} />
        <SelectField label="Mode de l’entretien" required value={mode} onChange={setMode} options={optionsOf(MODES_ENTRETIEN)} error={err('mode')} />
        <SelectField
          label="Relances après absence"
          value={relance}
          onChange={setRelance}
          options={['0', '1', '2'].map((value) => ({ value, label: value }))}
          hint="Seulement après une absence injustifiée (2 au plus)."
          error={err('relance')}
        />
      </div>
      <CheckboxField label="La personne était présente" checked={present} onChange={setPresent} error={err('present')} />
    </FormShell>
  );
}

/** The attributes the API knows for each kind of étape (the rest stays in the intitulé). */
function EtapeAttributes({ type, values, set, error }: { type: TypeEtape; values: Record<string, string>; set: (key: string, value: string) => void; error?: string }) {
  if (type === 'EMPLOI') {
    return (
      <div className="grid">
        <SelectField label="Contrat" value={(values.contrat ?? '') as TypeContrat | ''} onChange={(v) => set('contrat', v)} options={optionsOf(TYPES_CONTRAT)} placeholder="Non précisé" />
        <TextField label="Heures par semaine" inputMode="numeric" value={values.heuresHebdo ?? ''} onChange={(v) => set('heuresHebdo', v)} error={error} />
        <TextField label="Durée (mois)" inputMode="numeric" value={values.dureeMois ?? ''} onChange={(v) => set('dureeMois', v)} />
      </div>
    );
  }
  if (type === 'FORMATION') {
    return (
      <div className="grid">
        <TextField label="Nombre d’heures" inputMode="numeric" value={values.heures ?? ''} onChange={(v) => set('heures', v)} />
        <TextField label="Certification visée" value={values.certification ?? ''} onChange={(v) => set('certification', v)} />
        <CheckboxField label="Formation qualifiante" checked={values.qualifiante === 'true'} onChange={(v) => set('qualifiante', String(v))} />
      </div>
    );
  }
  if (type === 'SIAE') {
    return (
      <div className="grid">
        <SelectField
          label="Structure"
          value={(values.structure ?? '') as 'ACI' | 'EI' | 'ETTI' | 'AI' | ''}
          onChange={(v) => set('structure', v)}
          options={[
            { value: 'ACI', label: 'Atelier et chantier d’insertion (ACI)' },
            { value: 'EI', label: 'Entreprise d’insertion (EI)' },
            { value: 'ETTI', label: 'Entreprise de travail temporaire d’insertion (ETTI)' },
            { value: 'AI', label: 'Association intermédiaire (AI)' },
          ]}
          placeholder="Non précisée"
        />
        <TextField label="Heures par semaine" inputMode="numeric" value={values.heuresHebdo ?? ''} onChange={(v) => set('heuresHebdo', v)} error={error} />
      </div>
    );
  }
  return null;
}

const attributesOf = (values: Record<string, string>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v !== '' && v !== 'false')
      .map(([k, v]) => [k, v === 'true' ? true : ['heuresHebdo', 'dureeMois', 'heures'].includes(k) ? numberOrNull(v) : v]),
  );

export function EtapeForm({ parcoursId, version, reload, onDone }: ParcoursFormProps) {
  const mutation = useVersionedMutation<Record<string, unknown>, { ajouterEtape: Written }>(ajouterEtapeDocument, reload);
  const [type, setType] = useState<TypeEtape>('EMPLOI');
  const [intitule, setIntitule] = useState('');
  const [debut, setDebut] = useState(todayIso());
  const [fin, setFin] = useState('');
  const [attributs, setAttributs] = useState<Record<string, string>>({});
  const err = (field: string) => mutation.error?.forField(field);
  const submit = async () => {
    const written = await mutation.run({ parcoursId, version, input: { type, intitule, debut, fin: fin || null, attributs: attributesOf(attributs) } });
    if (written) {
      onDone(`Étape « ${intitule.trim()} » ajoutée.`);
      setIntitule('');
      setAttributs({});
      reload();
    }
  };
  return (
    <FormShell legend="Ajouter une étape" fields={['type', 'intitule', 'debut', 'fin', 'attributs', 'heuresHebdo']} error={mutation.error} pending={mutation.pending} submitLabel="Ajouter l’étape" onSubmit={submit}>
      <div className="grid">
        <SelectField label="Type d’étape" required value={type} onChange={(v) => (setType(v), setAttributs({}))} options={optionsOf(TYPES_ETAPE)} error={err('type')} />
        <TextField label="Intitulé" required value={intitule} onChange={setIntitule} error={err('intitule')} hint="Par exemple : agent de propreté chez Net Services." />
        <TextField label="Début" type="date" required value={debut} onChange={setDebut} error={err('debut')} />
        <TextField label="Fin" type="date" value={fin} onChange={setFin} error={err('fin')} hint="Laisser vide si l’étape est en cours." />
      </div>
      <EtapeAttributes type={type} values={attributs} set={(k, v) => setAttributs((a) => ({ ...a, [k]: v }))} error={err('heuresHebdo') ?? err('attributs')} />
    </FormShell>
  );
}

export function VeilleForm({ parcoursId, version, reload, onDone, enVeille }: ParcoursFormProps & { enVeille: boolean }) {
  const mettre = useVersionedMutation<Record<string, unknown>, { mettreEnVeille: Written }>(mettreEnVeilleDocument, reload);
  const lever = useVersionedMutation<Record<string, unknown>, { leverVeille: Written }>(leverVeilleDocument, reload);
  const [motif, setMotif] = useState('');
  const [date, setDate] = useState(todayIso());
  const mutation = enVeille ? lever : mettre;
  const err = (field: string) => mutation.error?.forField(field);
  const submit = async () => {
    const written = enVeille ? await lever.run({ parcoursId, version, fin: date }) : await mettre.run({ parcoursId, version, debut: date, motif });
    if (written) {
      onDone(enVeille ? 'Veille levée : le parcours reprend.' : 'Parcours mis en veille.');
      setMotif('');
      reload();
    }
  };
  return (
    <FormShell
      legend={enVeille ? 'Lever la veille' : 'Mettre le parcours en veille'}
      fields={['motif', 'debut', 'fin']}
      error={mutation.error}
      pending={mutation.pending}
      submitLabel={enVeille ? 'Lever la veille' : 'Mettre en veille'}
      onSubmit={submit}
    >
      <div className="grid">
        <TextField label={enVeille ? 'Fin de la veille' : 'Début de la veille'} type="date" required value={date} onChange={setDate} error={err(enVeille ? 'fin' : 'debut')} />
        {!enVeille && <TextField label="Motif de la veille" required value={motif} onChange={setMotif} error={err('motif')} hint="Par exemple : étape emploi en cours, santé, réexamen du RSA." />}
      </div>
    </FormShell>
  );
}

/** The sortie as the référent describes it; the category is the PLIE's rules' to compute, or forced with a reason. */
export function SortieForm({ parcoursId, version, reload, onDone, heuresClauses }: ParcoursFormProps & { heuresClauses: number | null }) {
  const mutation = useVersionedMutation<Record<string, unknown>, { enregistrerSortie: Written }>(enregistrerSortieDocument, reload);
  const [date, setDate] = useState(todayIso());
  const [type, setType] = useState<TypeSituationSortie>('EMPLOI');
  const [v, setValues] = useState<Record<string, string>>({ heuresClauses6DerniersMois: heuresClauses ? String(Math.round(heuresClauses)) : '' });
  const [flags, setFlags] = useState<Record<string, boolean>>({});
  const [forcer, setForcer] = useState(false);
  const [forcage, setForcage] = useState<{ categorie: CategorieSortie | ''; sousType: string; justification: string }>({ categorie: '', sousType: '', justification: '' });
  const set = (key: string) => (value: string) => setValues((values) => ({ ...values, [key]: value }));
  const flag = (key: string) => (checked: boolean) => setFlags((f) => ({ ...f, [key]: checked }));
  const err = (field: string) => mutation.error?.forField(field);
  const text = (key: string, label: string, hint?: string) => <TextField label={label} inputMode="numeric" value={v[key] ?? ''} onChange={set(key)} error={err(key)} hint={hint} />;

  const situation = (): Record<string, unknown> => {
    const s: Record<string, unknown> = { type };
    const numbers: Record<TypeSituationSortie, string[]> = {
      EMPLOI: ['heuresHebdo', 'dureeMois', 'moisSansInterruption', 'heures12DerniersMois', 'heuresClauses6DerniersMois', 'moisEnEmploiSur12'],
      FORMATION: ['formationHeures'],
      CREATION_ENTREPRISE: [],
      SANS_EMPLOI_NI_FORMATION: [],
    };
    for (const key of numbers[type]) if (v[key]?.trim()) s[key] = numberOrNull(v[key]!);
    if (type === 'EMPLOI') {
      if (v.contrat) s.contrat = v.contrat;
      if (v.employeur?.trim()) s.employeur = v.employeur.trim();
      s.memeEmployeur = !!flags.memeEmployeur;
    }
    if (type === 'FORMATION') Object.assign(s, { formationQualifiante: !!flags.formationQualifiante, formationCertifiante: !!flags.formationCertifiante });
    if (type === 'CREATION_ENTREPRISE') Object.assign(s, { creationValideeCommission: !!flags.creationValideeCommission, creationActiveA6Mois: !!flags.creationActiveA6Mois });
    if (type === 'SANS_EMPLOI_NI_FORMATION') Object.assign(s, { freinsReduits: !!flags.freinsReduits, motif: v.motif || null });
    return s;
  };

  const submit = async () => {
    const input: Record<string, unknown> = { date, situation: situation() };
    if (forcer) input.forcage = { categorie: forcage.categorie || null, sousType: forcage.sousType, justification: forcage.justification };
    const written = await mutation.run({ parcoursId, version, input });
    if (written) {
      onDone('Sortie enregistrée : sa catégorie est affichée ci-dessous.');
      reload();
    }
  };

  return (
    <FormShell
      legend="Enregistrer la sortie"
      fields={['date', 'type', 'contrat', 'heuresHebdo', 'dureeMois', 'moisSansInterruption', 'heures12DerniersMois', 'heuresClauses6DerniersMois', 'moisEnEmploiSur12', 'formationHeures', 'motif', 'categorie', 'sousType', 'justification']}
      error={mutation.error}
      pending={mutation.pending}
      submitLabel="Enregistrer la sortie"
      onSubmit={submit}
    >
      <p className="hint">La catégorie de sortie (positive, dynamique…) est calculée par les règles du PLIE à partir de cette situation.</p>
      <div className="grid">
        <TextField label="Date de sortie" type="date" required value={date} onChange={setDate} error={err('date')} />
        <SelectField label="Situation à la sortie" required value={type} onChange={setType} options={optionsOf(TYPES_SITUATION_SORTIE)} error={err('type')} />
      </div>
      {type === 'EMPLOI' && (
        <>
          <div className="grid">
            <SelectField label="Contrat" value={(v.contrat ?? '') as TypeContrat | ''} onChange={set('contrat')} options={optionsOf(TYPES_CONTRAT)} placeholder="Choisir…" error={err('contrat')} />
            {text('heuresHebdo', 'Heures par semaine')}
            {text('dureeMois', 'Durée du contrat (mois)')}
            <TextField label="Employeur" value={v.employeur ?? ''} onChange={set('employeur')} />
            {text('moisSansInterruption', 'Mois sans interruption (intérim)')}
            {text('heures12DerniersMois', 'Heures sur les 12 derniers mois')}
            {text('heuresClauses6DerniersMois', 'Heures en clause sur les 6 derniers mois', heuresClauses != null ? 'Reprises des missions de clause du participant.' : undefined)}
            {text('moisEnEmploiSur12', 'Mois en emploi sur 12 (saisonnier)')}
          </div>
          <CheckboxField label="Chez le même employeur" checked={!!flags.memeEmployeur} onChange={flag('memeEmployeur')} />
        </>
      )}
      {type === 'FORMATION' && (
        <>
          <div className="grid">{text('formationHeures', 'Heures de formation')}</div>
          <CheckboxField label="Formation qualifiante" checked={!!flags.formationQualifiante} onChange={flag('formationQualifiante')} />
          <CheckboxField label="Formation certifiante (diplôme, titre, certificat)" checked={!!flags.formationCertifiante} onChange={flag('formationCertifiante')} />
        </>
      )}
      {type === 'CREATION_ENTREPRISE' && (
        <>
          <CheckboxField label="Création validée par la commission" checked={!!flags.creationValideeCommission} onChange={flag('creationValideeCommission')} />
          <CheckboxField label="Entreprise toujours active à 6 mois" checked={!!flags.creationActiveA6Mois} onChange={flag('creationActiveA6Mois')} />
        </>
      )}
      {type === 'SANS_EMPLOI_NI_FORMATION' && (
        <>
          <div className="grid">
            <SelectField label="Motif de la sortie" value={(v.motif ?? '') as keyof typeof MOTIFS_SORTIE | ''} onChange={set('motif')} options={optionsOf(MOTIFS_SORTIE)} placeholder="Choisir…" error={err('motif')} />
          </div>
          <CheckboxField label="Le diagnostic final montre des freins levés" checked={!!flags.freinsReduits} onChange={flag('freinsReduits')} />
        </>
      )}
      <CheckboxField label="Forcer la catégorie calculée (avec une justification conservée)" checked={forcer} onChange={setForcer} />
      {forcer && (
        <div className="grid">
          <SelectField label="Catégorie retenue" required value={forcage.categorie} onChange={(categorie) => setForcage({ ...forcage, categorie })} options={optionsOf(CATEGORIES_SORTIE)} placeholder="Choisir…" error={err('categorie')} />
          <TextField label="Sous-type retenu" value={forcage.sousType} onChange={(sousType) => setForcage({ ...forcage, sousType })} error={err('sousType')} />
          <TextArea label="Justification (20 caractères au moins)" value={forcage.justification} onChange={(justification) => setForcage({ ...forcage, justification })} error={err('justification')} />
        </div>
      )}
    </FormShell>
  );
}
