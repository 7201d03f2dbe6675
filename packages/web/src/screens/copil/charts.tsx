import type { ApiProblem } from '../../api/graphql';
import { problemAt } from '../../api/graphql';
import { BarChart } from '../../ui/bar-chart';
import { MissingPart } from '../../ui/problems';
import { effectif, pourGraphique, taux } from './figures';
import { manquant } from './sections';
import type { VueCopil } from './types';

/**
 * The years before the first one with any activity add only empty bars: they are left out, and said so. A masked
 * figure is activity (it is small, not zero).
 */
function depuisPremiereActivite<T extends { annee: number }>(points: T[], actif: (point: T) => boolean): { points: T[]; note: string | null } {
  const premier = points.findIndex(actif);
  if (premier <= 0) return { points, note: null };
  const avant = points.slice(0, premier);
  const annees = avant.length === 1 ? `en ${avant[0]!.annee}` : `de ${avant[0]!.annee} à ${avant[avant.length - 1]!.annee}`;
  return { points: points.slice(premier), note: `Aucune activité enregistrée ${annees}.` };
}

const actif = (e: { valeur: number | null; masque: boolean }) => e.masque || (e.valeur ?? 0) > 0;

function EntreesSorties({ vue }: { vue: VueCopil }) {
  const { points, note } = depuisPremiereActivite(vue.serieParcours, (p) => actif(p.entrees) || actif(p.sorties));
  return (
    <div className="copil-chart">
      <BarChart
        title="Entrées et sorties par année"
        series={[
          { label: 'Entrées', className: 'bar-a' },
          { label: 'Sorties', className: 'bar-b' },
        ]}
        groups={points.map((point) => ({ label: String(point.annee), values: [pourGraphique(effectif(point.entrees)), pourGraphique(effectif(point.sorties))] }))}
      />
      {note && <p className="copil-note">{note}</p>}
    </div>
  );
}

/** A rate without any exit is not 0 % nor masked: those years are left out of the chart, and said so. */
function TauxSortiesPositives({ vue }: { vue: VueCopil }) {
  const connus = vue.serieParcours.filter((point) => point.tauxSortiesPositives.masque || point.tauxSortiesPositives.valeur !== null);
  const sansBase = vue.serieParcours.filter((point) => !connus.includes(point)).map((point) => point.annee);
  return (
    <div className="copil-chart">
      {connus.length > 0 ? (
        <BarChart
          title="Taux de sorties positives par année"
          series={[{ label: 'Taux de sorties positives', className: 'bar-c' }]}
          groups={connus.map((point) => ({ label: String(point.annee), values: [pourGraphique(taux(point.tauxSortiesPositives))] }))}
          unit={'\u00a0%'}
        />
      ) : (
        <figure className="chart">
          <figcaption>Taux de sorties positives par année</figcaption>
          <p>Aucune sortie sur ces années : le taux n’est pas calculable.</p>
        </figure>
      )}
      {connus.length > 0 && sansBase.length > 0 && <p className="copil-note">Sans sortie, donc sans taux : {sansBase.join(', ')}.</p>}
    </div>
  );
}

function HeuresClauses({ vue, problems }: { vue: VueCopil; problems: ApiProblem[] }) {
  if (!vue.serieClauses) {
    return (
      <figure className="chart">
        <figcaption>Heures d’insertion réalisées par année</figcaption>
        <MissingPart problem={problemAt(problems, 'vueCopil', 'serieClauses') ?? manquant(problems, 'clauses')} what="Clauses sociales" />
      </figure>
    );
  }
  const { points, note } = depuisPremiereActivite(vue.serieClauses, (p) => p.heuresRealisees > 0);
  return (
    <div className="copil-chart">
      <BarChart
        title="Heures d’insertion réalisées par année"
        series={[{ label: 'Heures réalisées', className: 'bar-a' }]}
        groups={points.map((point) => ({ label: String(point.annee), values: [Math.round(point.heuresRealisees)] }))}
        unit={'\u00a0h'}
      />
      {note && <p className="copil-note">{note}</p>}
    </div>
  );
}

function ConsommationFse({ vue, problems }: { vue: VueCopil; problems: ApiProblem[] }) {
  if (!vue.financements) {
    return (
      <figure className="chart">
        <figcaption>FSE+ programmé et consommé</figcaption>
        <MissingPart problem={manquant(problems, 'financements')} what="Financements" />
      </figure>
    );
  }
  const periodes = [
    // Short labels: the chart truncates long ones, and the periods are spelled out above the figures.
    { label: 'Période', financements: vue.financements },
    { label: 'Période précédente', financements: vue.precedente.financements },
  ].filter((p) => p.financements);
  return (
    <BarChart
      title="FSE+ programmé et consommé"
      series={[
        { label: 'FSE+ programmé', className: 'bar-a' },
        { label: 'FSE+ consommé', className: 'bar-b' },
      ]}
      groups={periodes.map((p) => ({ label: p.label, values: [Math.round(Number(p.financements!.fseProgramme)), Math.round(Number(p.financements!.fseConsomme))] }))}
      unit={'\u00a0€'}
    />
  );
}

export function Graphiques({ vue, problems }: { vue: VueCopil; problems: ApiProblem[] }) {
  return (
    <section className="copil-charts" aria-labelledby="copil-graphiques">
      <h2 id="copil-graphiques">Évolution</h2>
      <div className="copil-charts-grid">
        <EntreesSorties vue={vue} />
        <TauxSortiesPositives vue={vue} />
        <HeuresClauses vue={vue} problems={problems} />
        <ConsommationFse vue={vue} problems={problems} />
      </div>
    </section>
  );
}
