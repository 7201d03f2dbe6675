import type { OrganisationType } from '@plie-hub/auth';
import type { InputCheck } from '@plie-hub/kit';
import type { ClassType } from 'type-graphql';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { FichePrescriptionInput } from './fiche-prescription.input';
import type { FichePrescription } from './fiche-prescription.type';

/**
 * What distinguishes one prescriber partner: its organisation type, GraphQL names, its table and its own section.
 * Everything else of a fiche (shape, lifecycle, access, storage) is shared.
 */
export interface PrescriptionPartner<
  TEntity extends FichePrescriptionEntity = FichePrescriptionEntity,
  TInput extends FichePrescriptionInput = FichePrescriptionInput,
> {
  /** Organisation type of the prescribers who own these fiches. */
  organisation: OrganisationType;
  /** Suffix of the GraphQL names: `PrescriptionFranceTravail`, `creerPrescriptionFranceTravail`… */
  suffix: string;
  entity: ClassType<TEntity>;
  type: ClassType<FichePrescription>;
  input: ClassType<TInput>;
  /** Checks the partner section of an input; problems are reported on `check`. */
  checkSection(check: InputCheck, input: TInput): void;
  /** Maps the partner section of a valid input to entity columns. */
  sectionColumns(input: TInput): Partial<TEntity>;
}
