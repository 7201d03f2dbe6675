import { useState } from 'react';
import { problemAt } from '../../api/graphql';
import { SelectField } from '../../ui/fields';
import { formatDate, formatNumber } from '../../ui/format';
import { Page } from '../../ui/page';
import { ErrorBanner, Loading, MissingPart, PartialNotice } from '../../ui/problems';
import { useSession } from '../../ui/session-context';
import { useQuery } from '../../ui/use-api';
import { personName } from '../../ui/person';
import fileActiveDocument from './file-active.graphql';
import { optionsOf } from '../../ui/labels';
import { alerteLabel, statutParcoursBadge, statutParcoursLabel, STATUTS_PARCOURS, typeEtapeLabel, type StatutParcours } from './labels';
import referentsDocument from './referents-plie.graphql';
import { Pager, useCursorPages } from '../../ui/pagination';

const PAGE_SIZE = 20;

interface ParcoursRow {
  id: string;
  plieCode: string;
  dateEntree: string;
  statut: string;
  mesureFin: string;
  alertes: string[];
  participant: { id: string; nomNaissance: string; nomUsage: string | null; prenoms: string } | null;
  referent: { id: string; nom: string } | null;
  etapeEnCours: { type: string; intitule: string } | null;
}

interface FileActiveData {
  fileActive: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (ParcoursRow | null)[] };
}

/**
 * The file active: the coordination sees its PLIE's parcours (and filters them by référent), a référent the
 * participants they accompany — the API decides which, the screen only filters and pages.
 */
export function FileActiveScreen() {
  const { caller } = useSession();
  const coordination = caller.roles.includes('COORDINATION_PLIE');
  const [plieCode, setPlieCode] = useState(caller.plies.length === 1 ? caller.plies[0]! : '');
  const [statut, setStatut] = useState<StatutParcours | ''>('');
  const [referentId, setReferentId] = useState('');
  const pages = useCursorPages();
  const { after, pageNumber } = pages;
  const filtre = { statut: statut || null, plieCode: plieCode || null, referentId: referentId || null };
  const { data, problems, error, loading } = useQuery<FileActiveData>(fileActiveDocument, { filtre, first: PAGE_SIZE, after });
  const referents = useQuery<{ referents: { id: string; nom: string; actif: boolean }[] }>(referentsDocument, { plieCode }, { skip: !coordination || !plieCode });
  const restart = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    pages.restart();
  };
  const page = data?.fileActive;

  return (
    <Page title="File active">
      <form className="toolbar" aria-label="Filtrer la file active" onSubmit={(e) => e.preventDefault()}>
        {caller.plies.length > 1 && (
          <SelectField label="PLIE" value={plieCode} onChange={restart((code: string) => (setPlieCode(code), setReferentId('')))} options={caller.plies.map((code) => ({ value: code, label: code }))} placeholder="Tous mes PLIE" />
        )}
        <SelectField label="Statut du parcours" value={statut} onChange={restart(setStatut)} options={optionsOf(STATUTS_PARCOURS)} placeholder="Tous les statuts" />
        {coordination && referents.data && (
          <SelectField
            label="Référent"
            value={referentId}
            onChange={restart(setReferentId)}
            options={referents.data.referents.map((r) => ({ value: r.id, label: r.actif ? r.nom : `${r.nom} (inactif)` }))}
            placeholder="Tous les référents"
          />
        )}
      </form>
      <ErrorBanner error={error} />
      <PartialNotice problems={problems} />
      {loading && <Loading label="Chargement de la file active…" />}
      {page && (
        <>
          <p role="status" className="lead">
            {formatNumber(page.totalCount)} parcours{statut ? ` « ${statutParcoursLabel(statut).toLowerCase()} »` : ''} · page {pageNumber}
          </p>
          {page.nodes.length === 0 ? (
            <p>Aucun parcours ne correspond à ces critères.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">File active, page {pageNumber}</caption>
                <thead>
                  <tr>
                    <th scope="col">Participant</th>
                    {coordination && <th scope="col">Référent</th>}
                    <th scope="col">Entrée</th>
                    <th scope="col">Étape en cours</th>
                    <th scope="col">Statut</th>
                    <th scope="col">Alertes</th>
                    <th scope="col">Fin de mesure</th>
                  </tr>
                </thead>
                <tbody>
                  {page.nodes.map((p, i) => (p ? <ParcoursListRow key={p.id} row={p} index={i} problems={problems} showReferent={coordination} /> : null))}
                </tbody>
              </table>
            </div>
          )}
          <Pager label="Pages de la file active" pages={pages} pageInfo={page.pageInfo} loading={loading} />
        </>
      )}
    </Page>
  );
}

/** `showReferent`: a référent's own file active would repeat their name on every row. */
function ParcoursListRow({ row, index, problems, showReferent }: { row: ParcoursRow; index: number; problems: Parameters<typeof problemAt>[0]; showReferent: boolean }) {
  const at = (field: string) => problemAt(problems, 'fileActive', 'nodes', index, field);
  return (
    <tr>
      <th scope="row">
        {row.participant ? (
          <a href={`#/parcours/${encodeURIComponent(row.id)}`}>{personName(row.participant)}</a>
        ) : (
          <>
            <MissingPart problem={at('participant') ?? { message: 'Participant indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Participant" />{' '}
            <a href={`#/parcours/${encodeURIComponent(row.id)}`}>Ouvrir le parcours</a>
          </>
        )}
      </th>
      {showReferent && <td>{row.referent?.nom ?? (at('referent') ? <MissingPart problem={at('referent')!} /> : 'Aucun')}</td>}
      <td>{formatDate(row.dateEntree)}</td>
      <td>{row.etapeEnCours ? `${typeEtapeLabel(row.etapeEnCours.type)} : ${row.etapeEnCours.intitule}` : '—'}</td>
      <td>
        <span className={`badge ${statutParcoursBadge(row.statut)}`}>{statutParcoursLabel(row.statut)}</span>
      </td>
      <td>
        {row.alertes.length === 0 ? (
          <span className="muted">Aucune</span>
        ) : (
          <ul className="plain">
            {row.alertes.map((a) => (
              <li key={a}>
                <span className="badge badge-warning">
                  <span aria-hidden="true">⚠ </span>
                  {alerteLabel(a)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{formatDate(row.mesureFin)}</td>
    </tr>
  );
}
