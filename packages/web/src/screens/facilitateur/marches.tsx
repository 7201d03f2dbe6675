import { useState } from 'react';
import { problemAt, type ApiProblem } from '../../api/graphql';
import { SelectField } from '../../ui/fields';
import { formatDate, formatNumber, formatPercent } from '../../ui/format';
import { Page } from '../../ui/page';
import { ErrorBanner, Loading, MissingPart, PartialNotice } from '../../ui/problems';
import { useSession } from '../../ui/session-context';
import { useQuery } from '../../ui/use-api';
import donneursOrdreDocument from './donneurs-ordre.graphql';
import { tauxBadgeClass, tauxFraction } from './labels';
import marchesDocument from './marches.graphql';
import type { DonneursOrdreData, MarcheResume, MarchesData } from './types';
import { Pager, useCursorPages } from '../../ui/pagination';

const PAGE_SIZE = 10;

/** The guichet's marchés, most recently notified first, filtered by buyer (and PLIE for a multi-PLIE guichet). */
export function MarchesScreen() {
  const { caller } = useSession();
  const [donneurOrdreId, setDonneurOrdreId] = useState('');
  const [plieCode, setPlieCode] = useState('');
  const pages = useCursorPages();
  const { after } = pages;
  const filtre = { ...(donneurOrdreId ? { donneurOrdreId } : {}), ...(plieCode ? { plieCode } : {}) };
  const marches = useQuery<MarchesData>(marchesDocument, { filtre, first: PAGE_SIZE, after });
  const donneurs = useQuery<DonneursOrdreData>(donneursOrdreDocument);

  const changeFilter = (apply: () => void) => {
    apply();
    pages.restart();
  };
  const connection = marches.data?.marches;
  const page = pages.pageNumber;

  return (
    <Page title="Marchés du guichet clauses">
      <form className="card facilitateur-filters" role="search" aria-label="Filtrer les marchés" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Donneur d’ordre"
          value={donneurOrdreId}
          onChange={(value) => changeFilter(() => setDonneurOrdreId(value))}
          placeholder={donneurs.loading ? 'Chargement des donneurs d’ordre…' : 'Tous les donneurs d’ordre'}
          options={(donneurs.data?.donneursOrdre ?? []).map((d) => ({ value: d.id, label: d.nom }))}
          hint={donneurs.error ? `Liste indisponible : ${donneurs.error.message}` : undefined}
        />
        {caller.plies.length > 1 && (
          <SelectField
            label="PLIE"
            value={plieCode}
            onChange={(value) => changeFilter(() => setPlieCode(value))}
            placeholder="Tous vos PLIEs"
            options={caller.plies.map((code) => ({ value: code, label: code }))}
          />
        )}
      </form>
      <ErrorBanner error={marches.error} title="Les marchés n’ont pas pu être chargés" />
      <PartialNotice problems={marches.problems} />
      {marches.loading && !connection && <Loading label="Chargement des marchés…" />}
      {connection && (
        <>
          <p role="status" aria-live="polite" className="facilitateur-count">
            {connection.totalCount === 0
              ? 'Aucun marché ne correspond à ce filtre.'
              : `${formatNumber(connection.totalCount)} marché${connection.totalCount > 1 ? 's' : ''} · page ${page} sur ${Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE))}`}
            {marches.loading ? ' (mise à jour…)' : ''}
          </p>
          {connection.nodes.length > 0 && <MarchesTable marches={connection.nodes} problems={marches.problems} />}
          <Pager label="Pages de marchés" pages={pages} pageInfo={connection.pageInfo} loading={marches.loading} />
        </>
      )}
    </Page>
  );
}

function MarchesTable({ marches, problems }: { marches: MarcheResume[]; problems: ApiProblem[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Marchés suivis par le guichet, heures d’insertion engagées et réalisées</caption>
        <thead>
          <tr>
            <th scope="col">Référence</th>
            <th scope="col">Donneur d’ordre</th>
            <th scope="col">Objet</th>
            <th scope="col">Notifié le</th>
            <th scope="col" className="number">
              Lots
            </th>
            <th scope="col" className="number">
              Heures engagées
            </th>
            <th scope="col" className="number">
              Heures réalisées
            </th>
            <th scope="col" className="number">
              Réalisation
            </th>
          </tr>
        </thead>
        <tbody>
          {marches.map((marche, i) => {
            const bilanProblem = problemAt(problems, 'marches', 'nodes', i, 'bilan');
            return (
              <tr key={marche.id}>
                <th scope="row" className="facilitateur-reference">
                  <a href={`#/marche/${encodeURIComponent(marche.id)}`}>{marche.reference}</a>
                </th>
                <td>{marche.donneurOrdre.nom}</td>
                <td>{marche.objet}</td>
                <td>{formatDate(marche.dateNotification)}</td>
                <td className="number">{formatNumber(marche.lots.length)}</td>
                {bilanProblem ? (
                  <td colSpan={3}>
                    <MissingPart problem={bilanProblem} what="Bilan" />
                  </td>
                ) : (
                  <>
                    <td className="number">{formatNumber(marche.bilan.heuresEngagees)}</td>
                    <td className="number">{formatNumber(marche.bilan.heuresRealisees)}</td>
                    <td className="number">
                      <span className={tauxBadgeClass(marche.bilan.tauxRealisation)}>{formatPercent(tauxFraction(marche.bilan.tauxRealisation), 1)}</span>
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
