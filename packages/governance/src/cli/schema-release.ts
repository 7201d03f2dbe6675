import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, SUPERGRAPH_PATH } from '@plie-hub/hub';
import { releaseChangelog } from '../changelog';
import { checkSubgraph } from '../check';
import { changelogPath, clientOperations, currentSubgraphs, latestRelease, readChangelog, releasedSdl, RELEASES_DIR } from '../repository';

/**
 * `npm run schema:release -- --version 1.2.0`: publishes the current schemas as a version (every subgraph must pass
 * the check), records the classified changes in schemas/CHANGELOG.md and closes each subgraph's « Non publié ».
 */
const { values } = parseArgs({ options: { version: { type: 'string' } } });
const version = values.version ?? '';
const previous = latestRelease();
if (!/^\d+\.\d+\.\d+$/.test(version) || (previous && version.localeCompare(previous, undefined, { numeric: true }) <= 0)) {
  console.error(`Version invalide : donnez une version sémantique supérieure à ${previous ?? '0.0.0'} (--version x.y.z).`);
  process.exit(2);
}
const subgraphs = await currentSubgraphs();
const operations = clientOperations();
const date = new Date().toISOString().slice(0, 10);
const lines: string[] = [`## ${version} — ${date}`];
for (const subgraph of subgraphs) {
  const report = await checkSubgraph({ subgraph: subgraph.name, releasedSdl: previous ? releasedSdl(previous, subgraph.name) : undefined, changelog: readChangelog(subgraph.name), subgraphs, operations });
  if (!report.ok) {
    console.error(`${subgraph.name} ne passe pas la vérification : npm run schema:check -- --subgraph ${subgraph.name}`);
    process.exit(1);
  }
  const changes = [...report.breaking.map((b) => `cassant : ${b.change.message}`), ...report.dangerous.map((c) => `risqué : ${c.message}`), ...report.safe.map((c) => c.message)];
  if (changes.length) lines.push(`### ${subgraph.name}`, ...changes.map((c) => `- ${c}`));
  writeFileSync(changelogPath(subgraph.name), releaseChangelog(readChangelog(subgraph.name) || `# ${subgraph.name}\n\n## Non publié\n`, version, date));
}
const dir = path.join(RELEASES_DIR, version);
mkdirSync(dir, { recursive: true });
for (const subgraph of subgraphs) writeFileSync(path.join(dir, `${subgraph.name}.graphql`), subgraph.sdl + '\n');
writeFileSync(path.join(dir, 'supergraph.graphql'), readFileSync(SUPERGRAPH_PATH, 'utf8'));
const changelog = path.join(ROOT, 'schemas', 'CHANGELOG.md');
const existing = existsSync(changelog) ? readFileSync(changelog, 'utf8').replace(/^# .*\n+/, '') : '';
writeFileSync(changelog, `# Versions du supergraphe\n\n${lines.join('\n')}\n\n${existing}`);
console.log(`Version ${version} publiée dans schemas/releases/${version}.`);
