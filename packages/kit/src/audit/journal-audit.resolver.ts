import { Arg, Authorized, Ctx, Directive, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { isAuditCursor, readAuditTrail } from './audit-trail';

@Directive('@shareable')
@ObjectType({ description: 'Un accès à un enregistrement nominatif : qui, quand, quoi, pourquoi. Jamais les valeurs lues ou écrites.' })
export class EvenementAudit {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Le sous-graphe qui tient ce journal.' })
  sousGraphe: string;

  @Field(() => DateTimeScalar)
  le: Date;

  @Field(() => String, { description: 'LECTURE, ECRITURE ou EXPORT.' })
  action: string;

  @Field(() => String, { description: 'Type de l’enregistrement (Participant, PrescriptionFranceTravail…).' })
  entite: string;

  @Field(() => ID, { nullable: true, description: 'Identifiant de l’enregistrement (ou clé de rapprochement, pseudonyme).' })
  entiteId: string | null;

  @Field(() => [String], { description: 'Champs lus, ou champs fournis pour une écriture.' })
  champs: string[];

  @Field(() => String, { description: 'Champ racine de l’opération.' })
  operation: string;

  @Field(() => String, { description: 'Identifiant de la personne connectée (sujet du jeton).' })
  sujet: string;

  @Field(() => String)
  organisationType: string;

  @Field(() => String)
  organisationId: string;

  @Field(() => [String])
  roles: string[];

  @Field(() => String, { nullable: true, description: 'Finalité déclarée par l’application (en-tête x-plie-purpose).' })
  motif: string | null;

  @Field(() => String)
  requeteId: string;
}

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

/** `journalAudit<Subgraph>`: this subgraph's audit trail, newest first, for the DPO alone. */
export function journalAuditResolver(subgraph: string) {
  @Resolver()
  class JournalAuditResolver {
    @Authorized('DPO')
    @Query(() => [EvenementAudit], {
      name: `journalAudit${pascal(subgraph)}`,
      description: `Journal des accès aux données nominatives du sous-graphe ${subgraph}, du plus récent au plus ancien (DPO).`,
    })
    async journal(
      @Ctx() context: SubgraphContext,
      @Arg('entiteId', () => ID, { nullable: true }) entiteId: string | null,
      @Arg('sujet', () => String, { nullable: true }) sujet: string | null,
      @Arg('depuis', () => DateTimeScalar, { nullable: true }) depuis: Date | null,
      @Arg('avant', () => ID, { nullable: true, description: 'Identifiant du dernier événement de la page précédente.' }) avant: string | null,
      @Arg('premiers', () => Int, { defaultValue: 100 }) premiers: number,
    ): Promise<EvenementAudit[]> {
      if (premiers < 1 || premiers > 500) throw new BadUserInputError({ field: 'premiers', message: 'Entre 1 et 500 événements par page.' });
      if (avant != null && !isAuditCursor(avant)) throw new BadUserInputError({ field: 'avant', message: 'Curseur invalide : reprenez l’identifiant d’un événement.' });
      const rows = await readAuditTrail(context.db, { entiteId, sujet, depuis, avant, premiers });
      return rows.map((row) => ({ ...row, sousGraphe: subgraph }));
    }
  }
  return JournalAuditResolver;
}
