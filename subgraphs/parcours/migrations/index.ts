import { CreatePlie1763800000000 } from './1763800000000-CreatePlie';
import { CreateParcours1763900000000 } from './1763900000000-CreateParcours';

/** In order of application. */
export const migrations = [CreatePlie1763800000000, CreateParcours1763900000000];
