import { BarChart } from '../../ui/bar-chart';
import { formatNumber, formatPercent } from '../../ui/format';
import { tauxBadgeClass, tauxFraction } from './labels';
import type { BilanLot, Lot } from './types';

const lotLabel = (lot: { numero: number; intitule: string }) => `Lot ${lot.numero} — ${lot.intitule}`;

/** How the lot's engagement was set: from its labour hours and rate, or given as such by the clause. */
const engagementBasis = (lot: Lot | undefined) =>
  lot?.heuresTravail != null && lot.tauxInsertion != null ? `${formatNumber(lot.tauxInsertion)} % de ${formatNumber(lot.heuresTravail)} h` : 'fixées par la clause';

/** Per lot, committed vs done hours: the chart for the eye, the table for the figures. */
export function LotsSection({ lots, bilanLots }: { lots: Lot[]; bilanLots: BilanLot[] }) {
  const lotById = new Map(lots.map((lot) => [lot.id, lot]));
  return (
    <section aria-labelledby="lots-title">
      <h2 id="lots-title">Lots et heures d’insertion</h2>
      <BarChart
        title="Heures engagées et réalisées par lot"
        unit=" h"
        series={[
          { label: 'Heures engagées', className: 'bar-a' },
          { label: 'Heures réalisées', className: 'bar-b' },
        ]}
        groups={bilanLots.map((lot) => ({ label: lotLabel(lot), values: [lot.heuresEngagees, lot.heuresRealisees] }))}
      />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Détail des lots</caption>
          <thead>
            <tr>
              <th scope="col">Lot</th>
              <th scope="col">Attributaires</th>
              <th scope="col" className="number">
                Heures engagées
              </th>
              <th scope="col" className="number">
                Heures réalisées
              </th>
              <th scope="col" className="number">
                dont formation
              </th>
              <th scope="col" className="number">
                Réalisation
              </th>
              <th scope="col" className="number">
                Heures restantes
              </th>
              <th scope="col" className="number">
                Personnes
              </th>
              <th scope="col" className="number">
                Contrats
              </th>
            </tr>
          </thead>
          <tbody>
            {bilanLots.map((lot) => (
              <tr key={lot.lotId}>
                <th scope="row">{lotLabel(lot)}</th>
                <td>{lot.attributaires.length ? lot.attributaires.join(', ') : '—'}</td>
                <td className="number">
                  {formatNumber(lot.heuresEngagees)}
                  <span className="hint facilitateur-basis">{engagementBasis(lotById.get(lot.lotId))}</span>
                </td>
                <td className="number" data-colonne="heures-realisees">
                  {formatNumber(lot.heuresRealisees)}
                </td>
                <td className="number">{formatNumber(lot.heuresFormation)}</td>
                <td className="number">
                  <span className={tauxBadgeClass(lot.tauxRealisation)}>{formatPercent(tauxFraction(lot.tauxRealisation), 1)}</span>
                </td>
                <td className="number">{formatNumber(lot.heuresRestantes)}</td>
                <td className="number">{formatNumber(lot.personnes)}</td>
                <td className="number">{formatNumber(lot.contrats)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
