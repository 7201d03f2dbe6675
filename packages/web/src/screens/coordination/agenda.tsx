import { useEffect, useRef, useState } from 'react';
import { problemAt, type ApiProblem } from '../../api/graphql';
import { formatDate } from '../../ui/format';
import { ErrorBanner, Loading, MissingPart } from '../../ui/problems';
import { useQuery } from '../../ui/use-api';
import type { AgendaPage, Decision, FicheAgenda, PartnerAgendaSpec, ReferentOption, Seance } from './agenda-types';
import { personName } from '../../ui/person';
import { DecisionForm } from './decision-form';
import { decisionBadge, decisionLabel, motifLabel, PARTENAIRES, PARTENAIRES_DE, statutParcoursLabel, type PartenaireCode } from './labels';

/** Decisions recorded from this screen, by `partenaire:prescriptionId`, shown before (and besides) the reload. */
export type Recorded = Record<string, Decision>;
export const recordKey = (partenaire: PartenaireCode, prescriptionId: string) => `${partenaire}:${prescriptionId}`;

const COLUMNS = 6;

/** One partner's fiches on the agenda, page after page (the API pages them; the screen keeps what it loaded). */
export function PartnerAgenda({
  spec,
  plieCode,
  seance,
  referents,
  recorded,
  onDecided,
}: {
  spec: PartnerAgendaSpec;
  plieCode: string;
  seance: Seance;
  referents: ReferentOption[];
  recorded: Recorded;
  onDecided: (partenaire: PartenaireCode, decision: Decision) => void;
}) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [total, setTotal] = useState<number | null>(null);
  const headingId = `agenda-${spec.code}`;
  const label = PARTENAIRES[spec.code];
  return (
    <section className="agenda-partner" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Fiches {PARTENAIRES_DE[spec.code]}
        {total != null && <span className="count"> ({total})</span>}
      </h3>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Fiches transmises par {label}, les plus anciennes d’abord</caption>
          <thead>
            <tr>
              <th scope="col">Personne</th>
              <th scope="col">Prescripteur</th>
              <th scope="col">Transmise le</th>
              <th scope="col">Doublon</th>
              <th scope="col">Décision</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          {cursors.map((after, i) => (
            <AgendaPageRows
              key={after ?? 'first'}
              spec={spec}
              plieCode={plieCode}
              after={after}
              last={i === cursors.length - 1}
              seance={seance}
              referents={referents}
              recorded={recorded}
              onDecided={onDecided}
              onTotal={setTotal}
              onMore={(cursor) => setCursors((c) => [...c, cursor])}
            />
          ))}
        </table>
      </div>
    </section>
  );
}

function AgendaPageRows({
  spec,
  plieCode,
  after,
  last,
  seance,
  referents,
  recorded,
  onDecided,
  onTotal,
  onMore,
}: {
  spec: PartnerAgendaSpec;
  plieCode: string;
  after: string | null;
  last: boolean;
  seance: Seance;
  referents: ReferentOption[];
  recorded: Recorded;
  onDecided: (partenaire: PartenaireCode, decision: Decision) => void;
  onTotal: (total: number) => void;
  onMore: (cursor: string) => void;
}) {
  const { data, problems, error, loading, reload } = useQuery<AgendaPage>(spec.document, { plieCode, after });
  const fiches = data?.plie?.fiches;
  useEffect(() => {
    if (fiches && after === null) onTotal(fiches.totalCount);
  }, [fiches, after, onTotal]);
  if (!fiches) {
    return (
      <tbody>
        <tr>
          <td colSpan={COLUMNS}>{loading ? <Loading label="Chargement de l’ordre du jour…" /> : error ? <ErrorBanner error={error} /> : <MissingPart problem={problems[0] ?? { message: 'Ordre du jour indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Ordre du jour" />}</td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody>
      {fiches.nodes.length === 0 && after === null && (
        <tr>
          <td colSpan={COLUMNS} className="empty">
            Aucune fiche {PARTENAIRES_DE[spec.code]} n’attend la commission.
          </td>
        </tr>
      )}
      {fiches.nodes.map((fiche, index) =>
        fiche ? (
          <AgendaRow
            key={fiche.id}
            fiche={fiche}
            partenaire={spec.code}
            seance={seance}
            referents={referents}
            recorded={recorded[recordKey(spec.code, fiche.id)]}
            problems={problems}
            path={['plie', 'fiches', 'nodes', index]}
            onDecided={(decision) => {
              onDecided(spec.code, decision);
              reload();
            }}
          />
        ) : (
          <tr key={`missing-${index}`}>
            <td colSpan={COLUMNS}>
              <MissingPart problem={problemAt(problems, 'plie', 'fiches', 'nodes', index) ?? { message: 'Fiche illisible.', code: 'INTERNAL_SERVER_ERROR' }} what="Fiche" />
            </td>
          </tr>
        ),
      )}
      {last && fiches.pageInfo.hasNextPage && fiches.pageInfo.endCursor && (
        <tr>
          <td colSpan={COLUMNS}>
            <button type="button" className="secondary" onClick={() => onMore(fiches.pageInfo.endCursor!)}>
              Afficher les fiches suivantes de {PARTENAIRES[spec.code]}
            </button>
          </td>
        </tr>
      )}
    </tbody>
  );
}

function AgendaRow({
  fiche,
  partenaire,
  seance,
  referents,
  recorded,
  problems,
  path,
  onDecided,
}: {
  fiche: FicheAgenda;
  partenaire: PartenaireCode;
  seance: Seance;
  referents: ReferentOption[];
  recorded: Decision | undefined;
  problems: ApiProblem[];
  path: (string | number)[];
  onDecided: (decision: Decision) => void;
}) {
  const [open, setOpen] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const decideButton = useRef<HTMLButtonElement>(null);
  const current = recorded ?? fiche.decisionCommission ?? undefined;
  const statut = current?.statut;
  const decidedHere = current?.commissionId === seance.id;
  const canDecide = statut !== 'ADMIS' && !decidedHere;
  const name = personName(fiche.personne);

  useEffect(() => {
    if (recorded) confirmation.current?.focus();
  }, [recorded]);

  return (
    <>
      <tr className={open ? 'row-open' : undefined}>
        <th scope="row">
          {fiche.personne ? (
            <>
              <span className="person-name">{name}</span>
              <span className="hint">
                {fiche.personne.sexe === 'FEMME' ? 'née' : 'né'} le {formatDate(fiche.personne.dateNaissance)}
              </span>
            </>
          ) : (
            <MissingPart problem={problemAt(problems, ...path, 'personne') ?? { message: 'Identité indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Identité" />
          )}
          {fiche.urgent && <span className="badge badge-danger">Urgent</span>}
        </th>
        <td>
          {PARTENAIRES[partenaire]}
          {fiche.prescripteur && <span className="hint">{fiche.prescripteur.agentNom}</span>}
        </td>
        <td>{formatDate(fiche.transmiseLe)}</td>
        <td>
          <DuplicateFlag fiche={fiche} problem={problemAt(problems, ...path, 'personneRapprochee')} />
        </td>
        <td>
          {statut ? (
            <>
              <span className={`badge ${decisionBadge(statut)}`}>{decisionLabel(statut)}</span>
              {current?.motif && <span className="hint">{motifLabel(current.motif)}</span>}
              {current?.solutionProximite && <span className="hint">Vers : {current.solutionProximite}</span>}
              <span className="hint">le {formatDate(current?.decideLe)}</span>
              {recorded && (
                <p className="recorded" role="status" tabIndex={-1} ref={confirmation}>
                  Décision enregistrée.
                </p>
              )}
            </>
          ) : (
            <span className="badge">À examiner</span>
          )}
        </td>
        <td>
          {current?.parcoursId && (
            <a href={`#/parcours/${encodeURIComponent(current.parcoursId)}`} aria-label={`Ouvrir le parcours de ${name}`}>
              Ouvrir le parcours
            </a>
          )}
          {canDecide && !open && (
            <button type="button" ref={decideButton} onClick={() => setOpen(true)} aria-label={`${statut ? 'Revoir la décision' : 'Décider'} pour ${name}`}>
              {statut ? 'Revoir' : 'Décider'}
            </button>
          )}
          {decidedHere && !current?.parcoursId && <span className="hint">Décidée lors de cette séance</span>}
        </td>
      </tr>
      {open && (
        <tr className="row-form">
          <td colSpan={COLUMNS}>
            <DecisionForm
              fiche={fiche}
              partenaire={partenaire}
              seance={seance}
              referents={referents}
              onCancel={() => {
                setOpen(false);
                // Back on the button that opened the form, not lost on the page.
                requestAnimationFrame(() => decideButton.current?.focus());
              }}
              onDecided={(decision) => {
                setOpen(false);
                onDecided(decision);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}

/** The same person behind other fiches or already a participant: said in words and a badge, never by colour alone. */
function DuplicateFlag({ fiche, problem }: { fiche: FicheAgenda; problem: ApiProblem | undefined }) {
  const r = fiche.personneRapprochee;
  if (!r) return <MissingPart problem={problem ?? { message: 'Rapprochement indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Rapprochement" />;
  const others = (
    [
      ['FRANCE_TRAVAIL', r.prescriptionsFranceTravail],
      ['DEPARTEMENT', r.prescriptionsDepartement],
      ['MISSION_LOCALE', r.prescriptionsMissionLocale],
    ] as const
  )
    .map(([code, list]) => ({ code, count: (list ?? []).filter((f) => f.id !== fiche.id).length }))
    .filter((o) => o.count > 0);
  const parcours = (r.participations ?? []).flatMap((p) => p.parcours ?? []);
  if (others.length === 0 && parcours.length === 0) return <span className="muted">Aucun</span>;
  return (
    <div className="duplicate">
      <span className="badge badge-warning">
        <span aria-hidden="true">⚠ </span>Doublon potentiel
      </span>
      <ul>
        {others.map((o) => (
          <li key={o.code}>
            {o.count === 1 ? 'Une autre fiche' : `${o.count} autres fiches`} : {PARTENAIRES[o.code]}
          </li>
        ))}
        {parcours.map((p) => (
          <li key={p.id}>
            Déjà participant : <a href={`#/parcours/${encodeURIComponent(p.id)}`}>parcours {statutParcoursLabel(p.statut).toLowerCase()}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
