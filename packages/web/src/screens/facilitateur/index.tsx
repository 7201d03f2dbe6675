import type { Screen } from '../screen';
import './facilitateur.css';
import { MarcheScreen } from './marche';
import { MarchesScreen } from './marches';

/** The clause facilitator's screens: the guichet's marchés (its default screen) and one marché. */
export const facilitateurScreens: Screen[] = [
  { route: 'marches', label: 'Marchés', roles: ['FACILITATEUR_CLAUSES'], render: () => <MarchesScreen /> },
  { route: 'marche', label: 'Marché', roles: ['FACILITATEUR_CLAUSES'], hidden: true, render: ([id]) => <MarcheScreen key={id} id={id} /> },
];
