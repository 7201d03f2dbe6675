import { Directive, Field, InputType, ObjectType } from 'type-graphql';
import { TypeFrein } from './enums';

@Directive('@shareable')
@ObjectType('FreinPrescrit', { description: "Frein à l'emploi signalé par le prescripteur." })
export class FreinPrescrit {
  @Field(() => TypeFrein)
  type: TypeFrein;

  @Field(() => String, { nullable: true, description: 'Précision libre (500 caractères au plus).' })
  note: string | null;
}

@InputType('FreinPrescritInput')
export class FreinPrescritInput {
  @Field(() => TypeFrein)
  type: TypeFrein;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
