export { SUBGRAPHS, GATEWAY_PORT, loadSubgraphs, defaultSubgraphUrl, type SubgraphEntry } from './registry';
export { composeSupergraph, compositionFiles, writeComposition, CompositionError, ROOT, SUPERGRAPH_PATH, subgraphSchemaPath, type Composition } from './compose';
export { startHub, TEMPLATE_CACHE_DIR, type Hub, type StartHubOptions } from './start-hub';
export { DEMO_IDENTITIES } from '@plie-hub/demo';
export { startDistributed, waitReady, type DistributedHub, type DistributedOptions, type HubProcess } from './distributed';
