import type { ReactNode } from 'react';
import type { ApiProblem } from '../../api/graphql';
import { MissingPart } from '../../ui/problems';
import { evolution, Valeur, type Chiffre } from './figures';

/** A key figure: its value, the previous period's with the change, and the target when there is one. */
export function Kpi({ libelle, courant, precedent, cible, manquant }: { libelle: string; courant: Chiffre | null; precedent: Chiffre | null; cible?: ReactNode; manquant?: ApiProblem }) {
  return (
    <div className="kpi" role="group" aria-label={libelle}>
      <div className="label">{libelle}</div>
      {manquant ? (
        <div className="copil-kpi-missing">
          <MissingPart problem={manquant} />
        </div>
      ) : (
        <>
          <div className="value">
            <Valeur chiffre={courant} />
          </div>
          <div className="target copil-precedent">
            Période précédente : <Valeur chiffre={precedent} /> <span className="copil-evolution">({evolution(courant, precedent)})</span>
          </div>
          {cible && <div className="target copil-cible">{cible}</div>}
        </>
      )}
    </div>
  );
}
