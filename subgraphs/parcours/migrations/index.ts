import { CreatePlie1763800000000 } from './1763800000000-CreatePlie';

/** In order of application. */
export const migrations = [CreatePlie1763800000000];
