export { classify, schemaOfSubgraph, type Classification } from './classify';
export { checkSubgraph, describeReport, type CheckInput, type CheckReport, type SubgraphState } from './check';
export { unreleasedEntries, isDeclared, releaseChangelog, UNRELEASED } from './changelog';
export { validateOperations, operationsOfFile, type ClientOperation, type BrokenOperation } from './operations';
export { releases, latestRelease, releasedSdl, currentSubgraphs, clientOperations, trustedDocuments, readChangelog, RELEASES_DIR, TRUSTED_DOCUMENTS_PATH } from './repository';
