import { runSubgraph } from '@plie-hub/kit';
import { prescriptionsDepartementSubgraph } from './subgraph';

await runSubgraph(prescriptionsDepartementSubgraph, 4002);
