import { runSubgraph } from '@plie-hub/kit';
import { prescriptionsFranceTravailSubgraph } from './subgraph';

await runSubgraph(prescriptionsFranceTravailSubgraph, 4001);
