import { formatNumber } from './format';

export interface BarSeries {
  label: string;
  /** A CSS class giving the colour (`bar-a`, `bar-b`, …), paired with a pattern-free legend and the table below. */
  className: string;
}

export interface BarGroup {
  label: string;
  values: (number | null)[];
}

/**
 * Horizontal grouped bars in SVG, with the same figures in a table for screen readers and for anyone who wants
 * the numbers (the chart is `aria-hidden`; the table is the accessible version, visually compact under it).
 */
export function BarChart({ title, series, groups, unit = '' }: { title: string; series: BarSeries[]; groups: BarGroup[]; unit?: string }) {
  const max = Math.max(1, ...groups.flatMap((g) => g.values.map((v) => v ?? 0)));
  const barHeight = 14;
  const groupHeight = series.length * (barHeight + 3) + 12;
  const labelWidth = 150;
  const width = 640;
  const height = groups.length * groupHeight + 10;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <span key={s.label}>
            <span className={`swatch ${s.className}`} /> {s.label}
          </span>
        ))}
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" aria-hidden="true" focusable="false">
        {groups.map((group, gi) => (
          <g key={group.label} transform={`translate(0 ${gi * groupHeight + 6})`}>
            <text x={0} y={barHeight} className="chart-label">
              {group.label.length > 22 ? `${group.label.slice(0, 21)}…` : group.label}
            </text>
            {group.values.map((value, si) => {
              const w = ((value ?? 0) / max) * (width - labelWidth - 80);
              return (
                <g key={si} transform={`translate(${labelWidth} ${si * (barHeight + 3)})`}>
                  <rect width={Math.max(w, value ? 1 : 0)} height={barHeight} className={series[si]!.className} rx={2} />
                  <text x={w + 6} y={barHeight - 3} className="chart-value">
                    {value == null ? 'masqué' : `${formatNumber(value)}${unit}`}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <table className="chart-table">
        <caption className="visually-hidden">{title} (données)</caption>
        <thead>
          <tr>
            <th scope="col">—</th>
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.label}>
              <th scope="row">{g.label}</th>
              {g.values.map((v, i) => (
                <td key={i}>{v == null ? 'masqué' : `${formatNumber(v)}${unit}`}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
