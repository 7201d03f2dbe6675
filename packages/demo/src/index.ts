export { Random, stableUuid } from './random';
export { DEMO_PLIES, type DemoPlie } from './plies';
export { demoPerson, type DemoPerson } from './people';
