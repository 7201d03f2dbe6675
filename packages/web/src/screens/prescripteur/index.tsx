import type { Screen } from '../screen';

export const prescripteurScreens: Screen[] = [];
