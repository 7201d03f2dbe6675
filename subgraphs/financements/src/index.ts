import { runSubgraph } from '@plie-hub/kit';
import { financementsSubgraph } from './subgraph';

await runSubgraph(financementsSubgraph, 4006);
