import { useState, type FormEvent } from 'react';
import { problemAt, type ApiProblem } from '../../api/graphql';
import { SelectField, TextField } from '../../ui/fields';
import { formatDate, formatNumber } from '../../ui/format';
import { Page } from '../../ui/page';
import { ErrorBanner, Loading, MissingPart, PartialNotice } from '../../ui/problems';
import { useQuery } from '../../ui/use-api';
import type { FicheResume } from './fiche-model';
import { FlashBanner } from './flash-banner';
import { labelOf, STATUT_FICHE_OPTIONS, STATUTS_FICHE, TRI_OPTIONS, type StatutFiche } from './labels';
import type { Partner } from './partners';
import { DecisionText, StatutBadge, SuiteText } from './statuses';
import { UnknownPartner, usePartner } from './use-partner';
import { Pager, useCursorPages } from '../../ui/pagination';

const PAGE_SIZE = 20;

interface MesFichesData {
  compteurs: { statut: StatutFiche; nombre: number }[] | null;
  page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: FicheResume[] } | null;
}

type Tri = (typeof TRI_OPTIONS)[number]['value'];

export function MesFiches() {
  const partner = usePartner();
  if (!partner) return <UnknownPartner title="Mes fiches de prescription" />;
  return <MesFichesPartenaire partner={partner} />;
}

function MesFichesPartenaire({ partner }: { partner: Partner }) {
  const [statut, setStatut] = useState<StatutFiche | ''>('');
  const [tri, setTri] = useState<Tri>('CREATION_RECENTE');
  const [recherche, setRecherche] = useState('');
  const [appliedSearch, setAppliedSearch] = useState('');
  const pages = useCursorPages();
  const { after, pageNumber, restart } = pages;
  const filtre = statut || appliedSearch ? { ...(statut ? { statut } : {}), ...(appliedSearch ? { recherche: appliedSearch } : {}) } : null;
  const result = useQuery<MesFichesData>(partner.documents.mesFiches, { first: PAGE_SIZE, after, tri, filtre });

  const search = (event: FormEvent) => {
    event.preventDefault();
    setAppliedSearch(recherche.trim());
    restart();
  };

  const page = result.data?.page ?? null;
  return (
    <Page title="Mes fiches de prescription" actions={<a className="button" href="#/nouvelle-fiche">Nouvelle fiche</a>}>
      <FlashBanner />
      <p className="prescripteur-intro">Les fiches {partner.label} de votre structure, et ce que le PLIE en a fait.</p>
      <ErrorBanner error={result.error} title="Vos fiches n’ont pas pu être chargées" />
      <PartialNotice problems={result.problems} />
      <Compteurs
        compteurs={result.data?.compteurs ?? null}
        problem={problemAt(result.problems, 'compteurs')}
        selected={statut}
        onSelect={(next) => {
          setStatut(next);
          restart();
        }}
      />

      <form className="card prescripteur-filters" role="search" aria-label="Filtrer mes fiches" onSubmit={search}>
        <SelectField
          label="Statut"
          placeholder="Tous les statuts"
          options={STATUT_FICHE_OPTIONS}
          value={statut}
          onChange={(next) => {
            setStatut(next);
            restart();
          }}
        />
        <SelectField
          label="Trier par"
          options={TRI_OPTIONS}
          value={tri}
          onChange={(next) => {
            setTri(next);
            restart();
          }}
        />
        <TextField label="Rechercher une personne" hint="Nom ou prénom." value={recherche} onChange={setRecherche} />
        <div className="actions">
          <button type="submit">Rechercher</button>
        </div>
      </form>

      {result.loading && !page && <Loading label="Chargement de vos fiches…" />}
      {page && (
        <>
          <p role="status" className="prescripteur-count">
            {page.totalCount === 0
              ? 'Aucune fiche ne correspond.'
              : `${formatNumber(page.totalCount)} fiche${page.totalCount > 1 ? 's' : ''}${statut ? ` au statut « ${labelOf(STATUTS_FICHE, statut)} »` : ''} — page ${pageNumber} sur ${Math.ceil(page.totalCount / PAGE_SIZE)}`}
          </p>
          {page.nodes.length > 0 && <FichesTable fiches={page.nodes} problems={result.problems} />}
          <Pager label="Pages de fiches" pages={pages} pageInfo={page.pageInfo} loading={result.loading} />
        </>
      )}
    </Page>
  );
}

function Compteurs({
  compteurs,
  problem,
  selected,
  onSelect,
}: {
  compteurs: MesFichesData['compteurs'];
  problem?: ApiProblem;
  selected: StatutFiche | '';
  onSelect: (statut: StatutFiche | '') => void;
}) {
  if (problem) return <p><MissingPart problem={problem} what="Compteurs" /></p>;
  if (!compteurs) return null;
  return (
    <section aria-labelledby="compteurs-title">
      <h2 id="compteurs-title" className="visually-hidden">
        Vos fiches par statut
      </h2>
      <ul className="kpis prescripteur-kpis">
        {compteurs.map((c) => (
          <li key={c.statut}>
            <button
              type="button"
              className="kpi prescripteur-kpi"
              aria-pressed={selected === c.statut}
              onClick={() => onSelect(selected === c.statut ? '' : c.statut)}
            >
              <span className="value">{formatNumber(c.nombre)}</span>
              <span className="label">{labelOf(STATUTS_FICHE, c.statut)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FichesTable({ fiches, problems }: { fiches: FicheResume[]; problems: ApiProblem[] }) {
  const at = (i: number, field: string) => problemAt(problems, 'page', 'nodes', i, field);
  return (
    <div className="table-wrap">
      <table className="prescripteur-table">
        <caption className="visually-hidden">Mes fiches de prescription</caption>
        <thead>
          <tr>
            <th scope="col">Personne</th>
            <th scope="col">Créée le</th>
            <th scope="col">Transmise le</th>
            <th scope="col">PLIE</th>
            <th scope="col">Statut</th>
            <th scope="col">Décision du PLIE</th>
            <th scope="col">Suite du parcours</th>
          </tr>
        </thead>
        <tbody>
          {fiches.map((fiche, i) => (
            <tr key={fiche.id}>
              <th scope="row">
                <PersonneLink fiche={fiche} problem={at(i, 'personne')} />
              </th>
              <td>{formatDate(fiche.creeLe)}</td>
              <td>
                {formatDate(fiche.transmiseLe)}
                {fiche.statut === 'TRANSMISE' && fiche.expireLe && <span className="prescripteur-sub">expire le {formatDate(fiche.expireLe)}</span>}
              </td>
              <td>{at(i, 'plie') ? <MissingPart problem={at(i, 'plie')!} what="PLIE" /> : (fiche.plie?.nom ?? fiche.plieCode)}</td>
              <td>
                <StatutBadge statut={fiche.statut} />
              </td>
              <td>
                <DecisionText statut={fiche.statut} decision={fiche.decisionPlie} problem={at(i, 'decisionPlie')} />
              </td>
              <td>
                <SuiteText suite={fiche.suiteParcours} problem={at(i, 'suiteParcours')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PersonneLink({ fiche, problem }: { fiche: FicheResume; problem?: ApiProblem }) {
  const href = `#/fiche/${encodeURIComponent(fiche.id)}`;
  if (problem || !fiche.personne) {
    return (
      <>
        <a href={href}>Ouvrir la fiche</a> {problem && <MissingPart problem={problem} what="Personne" />}
      </>
    );
  }
  const { nomNaissance, nomUsage, prenoms } = fiche.personne;
  return (
    <a href={href}>
      {nomNaissance}
      {nomUsage ? ` (${nomUsage})` : ''} {prenoms}
    </a>
  );
}
