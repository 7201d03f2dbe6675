/**
 * A subgraph's `CHANGELOG.md`: entries under `## Non publié` describe changes not yet released. A breaking change
 * is declared by a line that names its path in backquotes and gives a migration note:
 *
 *     ## Non publié
 *     - `PrescriptionFranceTravail.objectif` retiré. Migration : lire `motif`.
 */
export const UNRELEASED = '## Non publié';

export function unreleasedEntries(changelog: string): string[] {
  const start = changelog.indexOf(UNRELEASED);
  if (start < 0) return [];
  const rest = changelog.slice(start + UNRELEASED.length);
  const end = rest.search(/^## /m);
  return (end < 0 ? rest : rest.slice(0, end))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('- '));
}

/** A breaking change is declared when an unreleased entry names its path and says how to migrate. */
export function isDeclared(entries: string[], path: string): boolean {
  return entries.some((entry) => entry.includes(`\`${path}\``) && /migration\s*:/i.test(entry));
}

/** Moves the unreleased entries under a version heading (at release). */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const entries = unreleasedEntries(changelog);
  const withoutUnreleased = changelog.replace(new RegExp(`${UNRELEASED}[\\s\\S]*?(?=^## |$(?![\\s\\S]))`, 'm'), '');
  const heading = `${UNRELEASED}\n\n## ${version} — ${date}\n${entries.length ? entries.join('\n') : '- Aucun changement déclaré.'}\n\n`;
  const firstHeading = withoutUnreleased.search(/^## /m);
  return firstHeading < 0 ? `${withoutUnreleased.trimEnd()}\n\n${heading}` : `${withoutUnreleased.slice(0, firstHeading)}${heading}${withoutUnreleased.slice(firstHeading)}`;
}
