import { entityByIdLoader, type LoaderFactory } from '@plie-hub/kit';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { PrescriptionPartner } from './partner';

export function prescriptionByIdLoader<TEntity extends FichePrescriptionEntity>(
  partner: Pick<PrescriptionPartner<TEntity>, 'entity'>,
): LoaderFactory<string, TEntity | null> {
  return entityByIdLoader(partner.entity);
}
