export { createGateway, type Gateway } from './create-gateway';
export { readGatewayConfig, GatewayConfigError, type GatewayConfig, type GatewayLimits } from './config';
export { subgraphsOfSupergraph } from './supergraph-urls';
