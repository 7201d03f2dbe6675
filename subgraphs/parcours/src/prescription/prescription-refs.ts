import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The three partners' fiches, owned by their subgraphs. This subgraph adds what the prescriber may see of the
 * PLIE's answer; the owner's `structureId` and `plieCode` come with each representation (`@requires`) so that the
 * access check happens here too, not only in the gateway's plan.
 */
function prescriptionRef(typeName: string) {
  @Directive('@key(fields: "id")')
  @ObjectType(typeName)
  class PrescriptionRef {
    @Field(() => ID)
    id: string;

    @Directive('@external')
    @Field(() => String)
    structureId: string;

    @Directive('@external')
    @Field(() => ID)
    plieCode: string;
  }
  return PrescriptionRef;
}

export const PrescriptionFranceTravailRef = prescriptionRef('PrescriptionFranceTravail');
export const PrescriptionDepartementRef = prescriptionRef('PrescriptionDepartement');
export const PrescriptionMissionLocaleRef = prescriptionRef('PrescriptionMissionLocale');

export interface PrescriptionRepresentation {
  id: string;
  structureId: string;
  plieCode: string;
}
