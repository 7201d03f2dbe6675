import { ConnectionArgs, connectionType, DateScalar, decodePerimetre, defineVueLoader, Effectif, ForbiddenError, InputCheck, maskCount, nodeFieldsOf, periodesSql, rowOfPeriode, type SubgraphContext, utcDaysSql, vueCopilType } from '@plie-hub/kit';
import { PlieDestinataireEntity } from './plie-destinataire.entity';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ComplementPrescription } from './complement';
import { complementsByFiche } from './complement.loader';
import { StatutPrescription, TriPrescriptions } from './enums';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { FichePrescriptionInput } from './fiche-prescription.input';
import { decodeBase64File, importFiches } from './import/import.service';
import { COMMON_COLUMNS } from './import/row-to-input';
import type { PrescriptionPartner } from './partner';
import { type PersonneRapprochee, personneRapprocheeType } from './personne-rapprochee';
import { type PlieRef, plieRefType } from './plie-ref.type';
import { Prescripteur } from './prescripteur';
import { isDestinationCoordination } from './prescription.access';
import { prescriptionByIdLoader } from './prescription.loader';
import { PrescriptionQueries } from './prescription.query';
import { effectiveStatus, PrescriptionService } from './prescription.service';
import { CompteurPrescriptions, RapportImportPrescriptions } from './report.type';

/**
 * Builds the queries and mutations of one partner's fiches. The three prescription subgraphs call this with their
 * own partner description; the GraphQL names carry the partner suffix so the three compose side by side.
 */
export function createPrescriptionResolver<TEntity extends FichePrescriptionEntity, TInput extends FichePrescriptionInput>(
  partner: PrescriptionPartner<TEntity, TInput>,
) {
  const { suffix } = partner;
  const service = new PrescriptionService(partner);
  const queries = new PrescriptionQueries(partner as PrescriptionPartner<TEntity, never>);
  const byId = prescriptionByIdLoader(partner);
  const byMatchKey = queries.byMatchKeyLoader();
  const Connection = connectionType(partner.type, `Prescription${suffix}`);
  const PlieType = plieRefType();
  const PersonneType = personneRapprocheeType();
  const VueCopilType = vueCopilType();

  /** The fiches received by the views of a request (a view and its previous period), in one statement. */
  const recuesByVue = defineVueLoader<number>(async (plies, views, context) => {
    // One count per period: joined to the periods instead, the fiches were read once and compared with each period
    // (25 ms for the 11 Gironde PLIEs on a table not yet vacuumed, against 3.9 ms).
    const rows: Array<{ k: string; n: number }> = await context.db.query(
      `SELECT per.k, (SELECT count(*)::int FROM prescription WHERE plie_code = ANY ($1) AND ${utcDaysSql('transmise_le', 'per.debut', 'per.fin')}) AS n
         FROM ${periodesSql('$2', '$3')}`,
      [plies, views.map((p) => p.debut), views.map((p) => p.fin)],
    );
    return views.map((_, i) => rowOfPeriode(rows, i)?.n ?? 0);
  });

  @Resolver(() => VueCopilType)
  class VueCopilPrescriptionsResolver {
    @FieldResolver(() => Effectif, {
      name: `prescriptionsRecues${suffix}`,
      nullable: true,
      description: 'Fiches de ce partenaire transmises sur la période aux PLIEs de la vue (secret statistique appliqué).',
    })
    async recues(@Root() vue: { id: string }, @Ctx() context: SubgraphContext): Promise<Effectif> {
      const p = decodePerimetre(vue.id, context);
      return maskCount(await context.loaders.get(recuesByVue).load(vue.id), p.seuil);
    }
  }

  @InputType(`FiltrePrescriptions${suffix}`)
  class Filtre {
    @Field(() => StatutPrescription, { nullable: true })
    statut?: StatutPrescription | null;

    @Field(() => ID, { nullable: true })
    plieCode?: string | null;

    @Field(() => DateScalar, { nullable: true, description: 'Créées ce jour ou après.' })
    creeApres?: string | null;

    @Field(() => DateScalar, { nullable: true, description: 'Créées avant ce jour.' })
    creeAvant?: string | null;

    @Field(() => String, { nullable: true, description: 'Mots du nom ou du prénom (sans accents ni casse).' })
    recherche?: string | null;
  }

  @Resolver(() => PersonneType)
  class PersonneResolver {
    @Authorized('COORDINATION_PLIE', 'DPO')
    @FieldResolver(() => [partner.type], {
      name: `prescriptions${suffix}`,
      nullable: true,
      description: 'Les fiches de ce partenaire pour cette personne, transmises à vos PLIEs (coordination) ; toutes pour le DPO (droit d’accès).',
    })
    prescriptions(@Root() personne: PersonneRapprochee, @Ctx() context: SubgraphContext) {
      return context.loaders.get(byMatchKey).load(personne.cleRapprochement);
    }
  }

  @Resolver(() => PlieType)
  class PlieAgendaResolver {
    @Authorized('COORDINATION_PLIE')
    @FieldResolver(() => Connection, {
      name: `prescriptionsAExaminer${suffix}`,
      description: 'Fiches transmises à ce PLIE, non expirées et non annulées, les plus anciennes d’abord : l’ordre du jour de la commission.',
    })
    aExaminer(@Root() plie: PlieRef, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: SubgraphContext, @Info() info: GraphQLResolveInfo) {
      return queries.toExamine(context, plie.code, args, nodeFieldsOf(info));
    }
  }

  @Resolver(() => partner.type)
  class PrescriptionResolver {
    @Authorized()
    @Query(() => partner.type, { name: `prescription${suffix}`, description: 'Une fiche, si elle vous est accessible.' })
    async one(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<TEntity> {
      return queries.get(context, await context.loaders.get(byId).load(id), id);
    }

    @Authorized()
    @Query(() => Connection, {
      name: `prescriptions${suffix}`,
      description: 'Les fiches de votre structure (prescripteur) ou transmises à vos PLIEs (coordination).',
    })
    list(
      @Args(() => ConnectionArgs) args: ConnectionArgs,
      @Arg('filtre', () => Filtre, { nullable: true }) filtre: Filtre | null,
      @Arg('tri', () => TriPrescriptions, { defaultValue: TriPrescriptions.CREATION_RECENTE }) tri: TriPrescriptions,
      @Ctx() context: SubgraphContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return queries.list(context, args, filtre ?? {}, tri, nodeFieldsOf(info));
    }

    @Authorized()
    @Query(() => [CompteurPrescriptions], { name: `compteursPrescriptions${suffix}`, description: 'Vos fiches par statut.' })
    counts(@Ctx() context: SubgraphContext) {
      return queries.countByStatus(context);
    }

    @Authorized('PRESCRIPTEUR')
    @Query(() => String, {
      name: `modeleImportPrescriptions${suffix}`,
      description: "La ligne d'en-tête du fichier d'import (CSV, séparateur ;), dans l'ordre attendu.",
    })
    importTemplate(): string {
      return [...COMMON_COLUMNS, ...partner.csvColumns.map((column) => column.header)].join(';');
    }

    @Authorized('PRESCRIPTEUR')
    @Mutation(() => partner.type, {
      name: `creerPrescription${suffix}`,
      description: 'Crée une fiche en brouillon. Rejouée avec la même clé d’idempotence, renvoie la fiche déjà créée.',
    })
    create(
      @Arg('input', () => partner.input) input: TInput,
      @Arg('cleIdempotence', () => String, { nullable: true, description: 'Identifiant unique choisi par le client pour cette création.' })
      cleIdempotence: string | null,
      @Ctx() context: SubgraphContext,
    ): Promise<TEntity> {
      return service.create(context, input, cleIdempotence ?? null);
    }

    @Authorized('PRESCRIPTEUR')
    @Mutation(() => partner.type, { name: `modifierPrescription${suffix}`, description: 'Remplace le contenu d’un brouillon.' })
    update(
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int, { description: 'La version lue : une version périmée est refusée (CONFLICT).' }) version: number,
      @Arg('input', () => partner.input) input: TInput,
      @Ctx() context: SubgraphContext,
    ): Promise<TEntity> {
      return service.update(context, id, version, input);
    }

    @Authorized('PRESCRIPTEUR')
    @Mutation(() => partner.type, { name: `transmettrePrescription${suffix}`, description: 'Transmet un brouillon au PLIE destinataire.' })
    transmit(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: SubgraphContext): Promise<TEntity> {
      return service.transmit(context, id, version);
    }

    @Authorized('PRESCRIPTEUR')
    @Mutation(() => partner.type, { name: `annulerPrescription${suffix}`, description: 'Annule un brouillon ou une fiche transmise, avec un motif.' })
    cancel(
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int) version: number,
      @Arg('motif', () => String) motif: string,
      @Ctx() context: SubgraphContext,
    ): Promise<TEntity> {
      return service.cancel(context, id, version, motif);
    }

    @Authorized('PRESCRIPTEUR')
    @Mutation(() => partner.type, { name: `completerPrescription${suffix}`, description: 'Ajoute un complément à une fiche transmise (historisé).' })
    complete(@Arg('id', () => ID) id: string, @Arg('texte', () => String) texte: string, @Ctx() context: SubgraphContext): Promise<TEntity> {
      return service.complete(context, id, texte);
    }

    @Authorized('PRESCRIPTEUR')
    @Mutation(() => RapportImportPrescriptions, {
      name: `importerPrescriptions${suffix}`,
      description: 'Importe un fichier CSV de fiches (UTF-8 ou Windows-1252, séparateur ; ou ,) en brouillons : lignes valides créées ensemble, lignes rejetées détaillées.',
    })
    importFile(@Arg('contenuBase64', () => String) contenuBase64: string, @Ctx() context: SubgraphContext) {
      return importFiches({ db: context.db, caller: context.caller, matchKey: context.settings.matchKey, partner, service, bytes: decodeBase64File(contenuBase64) });
    }

    @Authorized('ADMIN')
    @Mutation(() => Boolean, {
      name: `declarerPlieDestinataire${suffix}`,
      description: 'Déclare (ou met à jour) un PLIE auquel ce partenaire prescrit, avec le délai convenu et sa règle d’âge.',
    })
    async declarePlie(
      @Arg('code', () => ID) code: string,
      @Arg('delaiExpirationJours', () => Int, { defaultValue: 90 }) delaiExpirationJours: number,
      @Arg('ageMaximumJeunes', () => Int, { nullable: true }) ageMaximumJeunes: number | null,
      @Arg('ageMaximumJeunesRqth', () => Int, { nullable: true }) ageMaximumJeunesRqth: number | null,
      @Ctx() context: SubgraphContext,
    ): Promise<boolean> {
      const check = new InputCheck();
      check.pattern('code', code, /^[A-Z0-9][A-Z0-9-]{1,29}$/, 'Le code du PLIE ne peut contenir que des majuscules, chiffres et tirets.');
      check.integer('delaiExpirationJours', delaiExpirationJours, "Le délai d'expiration", 7, 365);
      check.integer('ageMaximumJeunes', ageMaximumJeunes, "L'âge maximum", 16, 99);
      check.integer('ageMaximumJeunesRqth', ageMaximumJeunesRqth, "L'âge maximum avec RQTH", 16, 99);
      check.done();
      await context.db.getRepository(PlieDestinataireEntity).upsert(
        { code, actif: true, delaiExpirationJours, ageMinimum: 16, ageMaximumJeunes, ageMaximumJeunesRqth },
        ['code'],
      );
      return true;
    }

    @FieldResolver(() => StatutPrescription, { description: 'Statut côté prescripteur (EXPIREE calculé à partir du délai convenu).' })
    statut(@Root() fiche: TEntity): StatutPrescription {
      return effectiveStatus(fiche);
    }

    @FieldResolver(() => PlieType, { nullable: true, description: 'Le PLIE destinataire (absent seulement si le service du PLIE ne répond pas).' })
    plie(@Root() fiche: TEntity): PlieRef {
      return { code: fiche.plieCode };
    }

    @FieldResolver(() => Prescripteur)
    prescripteur(@Root() fiche: TEntity): Prescripteur {
      return { structureId: fiche.structureId, ...fiche.prescripteur };
    }

    @FieldResolver(() => [ComplementPrescription], { description: 'Compléments apportés après la transmission, du plus ancien au plus récent.' })
    complements(@Root() fiche: TEntity, @Ctx() context: SubgraphContext) {
      return context.loaders.get(complementsByFiche).load(fiche.id);
    }

    @FieldResolver(() => PersonneType, {
      description: 'La personne, reconnue à travers les partenaires : ses autres fiches et sa participation au PLIE (doublons potentiels). Réservé à la coordination du PLIE destinataire.',
    })
    personneRapprochee(@Root() fiche: TEntity, @Ctx() context: SubgraphContext): PersonneRapprochee {
      if (!isDestinationCoordination(context.caller, fiche)) {
        throw new ForbiddenError('Le rapprochement des personnes est réservé à la coordination du PLIE destinataire.');
      }
      return { cleRapprochement: fiche.cleRapprochement };
    }

    @FieldResolver(() => String, {
      description:
        "Clé de rapprochement pseudonyme de la personne (hachage à clé de l'identité normalisée), pour repérer les doublons entre partenaires. Réservée à la coordination du PLIE destinataire.",
    })
    cleRapprochement(@Root() fiche: TEntity, @Ctx() context: SubgraphContext): string {
      if (!isDestinationCoordination(context.caller, fiche)) {
        throw new ForbiddenError('La clé de rapprochement est réservée à la coordination du PLIE destinataire.');
      }
      return fiche.cleRapprochement;
    }
  }

  return { resolvers: [PrescriptionResolver, PersonneResolver, PlieAgendaResolver, VueCopilPrescriptionsResolver] as const, types: [PlieType, PersonneType, VueCopilType] };
}
