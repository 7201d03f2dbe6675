import type { ValueTransformer } from 'typeorm';
import { Montant } from './montant';

/** Stores a `Montant` in a `numeric(14,2)` column and reads it back exactly (the drivers return numerics as strings). */
export const montantTransformer: ValueTransformer = {
  to: (value: Montant | null | undefined) => (value == null ? value : value.toString()),
  from: (value: string | null) => (value == null ? null : Montant.parse(value)),
};
