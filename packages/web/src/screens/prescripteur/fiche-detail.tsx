import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { problemAt, type ApiProblem } from '../../api/graphql';
import { TextArea } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { Page } from '../../ui/page';
import { ErrorBanner, Loading, MissingPart, PartialNotice } from '../../ui/problems';
import { useMutation, useQuery } from '../../ui/use-api';
import { ConflictNotice, useVersionedMutation } from '../../ui/form-problems';
import { FicheFormView, FormErrorSummary } from './fiche-form';
import { formOfFiche, toInput, type Fiche, type FicheForm } from './fiche-model';
import { FlashBanner } from './flash-banner';
import {
  CATEGORIES_SORTIE,
  DECISIONS,
  FREINS,
  labelOf,
  LOGEMENTS,
  MINIMA_SOCIAUX,
  MODES_CONSENTEMENT,
  NATIONALITES,
  NIVEAUX_FORMATION,
  PERIMETRES_CONSENTEMENT,
  SEXES,
  STATUTS_FICHE,
  STATUTS_PARCOURS,
  TRANCHES_CITE,
  yesNo,
} from './labels';
import { sectionValueText, type Partner } from './partners';
import { DecisionText, StatutBadge, SuiteText } from './statuses';
import { UnknownPartner, usePartner } from './use-partner';

type Changed = { fiche: { id: string; version: number } };

export function FicheDetail({ id }: { id: string | undefined }) {
  const partner = usePartner();
  if (!partner) return <UnknownPartner title="Fiche de prescription" />;
  if (!id) {
    return (
      <Page title="Fiche de prescription">
        <p role="alert">
          Aucune fiche n’est désignée. <a href="#/fiches">Revenir à mes fiches</a>
        </p>
      </Page>
    );
  }
  return <FicheDetailPartenaire partner={partner} id={id} />;
}

function FicheDetailPartenaire({ partner, id }: { partner: Partner; id: string }) {
  const result = useQuery<{ fiche: Fiche | null }>(partner.documents.fiche, { id });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const fiche = result.data?.fiche ?? null;
  const title = fiche?.personne ? `Fiche de ${fiche.personne.prenoms} ${fiche.personne.nomNaissance}` : 'Fiche de prescription';
  const at = (field: string) => problemAt(result.problems, 'fiche', field);

  const noticeRef = useRef<HTMLDivElement>(null);
  const done = (message: string) => {
    setNotice(message);
    setEditing(false);
    result.reload();
    noticeRef.current?.focus();
  };

  return (
    <Page title={title} documentTitle="Fiche de prescription" actions={<a href="#/fiches">Retour à mes fiches</a>}>
      <FlashBanner />
      {/* Always in the page, so that screen readers announce the message; it takes the focus the vanished button had. */}
      <div className={notice ? 'banner banner-success' : undefined} role="status" tabIndex={-1} ref={noticeRef}>
        {notice}
      </div>
      <ErrorBanner error={result.error} title="La fiche n’a pas pu être chargée" />
      {result.loading && !fiche && <Loading label="Chargement de la fiche…" />}
      {fiche && (
        <>
          <PartialNotice problems={result.problems} />
          {editing ? (
            <ModifierFiche partner={partner} fiche={fiche} onDone={() => done('Brouillon modifié.')} onCancel={() => setEditing(false)} onReload={result.reload} />
          ) : (
            <>
              <Resume fiche={fiche} problems={result.problems} />
              <Actions partner={partner} fiche={fiche} onEdit={() => (setNotice(''), setEditing(true))} onDone={done} onReload={result.reload} />
              <Historique fiche={fiche} decisionProblem={at('decisionPlie')} />
              <Contenu partner={partner} fiche={fiche} problems={result.problems} />
            </>
          )}
        </>
      )}
    </Page>
  );
}

function Resume({ fiche, problems }: { fiche: Fiche; problems: ApiProblem[] }) {
  const at = (field: string) => problemAt(problems, 'fiche', field);
  return (
    <section className="card prescripteur-card" aria-labelledby="fiche-resume">
      <h2 id="fiche-resume">Où en est la fiche</h2>
      <dl className="prescripteur-dl">
        <Item label="Statut">
          <StatutBadge statut={fiche.statut} />
        </Item>
        <Item label="PLIE destinataire">{at('plie') ? <MissingPart problem={at('plie')!} what="PLIE" /> : (fiche.plie?.nom ?? fiche.plieCode)}</Item>
        <Item label="Créée le">{formatDate(fiche.creeLe)}</Item>
        <Item label="Transmise le">{formatDate(fiche.transmiseLe)}</Item>
        {fiche.expireLe && <Item label={fiche.statut === 'EXPIREE' ? 'Expirée le' : 'Expire le'}>{formatDate(fiche.expireLe)}</Item>}
        {fiche.annuleeLe && <Item label="Annulée le">{formatDate(fiche.annuleeLe)}</Item>}
        {fiche.motifAnnulation && <Item label="Motif d’annulation">{fiche.motifAnnulation}</Item>}
        <Item label={`Décision ${fiche.plie?.libelleCommission ? `(${fiche.plie.libelleCommission})` : 'du PLIE'}`}>
          <DecisionText statut={fiche.statut} decision={fiche.decisionPlie} problem={at('decisionPlie')} />
        </Item>
        {fiche.decisionPlie?.motif && <Item label="Motif de la décision">{fiche.decisionPlie.motif}</Item>}
        {fiche.decisionPlie?.solutionProximite && <Item label="Solution de proximité proposée">{fiche.decisionPlie.solutionProximite}</Item>}
        <Item label="Suite du parcours">
          <SuiteText suite={fiche.suiteParcours} problem={at('suiteParcours')} />
        </Item>
      </dl>
    </section>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the prescriber may still do, by status: a draft is edited, sent or cancelled; a sent fiche completed or cancelled. */
function Actions({ partner, fiche, onEdit, onDone, onReload }: { partner: Partner; fiche: Fiche; onEdit: () => void; onDone: (message: string) => void; onReload: () => void }) {
  // Writes carry the fiche's version: on CONFLICT the fiche is reloaded, so a retry sends the current one.
  const transmettre = useVersionedMutation<{ id: string; version: number }, Changed>(partner.documents.transmettre, onReload);
  const [cancelling, setCancelling] = useState(false);
  const open = fiche.statut === 'BROUILLON' || fiche.statut === 'TRANSMISE';
  return (
    <section className="card prescripteur-card" aria-labelledby="fiche-actions">
      <h2 id="fiche-actions">Actions</h2>
      {!open && <p>Aucune action possible : la fiche est {labelOf(STATUTS_FICHE, fiche.statut).toLowerCase()}.</p>}
      <ConflictNotice error={transmettre.error} what="Cette fiche" />
      {transmettre.error?.code !== 'CONFLICT' && <ErrorBanner error={transmettre.error} title="La fiche n’a pas été transmise" />}
      {open && (
        <div className="actions">
          {fiche.statut === 'BROUILLON' && (
            <>
              <button type="button" className="secondary" onClick={onEdit}>
                Modifier le brouillon
              </button>
              <button
                type="button"
                disabled={transmettre.pending}
                onClick={async () => {
                  if (await transmettre.run({ id: fiche.id, version: fiche.version })) onDone('Fiche transmise au PLIE.');
                }}
              >
                Transmettre au PLIE
              </button>
            </>
          )}
          {!cancelling && (
            <button type="button" className="secondary" onClick={() => setCancelling(true)}>
              Annuler la fiche…
            </button>
          )}
        </div>
      )}
      {open && cancelling && <AnnulerFiche partner={partner} fiche={fiche} onDone={() => onDone('Fiche annulée.')} onClose={() => setCancelling(false)} onReload={onReload} />}
      {fiche.statut === 'TRANSMISE' && <CompleterFiche partner={partner} fiche={fiche} onDone={() => onDone('Complément ajouté à la fiche.')} />}
    </section>
  );
}

function AnnulerFiche({ partner, fiche, onDone, onClose, onReload }: { partner: Partner; fiche: Fiche; onDone: () => void; onClose: () => void; onReload: () => void }) {
  const annuler = useVersionedMutation<{ id: string; version: number; motif: string }, Changed>(partner.documents.annuler, onReload);
  const [motif, setMotif] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await annuler.run({ id: fiche.id, version: fiche.version, motif })) onDone();
  };
  const motifError = annuler.error?.forField('motif');
  return (
    <form className="prescripteur-subform" noValidate onSubmit={submit} aria-labelledby="annuler-titre">
      <h3 id="annuler-titre">Annuler la fiche</h3>
      <ConflictNotice error={annuler.error} what="Cette fiche" />
      {annuler.error && !motifError && annuler.error.code !== 'CONFLICT' && <ErrorBanner error={annuler.error} title="La fiche n’a pas été annulée" />}
      <TextArea label="Motif d’annulation" hint="Communiqué au PLIE si la fiche lui a été transmise." required value={motif} onChange={setMotif} error={motifError} />
      <div className="actions">
        <button type="submit" className="danger" disabled={annuler.pending}>
          Confirmer l’annulation
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Ne pas annuler
        </button>
      </div>
    </form>
  );
}

function CompleterFiche({ partner, fiche, onDone }: { partner: Partner; fiche: Fiche; onDone: () => void }) {
  const completer = useMutation<{ id: string; texte: string }, Changed>(partner.documents.completer);
  const [texte, setTexte] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await completer.run({ id: fiche.id, texte })) {
      setTexte('');
      onDone();
    }
  };
  const texteError = completer.error?.forField('texte');
  return (
    <form className="prescripteur-subform" noValidate onSubmit={submit} aria-labelledby="completer-titre">
      <h3 id="completer-titre">Compléter la fiche transmise</h3>
      {completer.error && !texteError && <ErrorBanner error={completer.error} title="Le complément n’a pas été ajouté" />}
      <TextArea label="Complément" hint="Une information nouvelle pour le PLIE (déménagement, permis obtenu…)." required value={texte} onChange={setTexte} error={texteError} />
      <div className="actions">
        <button type="submit" disabled={completer.pending}>
          Ajouter le complément
        </button>
      </div>
    </form>
  );
}

function ModifierFiche({ partner, fiche, onDone, onCancel, onReload }: { partner: Partner; fiche: Fiche; onDone: () => void; onCancel: () => void; onReload: () => void }) {
  const [form, setForm] = useState<FicheForm>(() => formOfFiche(partner, fiche));
  // On CONFLICT the fiche reloads under the form, which keeps what was typed; the next save sends the new version.
  const modifier = useVersionedMutation<{ id: string; version: number; input: Record<string, unknown> }, Changed>(partner.documents.modifier, onReload);
  const submit = async () => {
    if (await modifier.run({ id: fiche.id, version: fiche.version, input: toInput(partner, form) })) onDone();
  };
  return (
    <section aria-labelledby="modifier-titre">
      <h2 id="modifier-titre">Modifier le brouillon</h2>
      <ConflictNotice error={modifier.error} what="Ce brouillon" />
      {modifier.error?.code !== 'CONFLICT' && <FormErrorSummary partner={partner} error={modifier.error} title="Le brouillon n’a pas été modifié" />}
      <FicheFormView
        partner={partner}
        value={form}
        onChange={setForm}
        error={modifier.error}
        onSubmit={submit}
        actions={
          <>
            <button type="submit" value="modifier" disabled={modifier.pending}>
              Enregistrer les modifications
            </button>
            <button type="button" className="secondary" onClick={onCancel}>
              Abandonner les modifications
            </button>
          </>
        }
      />
    </section>
  );
}

interface Evenement {
  le: string;
  texte: ReactNode;
}

/** The fiche's life, oldest first: creation, sending, addenda, the PLIE's decision, cancellation or expiry. */
function Historique({ fiche, decisionProblem }: { fiche: Fiche; decisionProblem?: ApiProblem }) {
  const evenements: Evenement[] = [{ le: fiche.creeLe, texte: 'Fiche créée (brouillon).' }];
  if (fiche.transmiseLe) evenements.push({ le: fiche.transmiseLe, texte: `Fiche transmise au ${fiche.plie?.nom ?? fiche.plieCode}.` });
  for (const c of fiche.complements ?? []) evenements.push({ le: c.creeLe, texte: <>Complément : « {c.texte} »</> });
  if (fiche.decisionPlie) {
    evenements.push({
      le: fiche.decisionPlie.decideLe,
      texte: `Décision du PLIE : ${labelOf(DECISIONS, fiche.decisionPlie.statut).toLowerCase()}${fiche.decisionPlie.motif ? ` (${fiche.decisionPlie.motif})` : ''}.`,
    });
  }
  if (fiche.suiteParcours?.dateSortie) {
    evenements.push({
      le: fiche.suiteParcours.dateSortie,
      texte: `Sortie du PLIE${fiche.suiteParcours.categorieSortie ? ` : ${labelOf(CATEGORIES_SORTIE, fiche.suiteParcours.categorieSortie)}` : ''}.`,
    });
  }
  if (fiche.annuleeLe) evenements.push({ le: fiche.annuleeLe, texte: `Fiche annulée${fiche.motifAnnulation ? ` : ${fiche.motifAnnulation}` : ''}.` });
  if (fiche.statut === 'EXPIREE' && fiche.expireLe) evenements.push({ le: fiche.expireLe, texte: 'Fiche expirée sans décision du PLIE.' });
  evenements.sort((a, b) => a.le.localeCompare(b.le));
  return (
    <section className="card prescripteur-card" aria-labelledby="fiche-historique">
      <h2 id="fiche-historique">Historique</h2>
      <ol className="prescripteur-history">
        {evenements.map((e, i) => (
          <li key={i}>
            <time dateTime={e.le}>{formatDate(e.le)}</time> — {e.texte}
          </li>
        ))}
      </ol>
      {decisionProblem && (
        <p>
          <MissingPart problem={decisionProblem} what="Décision du PLIE" />
        </p>
      )}
      {fiche.suiteParcours && !fiche.suiteParcours.dateSortie && <p>Depuis l’admission : {labelOf(STATUTS_PARCOURS, fiche.suiteParcours.statutParcours).toLowerCase()}.</p>}
    </section>
  );
}

/** One block of the fiche's content, or the API's refusal in its place. */
function Bloc({ title, problem, children }: { title: string; problem?: ApiProblem; children: ReactNode }) {
  const id = `bloc-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section className="card prescripteur-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {problem ? <MissingPart problem={problem} what={title} /> : children}
    </section>
  );
}

function Contenu({ partner, fiche, problems }: { partner: Partner; fiche: Fiche; problems: ApiProblem[] }) {
  const at = (field: string) => problemAt(problems, 'fiche', field);
  const p = fiche.personne;
  const s = fiche.situation;
  const c = fiche.consentement;
  return (
    <>
      <Bloc title="Personne" problem={at('personne')}>
        {p && (
          <dl className="prescripteur-dl">
            <Item label="Nom de naissance">{p.nomNaissance}</Item>
            <Item label="Nom d’usage">{p.nomUsage || '—'}</Item>
            <Item label="Prénoms">{p.prenoms}</Item>
            <Item label="Sexe">{labelOf(SEXES, p.sexe)}</Item>
            <Item label="Date de naissance">{formatDate(p.dateNaissance)}</Item>
            <Item label="Commune (INSEE)">{p.communeInsee}</Item>
            <Item label="Quartier prioritaire (QPV)">{yesNo(p.residentQpv)}</Item>
            <Item label="Téléphone">{p.telephone || '—'}</Item>
            <Item label="Courriel">{p.email || '—'}</Item>
          </dl>
        )}
      </Bloc>
      <Bloc title="Situation" problem={at('situation')}>
        {s && (
          <dl className="prescripteur-dl">
            <Item label="Inscription à France Travail">{s.inscritFranceTravail ? `Oui${s.inscritDepuis ? `, depuis le ${formatDate(s.inscritDepuis)}` : ''}` : 'Non'}</Item>
            <Item label="Minima sociaux">{labelOf(MINIMA_SOCIAUX, s.minimaSociaux)}</Item>
            <Item label="RQTH">{yesNo(s.rqth)}</Item>
            <Item label="Niveau de formation">{labelOf(NIVEAUX_FORMATION, s.niveauFormation)}</Item>
            <Item label="Tranche CITE">{labelOf(TRANCHES_CITE, s.trancheCite)}</Item>
            <Item label="Nationalité">{labelOf(NATIONALITES, s.nationalite)}</Item>
            <Item label="Situation de logement">{labelOf(LOGEMENTS, s.logement)}</Item>
          </dl>
        )}
      </Bloc>
      <Bloc title="Freins et objectif" problem={at('freins') ?? at('objectif')}>
        {fiche.freins && fiche.freins.length > 0 ? (
          <ul>
            {fiche.freins.map((f) => (
              <li key={f.type}>
                {labelOf(FREINS, f.type)}
                {f.note ? ` : ${f.note}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucun frein indiqué.</p>
        )}
        <dl className="prescripteur-dl">
          <Item label="Objectif">{fiche.objectif}</Item>
          <Item label="Demande urgente">{yesNo(fiche.urgent)}</Item>
          <Item label="Rencontre préalable souhaitée">{yesNo(fiche.souhaitRencontrePrealable)}</Item>
          <Item label="Message au référent">{fiche.messageReferent || '—'}</Item>
        </dl>
      </Bloc>
      <Bloc title="Consentement" problem={at('consentement')}>
        {c && (
          <dl className="prescripteur-dl">
            <Item label="Recueilli le">{formatDate(c.recueilliLe)}</Item>
            <Item label="Mode">{labelOf(MODES_CONSENTEMENT, c.mode)}</Item>
            <Item label="Périmètre">{c.perimetre.map((v) => labelOf(PERIMETRES_CONSENTEMENT, v)).join(' ; ') || '—'}</Item>
            <Item label="Données de santé">{c.santeRecueilliLe ? `Consentement recueilli le ${formatDate(c.santeRecueilliLe)}` : 'Non recueilli'}</Item>
          </dl>
        )}
      </Bloc>
      <Bloc title={partner.sectionLegend} problem={at('section')}>
        {fiche.section && (
          <dl className="prescripteur-dl">
            {partner.sectionFields.map((f) => (
              <Item key={f.key} label={f.label}>
                {sectionValueText(f, fiche.section![f.key])}
              </Item>
            ))}
            {partner.derivedFields.map((f) => (
              <Item key={f.key} label={f.label}>
                {f.format(fiche.section![f.key])}
              </Item>
            ))}
          </dl>
        )}
      </Bloc>
      <Bloc title="Prescripteur" problem={at('prescripteur')}>
        {fiche.prescripteur && (
          <dl className="prescripteur-dl">
            <Item label="Agent">{fiche.prescripteur.agentNom}</Item>
            <Item label="Contact">{fiche.prescripteur.agentContact}</Item>
            <Item label="Structure">{fiche.prescripteur.structureId}</Item>
          </dl>
        )}
      </Bloc>
    </>
  );
}
