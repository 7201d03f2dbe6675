import { entitiesByKeyLoader, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { HeuresInsertionEntity } from '../heures/heures.entity';
import { importerHeures, saisirHeures } from '../heures/heures.service';
import { loadMarche } from '../marche/marche.resolver';
import { LotEntity } from '../marche/lot.entity';
import { ContratClauseEntity } from './contrat.entity';
import { creerContrat, declarerPersonneEligible } from './contrat.service';
import { ContratClause, ContratClauseInput, HeuresMensuelles, HeuresMensuellesInput, PersonneEligible, PersonneEligibleInput, RapportImportHeures } from './contrat.type';

const heuresByContrat = entitiesByKeyLoader(HeuresInsertionEntity, 'contrat_id', 'mois ASC');
const ROLES = ['FACILITATEUR_CLAUSES', 'ADMIN'] as const;

@Resolver(() => ContratClause)
export class ContratResolver {
  @Authorized(...ROLES)
  @Query(() => [ContratClause], { description: "Les contrats d'un marché." })
  async contrats(@Arg('marcheId', () => ID) marcheId: string, @Ctx() context: SubgraphContext) {
    await loadMarche(context, marcheId);
    const lots = await context.db.getRepository(LotEntity).findBy({ marcheId });
    return context.db.getRepository(ContratClauseEntity).find({ where: { lotId: In(lots.map((l) => l.id)) }, order: { reference: 'ASC' } });
  }

  @Authorized(...ROLES)
  @Mutation(() => PersonneEligible, { description: "Enregistre la vérification d'éligibilité d'une personne (critère, justificatif, validité)." })
  declarerPersonneEligible(@Arg('input', () => PersonneEligibleInput) input: PersonneEligibleInput, @Ctx() context: SubgraphContext) {
    return declarerPersonneEligible(context, input);
  }

  @Authorized(...ROLES)
  @Mutation(() => ContratClause, { description: "Enregistre le contrat d'une personne éligible sur un lot." })
  creerContratClause(@Arg('input', () => ContratClauseInput) input: ContratClauseInput, @Ctx() context: SubgraphContext) {
    return creerContrat(context, input);
  }

  @Authorized(...ROLES)
  @Mutation(() => HeuresMensuelles, { description: "Saisit les heures d'un contrat pour un mois (remplace la saisie précédente)." })
  async saisirHeures(@Arg('input', () => HeuresMensuellesInput) input: HeuresMensuellesInput, @Ctx() context: SubgraphContext) {
    return toMensuelles(await saisirHeures(context, input));
  }

  @Authorized(...ROLES)
  @Mutation(() => RapportImportHeures, {
    description: "Importe le relevé mensuel des entreprises (CSV ou XLSX : reference_contrat, mois, heures_travail, heures_formation). Les lignes valides sont enregistrées ensemble ; un nouvel import du même fichier ne change rien.",
  })
  importerHeures(@Arg('contenuBase64', () => String) contenuBase64: string, @Ctx() context: SubgraphContext) {
    return importerHeures(context, Buffer.from(contenuBase64, 'base64'));
  }

  @FieldResolver(() => [HeuresMensuelles])
  async heures(@Root() contrat: ContratClauseEntity, @Ctx() context: SubgraphContext) {
    return (await context.loaders.get(heuresByContrat).load(contrat.id)).map(toMensuelles);
  }
}

const toMensuelles = (h: HeuresInsertionEntity) => ({ mois: h.mois.slice(0, 7), heuresTravail: Number(h.heuresTravail), heuresFormation: Number(h.heuresFormation) });
