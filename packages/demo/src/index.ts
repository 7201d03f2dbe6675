export { Random, stableUuid } from './random';
export { DEMO_PLIES, type DemoPlie } from './plies';
export { demoPerson, type DemoPerson } from './people';
export { DEMO_IDENTITIES, DEMO_IDENTITY_LABELS } from './identities';
