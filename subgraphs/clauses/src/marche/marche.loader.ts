import { entityByIdLoader } from '@plie-hub/kit';
import { MarcheEntity } from './marche.entity';

export const marcheById = entityByIdLoader(MarcheEntity);
