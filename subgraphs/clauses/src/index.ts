import { runSubgraph } from '@plie-hub/kit';
import { clausesSubgraph } from './subgraph';

await runSubgraph(clausesSubgraph, 4005);
