import { decodePerimetre, loadFound, Montant, type SubgraphContext } from '@plie-hub/kit';
import { Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { MontantScalar } from '@plie-hub/kit';
import { financementsByPlieYear } from '../plie/plie-financements.resolver';
import { CofinancementFinanceur } from '../plie/plie.type';

/** The consolidated view (owned by parcours); its participant count comes with the representation (`@requires`). */
@Directive('@key(fields: "id")')
@ObjectType('VueCopil')
export class VueCopilFinancements {
  @Field(() => ID) id: string;

  @Directive('@external')
  @Field(() => Int)
  personnesAccompagnees: number;
}

@ObjectType('PartieFinancements', { description: 'La part du FSE+ dans la vue COPIL : programmé, consommé, cofinancements, coût par participant.' })
export class PartieFinancements {
  @Field(() => Int) nombreOperations: number;
  @Field(() => MontantScalar) coutTotalProgramme: Montant;
  @Field(() => MontantScalar) fseProgramme: Montant;
  @Field(() => MontantScalar) fseConsomme: Montant;
  @Field(() => [CofinancementFinanceur]) cofinancements: CofinancementFinanceur[];
  @Field(() => MontantScalar, { nullable: true, description: 'Coût programmé / personnes accompagnées (du sous-graphe parcours).' }) coutParParticipant: Montant | null;
}

@Resolver(() => VueCopilFinancements)
export class VueCopilFinancementsResolver {
  @Directive('@requires(fields: "personnesAccompagnees")')
  @FieldResolver(() => PartieFinancements, { nullable: true })
  async financements(@Root() root: { id: string; personnesAccompagnees?: number }, @Ctx() context: SubgraphContext): Promise<PartieFinancements> {
    const p = decodePerimetre(root.id, context);
    const years = Array.from({ length: Number(p.fin.slice(0, 4)) - Number(p.debut.slice(0, 4)) + 1 }, (_, i) => Number(p.debut.slice(0, 4)) + i).slice(0, 15);
    const rows = await loadFound(context.loaders.get(financementsByPlieYear), p.plies.flatMap((code) => years.map((annee) => JSON.stringify([code, annee]))));
    const cout = Montant.sum(rows.map((r) => r.coutTotalProgramme));
    const byFunder = new Map<string, Montant>();
    for (const row of rows) for (const c of row.cofinancements) byFunder.set(c.financeur, (byFunder.get(c.financeur) ?? Montant.ZERO).plus(c.montant));
    const personnes = root.personnesAccompagnees ?? 0;
    return {
      nombreOperations: rows.reduce((s, r) => s + r.nombreOperations, 0),
      coutTotalProgramme: cout,
      fseProgramme: Montant.sum(rows.map((r) => r.fseProgramme)),
      fseConsomme: Montant.sum(rows.map((r) => r.fseConsomme)),
      cofinancements: [...byFunder.entries()].map(([financeur, montant]) => ({ financeur: financeur as never, montant, part: montant.percentOf(cout) })),
      coutParParticipant: personnes > 0 ? Montant.fromCents((cout.cents * 2n + BigInt(personnes)) / (BigInt(personnes) * 2n)) : null,
    };
  }
}
