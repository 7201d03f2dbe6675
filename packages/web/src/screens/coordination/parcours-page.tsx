import { useState, type ReactNode } from 'react';
import { problemAt, type ApiProblem } from '../../api/graphql';
import { formatDate, formatNumber } from '../../ui/format';
import { Page } from '../../ui/page';
import { ErrorBanner, Loading, MissingPart, PartialNotice } from '../../ui/problems';
import { useQuery } from '../../ui/use-api';
import { personName } from '../../ui/person';
import {
  alerteLabel,
  categorieSortieBadge,
  categorieSortieLabel,
  EN_COURS,
  modeEntretienLabel,
  ouiNon,
  sexeLabel,
  statutEmploiLabel,
  statutParcoursBadge,
  statutParcoursLabel,
  statutParticipantLabel,
  sousTypeLabel,
  typeEtapeLabel,
} from './labels';
import parcoursDocument from './parcours.graphql';
import { EntretienForm, EtapeForm, SortieForm, VeilleForm } from './parcours-forms';
import type { Identite } from '../../ui/person';

interface ParcoursData {
  parcours: {
    id: string;
    plieCode: string;
    dateEntree: string;
    statut: string;
    mesureFin: string;
    dateSortie: string | null;
    version: number;
    modifieLe: string;
    alertes: string[];
    participant: (Identite & {
      id: string;
      statuts: string[];
      entree: { date: string; statutEmploi: string; age: number; qpv: boolean } | null;
      heuresClauses: { heures6DerniersMois: number; heuresTotales: number } | null;
    }) | null;
    referent: { id: string; nom: string; structure: { nom: string } } | null;
    entretiens: { id: string; date: string; mode: string; present: boolean; relance: number }[] | null;
    etapes: { id: string; type: string; intitule: string; debut: string; fin: string | null; attributs: Record<string, unknown> }[] | null;
    etapeEnCours: { id: string } | null;
    veilles: { id: string; motif: string; debut: string; fin: string | null }[] | null;
    mesures: { numero: number; debut: string; fin: string; bilan: string | null }[] | null;
    sortie: {
      date: string;
      categorie: string;
      sousType: string;
      categorieCalculee: string;
      sousTypeCalcule: string;
      regleSet: string;
      justificationForcage: string | null;
      valideeCommissionId: string | null;
      confirmee6Mois: boolean | null;
    } | null;
  } | null;
}

type Parcours = NonNullable<ParcoursData['parcours']>;


/** A participant's parcours: who, with whom, and everything recorded since the entry; the forms add to it. */
export function ParcoursScreen({ id }: { id: string }) {
  const { data, problems, error, loading, reload } = useQuery<ParcoursData>(parcoursDocument, { id });
  const [message, setMessage] = useState('');
  const p = data?.parcours;
  const title = p?.participant ? `Parcours de ${personName(p.participant)}` : 'Parcours';
  // Announced by the live region; the focus stays in the form, so a second entry needs no navigation.
  const missing = (field: string, what: string) => {
    const problem = problemAt(problems, 'parcours', field);
    return problem ? <MissingPart problem={problem} what={what} /> : null;
  };

  return (
    <Page title={title} documentTitle="Parcours" actions={<a href="#/parcours">← Retour à la file active</a>}>
      <ErrorBanner error={error} title="Le parcours n’a pas pu être ouvert" />
      {loading && !p && <Loading label="Chargement du parcours…" />}
      <div role="status" aria-live="polite">
        {message && <p className="banner banner-success">{message}</p>}
      </div>
      {p && (
        <>
          <PartialNotice problems={problems} />
          <StatusLine parcours={p} />
          <div className="parcours-columns">
            <IdentityBlock parcours={p} problems={problems} />
            <section className="card" aria-labelledby="mesures-title">
              <h2 id="mesures-title">Accompagnement</h2>
              <dl className="facts">
                <Fact label="Référent">{p.referent ? `${p.referent.nom} (${p.referent.structure.nom})` : (missing('referent', 'Référent') ?? 'Aucun')}</Fact>
                <Fact label="Entrée dans le PLIE">{formatDate(p.dateEntree)}</Fact>
                <Fact label="Fin de la mesure en cours">{formatDate(p.mesureFin)}</Fact>
                {p.dateSortie && <Fact label="Sortie">{formatDate(p.dateSortie)}</Fact>}
              </dl>
              {p.mesures ? (
                <SimpleTable caption="Mesures" headers={['Mesure', 'Du', 'Au', 'Bilan']} rows={p.mesures.map((m) => [`n° ${m.numero}`, formatDate(m.debut), formatDate(m.fin), m.bilan ?? '—'])} empty="Aucune mesure." />
              ) : (
                missing('mesures', 'Mesures')
              )}
            </section>
          </div>
          <Entretiens parcours={p} problems={problems} reload={reload} onDone={setMessage} />
          <Etapes parcours={p} problems={problems} reload={reload} onDone={setMessage} />
          <Veilles parcours={p} problems={problems} reload={reload} onDone={setMessage} />
          <SortieSection parcours={p} problems={problems} reload={reload} onDone={setMessage} />
        </>
      )}
    </Page>
  );
}

function StatusLine({ parcours }: { parcours: Parcours }) {
  return (
    <div className="status-line">
      <span className={`badge ${statutParcoursBadge(parcours.statut)}`}>Statut : {statutParcoursLabel(parcours.statut)}</span>
      {parcours.alertes.map((a) => (
        <span key={a} className="badge badge-warning">
          <span aria-hidden="true">⚠ </span>
          {alerteLabel(a)}
        </span>
      ))}
      <span className="hint">Modifié le {formatDate(parcours.modifieLe)}</span>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function IdentityBlock({ parcours, problems }: { parcours: Parcours; problems: ApiProblem[] }) {
  const person = parcours.participant;
  if (!person) {
    return (
      <section className="card" aria-labelledby="identite-title">
        <h2 id="identite-title">Participant</h2>
        <MissingPart problem={problemAt(problems, 'parcours', 'participant') ?? { message: 'Participant indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Identité" />
      </section>
    );
  }
  const clauses = problemAt(problems, 'parcours', 'participant', 'heuresClauses');
  return (
    <section className="card" aria-labelledby="identite-title">
      <h2 id="identite-title">Participant</h2>
      <dl className="facts">
        <Fact label="Nom de naissance">{person.nomNaissance}</Fact>
        {person.nomUsage && <Fact label="Nom d’usage">{person.nomUsage}</Fact>}
        <Fact label="Prénoms">{person.prenoms}</Fact>
        <Fact label="Sexe">{sexeLabel(person.sexe)}</Fact>
        <Fact label="Date de naissance">{formatDate(person.dateNaissance)}</Fact>
        <Fact label="Commune (INSEE)">{person.communeInsee}</Fact>
        <Fact label="Statuts">{person.statuts.length ? person.statuts.map(statutParticipantLabel).join(', ') : 'Aucun'}</Fact>
        {person.entree ? (
          <>
            <Fact label="Situation à l’entrée">{statutEmploiLabel(person.entree.statutEmploi)}</Fact>
            <Fact label="Âge à l’entrée">{person.entree.age} ans</Fact>
            <Fact label="Quartier prioritaire (QPV)">{ouiNon(person.entree.qpv)}</Fact>
          </>
        ) : (
          <Fact label="Situation à l’entrée">{<MissingPart problem={problemAt(problems, 'parcours', 'participant', 'entree') ?? { message: 'Indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} />}</Fact>
        )}
        <Fact label="Heures en clause (6 derniers mois)">
          {person.heuresClauses ? (
            `${formatNumber(person.heuresClauses.heures6DerniersMois)} h (total ${formatNumber(person.heuresClauses.heuresTotales)} h)`
          ) : clauses ? (
            <MissingPart problem={clauses} />
          ) : (
            'Aucune mission'
          )}
        </Fact>
      </dl>
      <p>
        <a href={`#/participant/${encodeURIComponent(person.id)}`}>Fiche complète du participant</a>
      </p>
    </section>
  );
}

function SimpleTable({ caption, headers, rows, empty }: { caption: string; headers: string[]; rows: ReactNode[][]; empty: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface SectionProps {
  parcours: Parcours;
  problems: ApiProblem[];
  reload: () => void;
  onDone: (message: string) => void;
}

const closedNote = (parcours: Parcours) => <p className="hint">Le parcours est {statutParcoursLabel(parcours.statut).toLowerCase()} : il ne reçoit plus de nouvelle saisie.</p>;

function Entretiens({ parcours, problems, reload, onDone }: SectionProps) {
  const open = EN_COURS.includes(parcours.statut);
  return (
    <section aria-labelledby="entretiens-title">
      <h2 id="entretiens-title">Entretiens</h2>
      {parcours.entretiens ? (
        <SimpleTable
          caption="Entretiens, du plus récent au plus ancien"
          headers={['Date', 'Mode', 'Personne présente', 'Relances']}
          rows={parcours.entretiens.map((e) => [formatDate(e.date), modeEntretienLabel(e.mode), e.present ? 'Oui' : 'Non (absence)', String(e.relance)])}
          empty="Aucun entretien enregistré."
        />
      ) : (
        <MissingPart problem={problemAt(problems, 'parcours', 'entretiens') ?? { message: 'Indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Entretiens" />
      )}
      {open ? <EntretienForm parcoursId={parcours.id} version={parcours.version} reload={reload} onDone={onDone} /> : closedNote(parcours)}
    </section>
  );
}

const attributesText = (attributs: Record<string, unknown>) =>
  Object.entries(attributs)
    .map(([k, v]) => `${k} : ${v === true ? 'oui' : v === false ? 'non' : String(v)}`)
    .join(', ') || '—';

function Etapes({ parcours, problems, reload, onDone }: SectionProps) {
  const open = EN_COURS.includes(parcours.statut);
  return (
    <section aria-labelledby="etapes-title">
      <h2 id="etapes-title">Étapes</h2>
      {parcours.etapes ? (
        <SimpleTable
          caption="Étapes, de la plus récente à la plus ancienne"
          headers={['Intitulé', 'Type', 'Début', 'Fin', 'Détails']}
          rows={parcours.etapes.map((e) => [
            <>
              {e.intitule}
              {parcours.etapeEnCours?.id === e.id && <span className="badge badge-ok">En cours</span>}
            </>,
            typeEtapeLabel(e.type),
            formatDate(e.debut),
            formatDate(e.fin),
            attributesText(e.attributs),
          ])}
          empty="Aucune étape enregistrée."
        />
      ) : (
        <MissingPart problem={problemAt(problems, 'parcours', 'etapes') ?? { message: 'Indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Étapes" />
      )}
      {open ? <EtapeForm parcoursId={parcours.id} version={parcours.version} reload={reload} onDone={onDone} /> : closedNote(parcours)}
    </section>
  );
}

function Veilles({ parcours, problems, reload, onDone }: SectionProps) {
  const open = EN_COURS.includes(parcours.statut);
  return (
    <section aria-labelledby="veilles-title">
      <h2 id="veilles-title">Veille</h2>
      {parcours.veilles ? (
        <SimpleTable caption="Périodes de veille" headers={['Motif', 'Début', 'Fin']} rows={parcours.veilles.map((v) => [v.motif, formatDate(v.debut), v.fin ? formatDate(v.fin) : 'En cours'])} empty="Le parcours n’a jamais été mis en veille." />
      ) : (
        <MissingPart problem={problemAt(problems, 'parcours', 'veilles') ?? { message: 'Indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Veilles" />
      )}
      {open && <VeilleForm parcoursId={parcours.id} version={parcours.version} reload={reload} onDone={onDone} enVeille={parcours.statut === 'EN_VEILLE'} />}
    </section>
  );
}

function SortieSection({ parcours, problems, reload, onDone }: SectionProps) {
  const sortie = parcours.sortie;
  const refused = problemAt(problems, 'parcours', 'sortie');
  return (
    <section aria-labelledby="sortie-title">
      <h2 id="sortie-title">Sortie</h2>
      {refused && <MissingPart problem={refused} what="Sortie" />}
      {sortie ? (
        <div className="card sortie">
          <p>
            <span className={`badge ${categorieSortieBadge(sortie.categorie)}`}>{categorieSortieLabel(sortie.categorie)}</span> <strong>{sousTypeLabel(sortie.sousType)}</strong>, le {formatDate(sortie.date)}
          </p>
          <dl className="facts">
            <Fact label="Catégorie calculée par les règles">
              {categorieSortieLabel(sortie.categorieCalculee)} ({sousTypeLabel(sortie.sousTypeCalcule)})
            </Fact>
            <Fact label="Règles appliquées">{sortie.regleSet}</Fact>
            {sortie.justificationForcage && <Fact label="Catégorie forcée, justification">{sortie.justificationForcage}</Fact>}
            <Fact label="Validation en commission">{sortie.valideeCommissionId ? 'Validée par la commission' : 'À valider en commission'}</Fact>
            <Fact label="Maintien à 6 mois">{sortie.confirmee6Mois == null ? 'Pas encore vérifié' : sortie.confirmee6Mois ? 'Confirmé' : 'Non maintenu'}</Fact>
          </dl>
        </div>
      ) : EN_COURS.includes(parcours.statut) && !refused ? (
        <SortieForm parcoursId={parcours.id} version={parcours.version} reload={reload} onDone={onDone} heuresClauses={parcours.participant?.heuresClauses?.heures6DerniersMois ?? null} />
      ) : (
        !refused && <p className="muted">Aucune sortie enregistrée.</p>
      )}
    </section>
  );
}
