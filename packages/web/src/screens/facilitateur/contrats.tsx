import { formatDate, formatNumber } from '../../ui/format';
import { formatMois, labelOf, MODALITES, TYPES_CONTRAT } from './labels';
import type { Contrat } from './types';

const totalOf = (contrat: Contrat) => contrat.heures.reduce((sum, h) => sum + h.heuresTravail + h.heuresFormation, 0);

/** The marché's contracts with the months already recorded; « Saisir » preselects one in the entry form. */
export function ContratsTable({ contrats, lotNumeros, onChoose }: { contrats: Contrat[]; lotNumeros: ReadonlyMap<string, number>; onChoose: (contratId: string) => void }) {
  if (contrats.length === 0) return <p>Aucun contrat n’est encore enregistré sur les lots de ce marché.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Contrats du marché et leurs heures mensuelles</caption>
        <thead>
          <tr>
            <th scope="col">Référence</th>
            <th scope="col">Lot</th>
            <th scope="col">Contrat</th>
            <th scope="col">Période</th>
            <th scope="col" className="number">
              Heures saisies
            </th>
            <th scope="col">Heures mensuelles</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {contrats.map((contrat) => (
            <tr key={contrat.id}>
              <th scope="row">{contrat.reference}</th>
              <td>{lotNumeros.get(contrat.lotId) ?? '—'}</td>
              <td>
                {labelOf(TYPES_CONTRAT, contrat.typeContrat)}, {formatNumber(contrat.heuresHebdo)} h/sem.
                <span className="hint facilitateur-basis">{labelOf(MODALITES, contrat.modalite)}</span>
              </td>
              <td>
                du {formatDate(contrat.debut)} {contrat.fin ? `au ${formatDate(contrat.fin)}` : '(sans fin prévue)'}
              </td>
              <td className="number">{formatNumber(totalOf(contrat))}</td>
              <td>
                <MonthlyHours contrat={contrat} />
              </td>
              <td>
                <button type="button" className="secondary" onClick={() => onChoose(contrat.id)} aria-label={`Saisir un mois pour ${contrat.reference}`}>
                  Saisir
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MonthlyHours({ contrat }: { contrat: Contrat }) {
  if (contrat.heures.length === 0) return <span className="missing">aucun mois saisi</span>;
  return (
    <details className="facilitateur-months">
      <summary>
        {contrat.heures.length} mois saisi{contrat.heures.length > 1 ? 's' : ''}
      </summary>
      <table>
        <caption className="visually-hidden">Heures mensuelles du contrat {contrat.reference}</caption>
        <thead>
          <tr>
            <th scope="col">Mois</th>
            <th scope="col" className="number">
              Travail
            </th>
            <th scope="col" className="number">
              Formation
            </th>
          </tr>
        </thead>
        <tbody>
          {contrat.heures.map((h) => (
            <tr key={h.mois}>
              <th scope="row">{formatMois(h.mois)}</th>
              <td className="number">{formatNumber(h.heuresTravail)} h</td>
              <td className="number">{formatNumber(h.heuresFormation)} h</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
