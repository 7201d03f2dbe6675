import { entitiesByKeyLoader } from '@plie-hub/kit';
import { ComplementEntity } from './complement';

/** The addenda of many fiches in one query, oldest first. */
export const complementsByFiche = entitiesByKeyLoader(ComplementEntity, 'prescription_id', 'cree_le ASC');
