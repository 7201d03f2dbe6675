import path from 'node:path';
import { createGateway } from './create-gateway';
import { GatewayConfigError, readGatewayConfig } from './config';
import { readSupergraph, subgraphsOfSupergraph } from './supergraph-urls';
import { holdTerminationListeners } from './termination';

// Before anything registers a SIGTERM listener: in-flight requests finish before the runtime is disposed.
const termination = holdTerminationListeners();

const defaultSupergraphPath = path.resolve(import.meta.dirname, '..', 'supergraph.graphql');
let config;
try {
  const supergraphPath = process.env.PLIE_SUPERGRAPH ?? defaultSupergraphPath;
  config = readGatewayConfig(process.env, {
    subgraphNames: Object.keys(subgraphsOfSupergraph(readSupergraph(supergraphPath))),
    defaultSupergraphPath,
    defaultConsoleDir: path.resolve(import.meta.dirname, '..', '..', 'packages', 'web', 'dist'),
  });
} catch (error) {
  console.error(error instanceof GatewayConfigError ? error.message : error);
  process.exit(78);
}
const gateway = createGateway(config);
const { url } = await gateway.listen();
console.log(JSON.stringify({ level: 30, service: 'gateway', url, msg: 'gateway ready' }));
let stopping = false;
termination.onSignal((signal) => {
  if (stopping) return;
  stopping = true;
  console.log(JSON.stringify({ level: 30, service: 'gateway', signal, msg: 'stopping: draining requests in flight' }));
  gateway
    .close()
    .then(() => termination.runHeldListeners(signal))
    .then(() => process.exit(0), () => process.exit(1));
});
