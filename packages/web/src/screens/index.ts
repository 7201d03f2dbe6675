import type { Role } from '@plie-hub/auth/caller';
import { copilScreens } from './copil';
import { coordinationScreens } from './coordination';
import { facilitateurScreens } from './facilitateur';
import { prescripteurScreens } from './prescripteur';
import type { Screen } from './screen';

export const SCREENS: Screen[] = [...prescripteurScreens, ...coordinationScreens, ...facilitateurScreens, ...copilScreens];

export const screensFor = (roles: readonly Role[]) => SCREENS.filter((screen) => screen.roles.some((role) => roles.includes(role)));
