import type { Screen } from '../screen';

export const copilScreens: Screen[] = [];
