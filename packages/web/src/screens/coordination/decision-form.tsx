import { useId, useState, type FormEvent } from 'react';
import { CheckboxField, Fieldset, SelectField, TextArea, TextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { useMutation } from '../../ui/use-api';
import type { Decision, FicheAgenda, ReferentOption, Seance } from './agenda-types';
import { personName } from '../../ui/person';
import deciderDocument from './decider-prescription.graphql';
import { OtherProblems } from '../../ui/form-problems';
import { optionsOf } from '../../ui/labels';
import {
  motifRefusOptions,
  NATIONALITES,
  STATUTS_DECISION,
  STATUTS_EMPLOI,
  STATUTS_PARTICIPANT,
  TRANCHES_CITE,
  type MotifRefus,
  type Nationalite,
  type PartenaireCode,
  type StatutDecision,
  type StatutEmploiEntree,
  type StatutParticipant,
  type TrancheCite,
} from './labels';

/** Fields this form shows a message next to; any other problem goes to the banner. */
const FIELDS = ['statut', 'motif', 'solutionProximite', 'commentaire', 'referentId', 'dateEntree', 'statutEmploi', 'trancheCite', 'nationalite', 'qpv', 'handicap', 'statuts'];

const monthsAgo = (months: number) => {
  const d = new Date();
  d.setMonth(d.getMonth() - months);
  return d.toISOString().slice(0, 10);
};

/** What the fiche already says about the situation at entry: the coordination checks it rather than retyping it. */
function entryFromFiche(fiche: FicheAgenda, partenaire: PartenaireCode) {
  const s = fiche.situation;
  const longTerm = fiche.franceTravail?.demandeurLongueDuree ?? (!!s?.inscritDepuis && s.inscritDepuis <= monthsAgo(12));
  const statutEmploi = (s?.inscritFranceTravail ? (longTerm ? 'CHOMEUR_LONGUE_DUREE' : 'CHOMEUR') : 'INACTIF') as StatutEmploiEntree;
  // RQTH is health data: carried over only when the fiche records the person's consent to share it.
  const santeConsentie = !!fiche.consentement?.santeRecueilliLe;
  const statuts: StatutParticipant[] = [];
  if (statutEmploi === 'CHOMEUR_LONGUE_DUREE') statuts.push('DELD');
  if (s?.minimaSociaux === 'RSA') statuts.push('RSA');
  if (s?.minimaSociaux === 'ASS') statuts.push('ASS');
  if (s?.rqth && santeConsentie) statuts.push('RQTH');
  if (partenaire === 'MISSION_LOCALE') statuts.push('JEUNE_ML');
  return {
    statutEmploi,
    trancheCite: (s?.trancheCite ?? '') as TrancheCite | '',
    nationalite: (s?.nationalite ?? '') as Nationalite | '',
    qpv: !!fiche.personne?.residentQpv,
    sansAbri: s?.logement === 'SANS_DOMICILE',
    rural: false,
    handicap: (santeConsentie ? (s?.rqth ? 'oui' : 'non') : '') as '' | 'oui' | 'non',
    statuts,
  };
}

const referentLabel = (r: ReferentOption) =>
  `${r.nom} — ${r.structure.nom}${r.charge ? ` (${r.charge.fileActive} / ${r.charge.cible} suivis${r.charge.depassee ? ', charge dépassée' : ''})` : ''}`;

/**
 * The commission's decision on one fiche. An admission also opens the parcours: it names the référent and freezes the
 * situation at entry (pre-filled from the fiche, to check with the person's file).
 */
export function DecisionForm({
  fiche,
  partenaire,
  seance,
  referents,
  onDecided,
  onCancel,
}: {
  fiche: FicheAgenda;
  partenaire: PartenaireCode;
  seance: Seance;
  referents: ReferentOption[];
  onDecided: (decision: Decision) => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  const mutation = useMutation<{ input: Record<string, unknown> }, { deciderPrescription: Decision }>(deciderDocument);
  const [statut, setStatut] = useState<StatutDecision | ''>('');
  const [motif, setMotif] = useState<MotifRefus | ''>('');
  const [solutionProximite, setSolutionProximite] = useState('');
  const [commentaire, setCommentaire] = useState('');
  const [referentId, setReferentId] = useState('');
  const [dateEntree, setDateEntree] = useState('');
  const [entree, setEntree] = useState(() => entryFromFiche(fiche, partenaire));
  const err = (field: string) => mutation.error?.forField(field);
  const actifs = referents.filter((r) => r.actif);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const p = fiche.personne;
    const input: Record<string, unknown> = {
      commissionId: seance.id,
      partenaire,
      prescriptionId: fiche.id,
      statut,
      motif: statut === 'REFUSE' ? motif || null : null,
      solutionProximite: statut === 'REORIENTE' ? solutionProximite : null,
      commentaire: commentaire.trim() || null,
    };
    if (statut === 'ADMIS' && p) {
      input.admission = {
        referentId,
        dateEntree: dateEntree || null,
        personne: {
          nomNaissance: p.nomNaissance,
          nomUsage: p.nomUsage,
          prenoms: p.prenoms,
          sexe: p.sexe,
          dateNaissance: p.dateNaissance,
          communeInsee: p.communeInsee,
          cleRapprochement: fiche.cleRapprochement,
        },
        situationEntree: {
          statutEmploi: entree.statutEmploi,
          trancheCite: entree.trancheCite,
          nationalite: entree.nationalite,
          qpv: entree.qpv,
          sansAbri: entree.sansAbri,
          rural: entree.rural,
          handicap: entree.handicap === '' ? null : entree.handicap === 'oui',
        },
        statuts: entree.statuts,
      };
    }
    const result = await mutation.run({ input });
    if (result) onDecided(result.deciderPrescription);
  };

  const toggleStatut = (value: StatutParticipant, checked: boolean) =>
    setEntree((e) => ({ ...e, statuts: checked ? [...e.statuts, value] : e.statuts.filter((s) => s !== value) }));

  return (
    <form className="decision-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>
        Décision sur la fiche de {personName(fiche.personne)} — séance du {formatDate(seance.date)}
      </h3>
      <OtherProblems error={mutation.error} fields={FIELDS} />
      <div className="grid">
        <SelectField
          label="Décision"
          required
          value={statut}
          onChange={(v) => (setStatut(v), mutation.reset())}
          options={optionsOf(STATUTS_DECISION).filter((o) => o.value !== 'ADMIS' || fiche.personne)}
          placeholder="Choisir…"
          hint={fiche.personne ? undefined : 'Admission impossible ici : l’identité de la personne n’a pas pu être lue (elle fonde le participant).'}
          error={err('statut')}
        />
        {statut === 'REFUSE' && (
          <SelectField label="Motif du refus" value={motif} onChange={setMotif} options={motifRefusOptions} placeholder="Choisir le motif…" error={err('motif')} />
        )}
        {statut === 'REORIENTE' && (
          <TextField
            label="Solution de proximité proposée"
            value={solutionProximite}
            onChange={setSolutionProximite}
            hint="La structure ou le dispositif vers lequel la personne est orientée."
            error={err('solutionProximite')}
          />
        )}
      </div>
      {statut === 'ADMIS' && (
        <>
          <p className="hint">
            Personne admise, telle que la fiche la décrit : {personName(fiche.personne)}, date de naissance {formatDate(fiche.personne?.dateNaissance)}, commune INSEE{' '}
            {fiche.personne?.communeInsee ?? '—'}.
          </p>
          <Fieldset legend="Admission">
            <div className="grid">
              <SelectField
                label="Référent de parcours"
                required
                value={referentId}
                onChange={setReferentId}
                options={actifs.map((r) => ({ value: r.id, label: referentLabel(r) }))}
                placeholder="Choisir le référent…"
                error={err('referentId')}
              />
              <TextField label="Date d’entrée" type="date" value={dateEntree} onChange={setDateEntree} hint={`Par défaut : la date de la séance (${formatDate(seance.date)}).`} error={err('dateEntree')} />
            </div>
          </Fieldset>
          <Fieldset legend="Situation à l’entrée (figée ensuite : base des indicateurs FSE+)">
            <div className="grid">
              <SelectField label="Situation d’emploi" required value={entree.statutEmploi} onChange={(v) => setEntree({ ...entree, statutEmploi: v })} options={optionsOf(STATUTS_EMPLOI)} error={err('statutEmploi')} />
              <SelectField label="Niveau de formation (CITE)" required value={entree.trancheCite} onChange={(v) => setEntree({ ...entree, trancheCite: v })} options={optionsOf(TRANCHES_CITE)} placeholder="Choisir…" error={err('trancheCite')} />
              <SelectField label="Nationalité" required value={entree.nationalite} onChange={(v) => setEntree({ ...entree, nationalite: v })} options={optionsOf(NATIONALITES)} placeholder="Choisir…" error={err('nationalite')} />
              <SelectField
                label="Situation de handicap"
                value={entree.handicap}
                onChange={(v) => setEntree({ ...entree, handicap: v })}
                options={[
                  { value: 'oui', label: 'Oui' },
                  { value: 'non', label: 'Non' },
                ]}
                placeholder="Non renseignée"
                hint="Seulement si la personne a consenti à la donner."
                error={err('handicap')}
              />
            </div>
            <CheckboxField label="Réside en quartier prioritaire (QPV)" checked={entree.qpv} onChange={(qpv) => setEntree({ ...entree, qpv })} error={err('qpv')} />
            <CheckboxField label="Sans abri ou exclu du logement" checked={entree.sansAbri} onChange={(sansAbri) => setEntree({ ...entree, sansAbri })} />
            <CheckboxField label="Réside en zone rurale" checked={entree.rural} onChange={(rural) => setEntree({ ...entree, rural })} />
          </Fieldset>
          <Fieldset legend="Statuts à l’entrée" error={err('statuts')}>
            <div className="checkbox-grid">
              {(Object.keys(STATUTS_PARTICIPANT) as StatutParticipant[]).map((s) => (
                <CheckboxField key={s} label={STATUTS_PARTICIPANT[s]} checked={entree.statuts.includes(s)} onChange={(checked) => toggleStatut(s, checked)} />
              ))}
            </div>
          </Fieldset>
        </>
      )}
      <TextArea label="Commentaire de la commission" value={commentaire} onChange={setCommentaire} error={err('commentaire')} />
      <div className="actions">
        <button type="submit" disabled={mutation.pending}>
          {mutation.pending ? 'Enregistrement…' : 'Enregistrer la décision'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
