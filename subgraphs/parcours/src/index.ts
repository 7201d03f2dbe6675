import { runSubgraph } from '@plie-hub/kit';
import { parcoursSubgraph } from './subgraph';

await runSubgraph(parcoursSubgraph, 4004);
