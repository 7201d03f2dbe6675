import type { Screen } from '../screen';

export const facilitateurScreens: Screen[] = [];
