import { ConnectionArgs, connectionType, ForbiddenError, NotFoundError, paginate, type SubgraphContext, today } from '@plie-hub/kit';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AlerteEnum, StatutParcoursEnum, TypeEtapeEnum } from '../enums';
import { Participant } from '../participant/participant.type';
import { Referent } from '../referentiel/referentiel.type';
import { alertesOf } from './alertes';
import { assertCanAccessParcours, referentsBySub } from './parcours.access';
import { ParcoursEntity } from './parcours.entity';
import { EntretienInput, EtapeInput, SortieInput } from './parcours.input';
import {
  alerteFactsByParcours,
  entretiensByParcours,
  etapeEnCoursByParcours,
  etapesByParcours,
  mesuresByParcours,
  parcoursById,
  participantById,
  referentById,
  sortieByParcours,
  veillesByParcours,
} from './parcours.loaders';
import * as actions from './parcours.service';
import { Entretien, Etape, Mesure, Parcours, Sortie, Veille } from './parcours.type';

const ParcoursConnection = connectionType(Parcours, 'Parcours');
const ROLES = ['REFERENT', 'COORDINATION_PLIE'] as const;

@InputType('FiltreParcours')
class FiltreParcours {
  @Field(() => StatutParcoursEnum, { nullable: true })
  statut?: StatutParcoursEnum | null;

  @Field(() => ID, { nullable: true, description: 'Coordination : un PLIE parmi les vôtres.' })
  plieCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Coordination : les parcours d’un référent.' })
  referentId?: string | null;
}

@Resolver(() => Parcours)
export class ParcoursResolver {
  @Authorized(...ROLES)
  @Query(() => Parcours, { description: 'Un parcours de votre file active (référent) ou de votre PLIE (coordination).' })
  async parcours(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<ParcoursEntity> {
    const parcours = await context.loaders.get(parcoursById).load(id);
    if (!parcours) throw new NotFoundError(`Aucun parcours n'a l'identifiant ${id.slice(0, 40)}.`);
    await assertCanAccessParcours(context, parcours);
    return parcours;
  }

  @Authorized(...ROLES)
  @Query(() => ParcoursConnection, { description: 'La file active : vos parcours (référent) ou ceux de vos PLIEs (coordination), par date d’entrée.' })
  async fileActive(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filtre', () => FiltreParcours, { nullable: true }) filtre: FiltreParcours | null,
    @Ctx() context: SubgraphContext,
  ) {
    const { caller } = context;
    const query = context.db.getRepository(ParcoursEntity).createQueryBuilder('p');
    if (caller.roles.includes('COORDINATION_PLIE') && caller.plies.length > 0) {
      query.where('p.plieCode IN (:...plies)', { plies: caller.plies });
      if (filtre?.referentId) query.andWhere('p.referentId = :referentId', { referentId: filtre.referentId });
    } else {
      const referents = await context.loaders.get(referentsBySub).load(caller.sub);
      if (referents.length === 0) throw new ForbiddenError("Votre compte n'est rattaché à aucun référent de parcours.");
      query.where('p.referentId IN (:...referentIds)', { referentIds: referents.map((r) => r.id) });
    }
    if (filtre?.plieCode) query.andWhere('p.plieCode = :plieCode', { plieCode: filtre.plieCode });
    if (filtre?.statut) query.andWhere('p.statut = :statut', { statut: filtre.statut });
    else query.andWhere("p.statut IN ('ACTIF', 'EN_VEILLE')");
    return paginate(query, args, [
      { column: 'p.dateEntree', value: (p) => p.dateEntree, direction: 'DESC' },
      { column: 'p.id', value: (p) => p.id, direction: 'DESC' },
    ]);
  }

  @Authorized(...ROLES)
  @Mutation(() => Parcours, { description: 'Enregistre un entretien (présence, mode, relances).' })
  enregistrerEntretien(@Arg('parcoursId', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => EntretienInput) input: EntretienInput, @Ctx() context: SubgraphContext) {
    return actions.enregistrerEntretien(context, id, version, input);
  }

  @Authorized(...ROLES)
  @Mutation(() => Parcours, { description: 'Ajoute une étape (emploi, formation, SIAE, immersion, levée de frein, mission de clause).' })
  ajouterEtape(@Arg('parcoursId', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => EtapeInput) input: EtapeInput, @Ctx() context: SubgraphContext) {
    return actions.ajouterEtape(context, id, version, input);
  }

  @Authorized(...ROLES)
  @Mutation(() => Parcours, { description: 'Met le parcours en veille (étape longue, santé, réexamen RSA…).' })
  mettreEnVeille(@Arg('parcoursId', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('motif', () => String) motif: string, @Arg('debut', () => String) debut: string, @Ctx() context: SubgraphContext) {
    return actions.mettreEnVeille(context, id, version, motif, debut);
  }

  @Authorized(...ROLES)
  @Mutation(() => Parcours)
  leverVeille(@Arg('parcoursId', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('fin', () => String) fin: string, @Ctx() context: SubgraphContext) {
    return actions.leverVeille(context, id, version, fin);
  }

  @Authorized(...ROLES)
  @Mutation(() => Parcours, { description: 'Renouvelle la mesure, avec son bilan, dans la limite de durée du PLIE.' })
  renouvelerMesure(@Arg('parcoursId', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('bilan', () => String) bilan: string, @Ctx() context: SubgraphContext) {
    return actions.renouvelerMesure(context, id, version, bilan);
  }

  @Authorized('COORDINATION_PLIE', 'ADMIN')
  @Mutation(() => Parcours, { description: 'Confie le parcours à un autre référent (l’historique des affectations est gardé).' })
  changerReferent(@Arg('parcoursId', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('referentId', () => ID) referentId: string, @Ctx() context: SubgraphContext) {
    return actions.changerReferent(context, id, version, referentId);
  }

  @Authorized(...ROLES)
  @Mutation(() => Parcours, { description: 'Enregistre la sortie ; sa catégorie est calculée par les règles du PLIE.' })
  enregistrerSortie(@Arg('parcoursId', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => SortieInput) input: SortieInput, @Ctx() context: SubgraphContext) {
    return actions.enregistrerSortie(context, id, version, input);
  }

  @Authorized('COORDINATION_PLIE', 'ADMIN')
  @Mutation(() => Parcours, { description: 'La commission valide la sortie.' })
  validerSortie(@Arg('parcoursId', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('commissionId', () => ID) commissionId: string, @Ctx() context: SubgraphContext) {
    return actions.validerSortie(context, id, version, commissionId);
  }

  @Authorized(...ROLES)
  @Mutation(() => Parcours, { description: 'Constat à 6 mois d’une sortie positive : la personne est-elle toujours en emploi ou en formation ?' })
  confirmerSortie6Mois(@Arg('parcoursId', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('maintenu', () => Boolean) maintenu: boolean, @Ctx() context: SubgraphContext) {
    return actions.confirmerSortie6Mois(context, id, version, maintenu);
  }

  @FieldResolver(() => Participant)
  participant(@Root() parcours: ParcoursEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(participantById).load(parcours.participantId);
  }

  @FieldResolver(() => Referent, { nullable: true })
  referent(@Root() parcours: ParcoursEntity, @Ctx() context: SubgraphContext) {
    return parcours.referentId ? context.loaders.get(referentById).load(parcours.referentId) : null;
  }

  @FieldResolver(() => [Entretien], { description: 'Du plus récent au plus ancien.' })
  entretiens(@Root() parcours: ParcoursEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(entretiensByParcours).load(parcours.id);
  }

  @FieldResolver(() => [Etape], { description: 'De la plus récente à la plus ancienne.' })
  etapes(@Root() parcours: ParcoursEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(etapesByParcours).load(parcours.id);
  }

  @FieldResolver(() => Etape, { nullable: true, description: 'L’étape en cours aujourd’hui (la plus récente commencée et non terminée).' })
  async etapeEnCours(@Root() parcours: ParcoursEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(etapeEnCoursByParcours).load(parcours.id);
  }

  @FieldResolver(() => [Veille])
  veilles(@Root() parcours: ParcoursEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(veillesByParcours).load(parcours.id);
  }

  @FieldResolver(() => [Mesure])
  mesures(@Root() parcours: ParcoursEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(mesuresByParcours).load(parcours.id);
  }

  @FieldResolver(() => Sortie, { nullable: true })
  sortie(@Root() parcours: ParcoursEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(sortieByParcours).load(parcours.id);
  }

  @FieldResolver(() => [AlerteEnum], { description: 'Ce qui demande une action du référent ou de la coordination.' })
  async alertes(@Root() parcours: ParcoursEntity, @Ctx() context: SubgraphContext): Promise<AlerteEnum[]> {
    const facts = await context.loaders.get(alerteFactsByParcours).load(parcours.id);
    return facts ? alertesOf(parcours, facts.plie, facts.dernierContact, facts.sortie, today()) : [];
  }

  @FieldResolver(() => TypeEtapeEnum, { nullable: true, description: 'Type de l’étape en cours.' })
  async typeEtapeEnCours(@Root() parcours: ParcoursEntity, @Ctx() context: SubgraphContext) {
    return (await this.etapeEnCours(parcours, context))?.type ?? null;
  }
}
