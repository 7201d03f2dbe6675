import { formatDate } from '../../ui/format';
import { ErrorBanner, Loading, MissingPart } from '../../ui/problems';
import { useQuery } from '../../ui/use-api';
import { personName } from '../../ui/person';
import { categorieSortieLabel } from './labels';
import suiviDocument from './suivi-commission.graphql';

type Person = { prenoms: string; nomNaissance: string; nomUsage: string | null } | null;
interface SuiviData {
  plie: {
    agendaCommission: {
      renouvellements: { id: string; mesureFin: string; participant: Person }[];
      veilles: { id: string; participant: Person }[];
      sortiesAValider: { id: string; dateSortie: string | null; sortie: { categorie: string } | null; participant: Person }[];
    } | null;
  } | null;
}

function ParcoursLinks({ title, items, empty }: { title: string; items: { id: string; participant: Person; detail?: string }[]; empty: string }) {
  return (
    <div>
      <h3>
        {title} <span className="count">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain suivi-list">
          {items.map((item) => (
            <li key={item.id}>
              <a href={`#/parcours/${encodeURIComponent(item.id)}`}>{item.participant ? personName(item.participant) : 'Parcours'}</a>
              {item.detail && <span className="hint">{item.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The parcours the séance also reviews; each opens the parcours page where the change is recorded. */
export function SuiviParcours({ plieCode }: { plieCode: string }) {
  const { data, problems, error, loading } = useQuery<SuiviData>(suiviDocument, { plieCode });
  const agenda = data?.plie?.agendaCommission;
  return (
    <section className="card" aria-labelledby="suivi-title">
      <h2 id="suivi-title">Suivi des parcours</h2>
      {loading && <Loading label="Chargement du suivi…" />}
      <ErrorBanner error={error} />
      {data && !agenda && <MissingPart problem={problems[0] ?? { message: 'Suivi indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Suivi des parcours" />}
      {agenda && (
        <div className="suivi-columns">
          <ParcoursLinks
            title="Mesures à renouveler"
            empty="Aucune mesure ne se termine bientôt."
            items={agenda.renouvellements.map((p) => ({ ...p, detail: `fin de mesure le ${formatDate(p.mesureFin)}` }))}
          />
          <ParcoursLinks title="Parcours en veille" empty="Aucun parcours en veille." items={agenda.veilles} />
          <ParcoursLinks
            title="Sorties à valider"
            empty="Aucune sortie à valider."
            items={agenda.sortiesAValider.map((p) => ({ ...p, detail: `${categorieSortieLabel(p.sortie?.categorie)}, le ${formatDate(p.dateSortie)}` }))}
          />
        </div>
      )}
    </section>
  );
}
