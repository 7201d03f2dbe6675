import type { ReactNode } from 'react';

export interface RejectedRow {
  ligne: number;
  champ: string;
  message: string;
}

/** The rows an import refused, by line of the file: what to fix, and that nothing of them was written. */
export function RejectedRows({
  rows,
  caption,
  fieldHeader,
  reasonHeader,
  renderField = (champ) => <code>{champ}</code>,
}: {
  rows: RejectedRow[];
  caption: string;
  fieldHeader: string;
  reasonHeader: string;
  renderField?: (champ: string) => ReactNode;
}) {
  if (rows.length === 0) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              Ligne
            </th>
            <th scope="col">{fieldHeader}</th>
            <th scope="col">{reasonHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.ligne}-${r.champ}-${i}`}>
              <th scope="row" className="number">
                {r.ligne}
              </th>
              <td>{renderField(r.champ)}</td>
              <td>{r.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
