import { CreatePlie1763800000000 } from './1763800000000-CreatePlie';
import { CreateParcours1763900000000 } from './1763900000000-CreateParcours';
import { AddRetention1764720000000 } from './1764720000000-AddRetention';
import { AddRectification1764806400000 } from './1764806400000-AddRectification';
import { AddPlieToSortie1765100000000 } from './1765100000000-AddPlieToSortie';

/** In order of application. */
export const migrations = [CreatePlie1763800000000, CreateParcours1763900000000, AddRetention1764720000000, AddRectification1764806400000, AddPlieToSortie1765100000000];
