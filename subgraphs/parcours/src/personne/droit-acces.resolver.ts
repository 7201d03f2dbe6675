import { personMatchKey } from '@plie-hub/auth';
import { DateScalar, InputCheck, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { PersonneRef } from './personne.resolver';

@InputType('IdentitePersonneInput', { description: 'L’identité telle que la personne la donne dans sa demande (RGPD, art. 15).' })
export class IdentitePersonneInput {
  @Field(() => String)
  nomNaissance: string;

  @Field(() => String)
  prenoms: string;

  @Field(() => DateScalar)
  dateNaissance: string;
}

/**
 * The right of access: from the identity a person gives, the DPO reaches the person as every subgraph knows them
 * (by the same keyed hash), and through it all that each subgraph holds about them. The DPO reaches records this
 * way only, one person at a time, and every read is in the audit trails.
 */
@Resolver()
export class DroitAccesResolver {
  @Authorized('DPO')
  @Query(() => PersonneRef, {
    description: 'Tout ce que le hub détient sur une personne, à travers les partenaires (droit d’accès, RGPD art. 15). Réservé au DPO ; chaque lecture est journalisée.',
  })
  droitAcces(@Arg('identite', () => IdentitePersonneInput) identite: IdentitePersonneInput, @Ctx() context: SubgraphContext): PersonneRef {
    const check = new InputCheck('identite');
    check.text('nomNaissance', identite.nomNaissance, 'Le nom de naissance', { max: 100 });
    check.text('prenoms', identite.prenoms, 'Les prénoms', { max: 150 });
    check.done();
    return { cleRapprochement: personMatchKey(context.settings.matchKey, identite) };
  }
}
