import type { Screen } from '../screen';
import { CommissionScreen } from './commission';
import { FileActiveScreen } from './file-active';
import { ParcoursScreen } from './parcours-page';
import { ParticipantScreen } from './participant-page';
import './coordination.css';

/** Commission first: the coordination's default screen. */
export const coordinationScreens: Screen[] = [
  { route: 'commission', label: 'Commission', roles: ['COORDINATION_PLIE'], render: () => <CommissionScreen /> },
  {
    route: 'parcours',
    label: 'Parcours',
    roles: ['COORDINATION_PLIE', 'REFERENT'],
    render: ([id]) => (id ? <ParcoursScreen key={id} id={id} /> : <FileActiveScreen />),
  },
  { route: 'participant', label: 'Participant', roles: ['COORDINATION_PLIE', 'REFERENT'], hidden: true, render: ([id]) => (id ? <ParticipantScreen key={id} id={id} /> : <FileActiveScreen />) },
];
