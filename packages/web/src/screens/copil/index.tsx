import type { Screen } from '../screen';
import { VueCopilScreen } from './vue-copil';

/**
 * The API opens `vueCopil` to the COPIL, the FSE+ managers of the organisme intermédiaire and the PLIE's coordination
 * (aggregates only, masked alike): the coordination prepares its COPIL with the same figures.
 */
export const copilScreens: Screen[] = [
  {
    route: 'copil',
    label: 'Vue COPIL',
    roles: ['COPIL', 'GESTIONNAIRE_FSE', 'COORDINATION_PLIE'],
    render: (params) => <VueCopilScreen params={params} />,
  },
];
