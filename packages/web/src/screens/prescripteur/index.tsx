import type { Screen } from '../screen';
import { FicheDetail } from './fiche-detail';
import { ImportFiches } from './import-fiches';
import { MesFiches } from './mes-fiches';
import { NouvelleFiche } from './nouvelle-fiche';
import './prescripteur.css';

/** A prescriber's screens; « Mes fiches » first, so it is where a prescriber lands after signing in. */
export const prescripteurScreens: Screen[] = [
  { route: 'fiches', label: 'Mes fiches', roles: ['PRESCRIPTEUR'], render: () => <MesFiches /> },
  { route: 'nouvelle-fiche', label: 'Nouvelle fiche', roles: ['PRESCRIPTEUR'], render: () => <NouvelleFiche /> },
  { route: 'import-fiches', label: 'Import CSV', roles: ['PRESCRIPTEUR'], render: () => <ImportFiches /> },
  { route: 'fiche', label: 'Fiche de prescription', roles: ['PRESCRIPTEUR'], hidden: true, render: ([id]) => <FicheDetail key={id} id={id} /> },
];
