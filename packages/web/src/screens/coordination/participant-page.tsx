import { formatDate } from '../../ui/format';
import { Page } from '../../ui/page';
import { ErrorBanner, Loading, MissingPart, PartialNotice } from '../../ui/problems';
import { problemAt } from '../../api/graphql';
import { useQuery } from '../../ui/use-api';
import { personName, type Identite } from '../../ui/person';
import { nationaliteLabel, ouiNon, sexeLabel, statutEmploiLabel, statutParcoursBadge, statutParcoursLabel, statutParticipantLabel, trancheCiteLabel } from './labels';
import participantDocument from './participant.graphql';

interface ParticipantData {
  participant: (Identite & {
    id: string;
    plieCode: string;
    statuts: string[];
    entree: { date: string; statutEmploi: string; age: number; trancheCite: string; nationalite: string; qpv: boolean; sansAbri: boolean; rural: boolean } | null;
    rectifications: { id: string; champ: string; ancienneValeur: string | null; nouvelleValeur: string | null; motif: string | null; le: string }[] | null;
    parcours: { id: string; dateEntree: string; statut: string; dateSortie: string | null; referent: { nom: string } | null }[] | null;
  }) | null;
}

/** A participant: identity, situation frozen at entry (the FSE+ indicators' base), corrections and every parcours. */
export function ParticipantScreen({ id }: { id: string }) {
  const { data, problems, error, loading } = useQuery<ParticipantData>(participantDocument, { id });
  const p = data?.participant;
  const missing = (field: string, what: string) => <MissingPart problem={problemAt(problems, 'participant', field) ?? { message: 'Indisponible.', code: 'SUBGRAPH_UNAVAILABLE' }} what={what} />;
  return (
    <Page title={p ? `Participant : ${personName(p)}` : 'Participant'} documentTitle="Participant" actions={<a href="#/parcours">← Retour à la file active</a>}>
      <ErrorBanner error={error} title="Le participant n’a pas pu être ouvert" />
      {loading && !p && <Loading label="Chargement du participant…" />}
      {p && (
        <>
          <PartialNotice problems={problems} />
          <section className="card" aria-labelledby="participant-identite">
            <h2 id="participant-identite">Identité</h2>
            <dl className="facts">
              <div><dt>Nom de naissance</dt><dd>{p.nomNaissance}</dd></div>
              <div><dt>Nom d’usage</dt><dd>{p.nomUsage ?? '—'}</dd></div>
              <div><dt>Prénoms</dt><dd>{p.prenoms}</dd></div>
              <div><dt>Sexe</dt><dd>{sexeLabel(p.sexe)}</dd></div>
              <div><dt>Date de naissance</dt><dd>{formatDate(p.dateNaissance)}</dd></div>
              <div><dt>Commune (INSEE)</dt><dd>{p.communeInsee}</dd></div>
              <div><dt>Statuts</dt><dd>{p.statuts.length ? p.statuts.map(statutParticipantLabel).join(', ') : 'Aucun'}</dd></div>
            </dl>
          </section>
          <section className="card" aria-labelledby="participant-entree">
            <h2 id="participant-entree">Situation à l’entrée</h2>
            {p.entree ? (
              <dl className="facts">
                <div><dt>Date d’entrée</dt><dd>{formatDate(p.entree.date)}</dd></div>
                <div><dt>Situation d’emploi</dt><dd>{statutEmploiLabel(p.entree.statutEmploi)}</dd></div>
                <div><dt>Âge</dt><dd>{p.entree.age} ans</dd></div>
                <div><dt>Niveau de formation</dt><dd>{trancheCiteLabel(p.entree.trancheCite)}</dd></div>
                <div><dt>Nationalité</dt><dd>{nationaliteLabel(p.entree.nationalite)}</dd></div>
                <div><dt>Quartier prioritaire (QPV)</dt><dd>{ouiNon(p.entree.qpv)}</dd></div>
                <div><dt>Sans abri</dt><dd>{ouiNon(p.entree.sansAbri)}</dd></div>
                <div><dt>Zone rurale</dt><dd>{ouiNon(p.entree.rural)}</dd></div>
              </dl>
            ) : (
              missing('entree', 'Situation à l’entrée')
            )}
          </section>
          <section aria-labelledby="participant-parcours">
            <h2 id="participant-parcours">Parcours</h2>
            {p.parcours ? (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Entrée</th>
                      <th scope="col">Statut</th>
                      <th scope="col">Référent</th>
                      <th scope="col">Sortie</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.parcours.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">
                          <a href={`#/parcours/${encodeURIComponent(c.id)}`}>Parcours entré le {formatDate(c.dateEntree)}</a>
                        </th>
                        <td>
                          <span className={`badge ${statutParcoursBadge(c.statut)}`}>{statutParcoursLabel(c.statut)}</span>
                        </td>
                        <td>{c.referent?.nom ?? '—'}</td>
                        <td>{formatDate(c.dateSortie)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              missing('parcours', 'Parcours')
            )}
          </section>
          <section aria-labelledby="participant-rectifications">
            <h2 id="participant-rectifications">Rectifications de l’identité</h2>
            {p.rectifications == null ? (
              missing('rectifications', 'Rectifications')
            ) : p.rectifications.length === 0 ? (
              <p className="muted">Aucune rectification.</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Le</th>
                      <th scope="col">Champ</th>
                      <th scope="col">Ancienne valeur</th>
                      <th scope="col">Nouvelle valeur</th>
                      <th scope="col">Motif</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.rectifications.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">{formatDate(r.le)}</th>
                        <td>{r.champ}</td>
                        <td>{r.ancienneValeur ?? '—'}</td>
                        <td>{r.nouvelleValeur ?? '—'}</td>
                        <td>{r.motif ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
