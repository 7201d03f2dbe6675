import type { Screen } from '../screen';

export const coordinationScreens: Screen[] = [];
