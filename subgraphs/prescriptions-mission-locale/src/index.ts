import { runSubgraph } from '@plie-hub/kit';
import { prescriptionsMissionLocaleSubgraph } from './subgraph';

await runSubgraph(prescriptionsMissionLocaleSubgraph, 4003);
