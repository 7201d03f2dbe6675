import { readFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkSubgraph, describeReport } from '../check';
import { clientOperations, currentSubgraphs, latestRelease, readChangelog, releasedSdl, TRUSTED_DOCUMENTS_PATH, trustedDocuments } from '../repository';

/**
 * `npm run schema:check [-- --subgraph <name>]`: before a partner submits a change to its subgraph, what it would
 * break, in plain words: classified changes against the last release, composition, client operations. Exit 1 when
 * the change cannot land.
 */
const { values } = parseArgs({ options: { subgraph: { type: 'string' } } });
const subgraphs = await currentSubgraphs();
const operations = clientOperations();
const version = latestRelease();
console.log(version ? `Comparaison avec la version publiée ${version}.\n` : 'Aucune version publiée : première publication.\n');
let ok = true;
for (const subgraph of subgraphs.filter((s) => !values.subgraph || s.name === values.subgraph)) {
  const report = await checkSubgraph({ subgraph: subgraph.name, releasedSdl: version ? releasedSdl(version, subgraph.name) : undefined, changelog: readChangelog(subgraph.name), subgraphs, operations });
  console.log(`${describeReport(report)}\n`);
  ok &&= report.ok;
}
const manifest = JSON.stringify(trustedDocuments(operations), null, 2) + '\n';
if (!existsSync(TRUSTED_DOCUMENTS_PATH) || readFileSync(TRUSTED_DOCUMENTS_PATH, 'utf8') !== manifest) {
  console.log('✗ gateway/trusted-documents.json ne correspond plus aux opérations des clients : lancez npm run schema:documents.');
  ok = false;
}
process.exit(ok ? 0 : 1);
