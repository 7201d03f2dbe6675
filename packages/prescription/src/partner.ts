import type { OrganisationType } from '@plie-hub/auth';
import type { InputCheck } from '@plie-hub/kit';
import type { ClassType } from 'type-graphql';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { FichePrescriptionInput } from './fiche-prescription.input';
import type { FichePrescription } from './fiche-prescription.type';
import type { PlieDestinataireEntity } from './plie-destinataire.entity';

/** One column of the partner section in the bulk import file, and where its value goes in the input. */
export interface CsvColumn {
  header: string;
  /** Input path inside the partner section, e.g. `identifiantFranceTravail`. */
  field: string;
  kind?: 'text' | 'date' | 'boolean' | 'integer';
  required?: boolean;
}

/**
 * What distinguishes one prescriber partner: its organisation type, GraphQL names, its table and its own section.
 * Everything else of a fiche (shape, lifecycle, access, storage, import) is shared.
 */
export interface PrescriptionPartner<
  TEntity extends FichePrescriptionEntity = FichePrescriptionEntity,
  TInput extends FichePrescriptionInput = FichePrescriptionInput,
> {
  /** Organisation type of the prescribers who own these fiches. */
  organisation: OrganisationType;
  /** Suffix of the GraphQL names: `PrescriptionFranceTravail`, `creerPrescriptionFranceTravail`… */
  suffix: string;
  /** Name of the partner section in inputs and types (`franceTravail`). */
  sectionKey: string;
  entity: ClassType<TEntity>;
  type: ClassType<FichePrescription>;
  input: ClassType<TInput>;
  /** Checks the partner section of an input on the date `on`; problems are reported on `check`. */
  checkSection(check: InputCheck, input: TInput, on: string): void;
  /** Checks that need the destination PLIE's rules (age limits of young people's schemes). */
  checkWithPlie?(check: InputCheck, input: TInput, plie: PlieDestinataireEntity, on: string): void;
  /** Maps the partner section of a valid input to entity columns. */
  sectionColumns(input: TInput): Partial<TEntity>;
  /** The partner section's columns in the bulk import file. */
  csvColumns: CsvColumn[];
  /**
   * SQL assignments that anonymise the partner section at the end of the retention period: identifiers become a
   * placeholder that still satisfies the column's format, names of agents go, categories and dates stay.
   */
  anonymisedSectionSql: string;
}
