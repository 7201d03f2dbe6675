import type { ReactNode } from 'react';
import { evolution, Valeur, type Chiffre } from './figures';

export interface Ligne {
  libelle: string;
  courant: Chiffre | null;
  precedent: Chiffre | null;
}

export interface Colonnes {
  courant: string;
  precedent: string;
}

/** Indicators of one section: this period, the previous one, and the change between them. */
export function TableIndicateurs({ legende, colonnes, lignes }: { legende: string; colonnes: Colonnes; lignes: Ligne[] }) {
  return (
    <div className="table-wrap">
      <table className="copil-table">
        <caption className="visually-hidden">{legende}</caption>
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col" className="number">
              {colonnes.courant}
            </th>
            <th scope="col" className="number">
              {colonnes.precedent} <span className="copil-col-hint">(période précédente)</span>
            </th>
            <th scope="col" className="number">
              Évolution
            </th>
          </tr>
        </thead>
        <tbody>
          {lignes.map((ligne) => (
            <tr key={ligne.libelle}>
              <th scope="row">{ligne.libelle}</th>
              <td className="number">
                <Valeur chiffre={ligne.courant} />
              </td>
              <td className="number">
                <Valeur chiffre={ligne.precedent} />
              </td>
              <td className="number">{evolution(ligne.courant, ligne.precedent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A table of figures with its own columns (breakdowns, per partner): one header row, one row per line. */
export function TableSimple({ legende, entetes, lignes }: { legende: string; entetes: string[]; lignes: { libelle: string; cellules: ReactNode[] }[] }) {
  return (
    <div className="table-wrap">
      <table className="copil-table">
        <caption className="visually-hidden">{legende}</caption>
        <thead>
          <tr>
            {entetes.map((entete, i) => (
              <th key={entete} scope="col" className={i > 0 ? 'number' : undefined}>
                {entete}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lignes.map((ligne) => (
            <tr key={ligne.libelle}>
              <th scope="row">{ligne.libelle}</th>
              {ligne.cellules.map((cellule, i) => (
                <td key={i} className="number">
                  {cellule}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
