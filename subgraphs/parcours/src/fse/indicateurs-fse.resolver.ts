import { defineLoader, FichierExport, FormatExport, ForbiddenError, requirePlie, type SubgraphContext, toCsv, toXlsx } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Plie } from '../plie/plie.type';
import type { PlieEntity } from '../plie/plie.entity';
import { EffectifAnnee, IndicateurFse, OperationRef } from './indicateurs-fse.type';
import { enCoursSql } from '../statistiques/statistiques.service';
import { indicateursCommuns, participantsFse } from './indicateurs-fse.service';

const HEADER = ['identifiant_pseudonyme', 'sexe', 'date_entree', 'age_entree', 'situation_emploi_entree', 'niveau_cite', 'handicap', 'nationalite', 'sans_domicile', 'rural', 'qpv', 'sortie', 'date_sortie', 'confirmee_6_mois'];

/** The operations of one request (a page, a COPIL view) are counted by one query. */
const indicateursByOperation = defineLoader<string, IndicateurFse[]>(async (keys, { db }) =>
  indicateursCommuns(db, keys.map((key) => JSON.parse(key) as { plieCode: string; debut: string; fin: string })),
);

function assertGestionnaire(context: SubgraphContext, plieCode: string): void {
  const { caller } = context;
  if (!caller.roles.includes('ADMIN') && !(caller.roles.includes('GESTIONNAIRE_FSE') && caller.plies.includes(plieCode))) {
    throw new ForbiddenError(`Réservé aux gestionnaires FSE du PLIE ${plieCode.slice(0, 30)}.`);
  }
}

@Resolver(() => OperationRef)
export class OperationFseResolver {
  @Directive('@requires(fields: "plieCode debut fin")')
  @FieldResolver(() => [IndicateurFse], { nullable: true, description: 'Indicateurs communs FSE+ des participants de l’opération, à partir de leur situation à l’entrée.' })
  indicateursCommunsFse(@Root() operation: OperationRef, @Ctx() context: SubgraphContext) {
    assertGestionnaire(context, operation.plieCode);
    return context.loaders.get(indicateursByOperation).load(JSON.stringify({ plieCode: operation.plieCode, debut: operation.debut, fin: operation.fin }));
  }

  @Directive('@requires(fields: "plieCode debut fin")')
  @FieldResolver(() => FichierExport, { nullable: true, description: 'Fichier participants FSE+ (une ligne par participant, identifiant pseudonyme, sans nom).' })
  async fichierParticipantsFse(@Root() operation: OperationRef, @Arg('format', () => FormatExport) format: FormatExport, @Ctx() context: SubgraphContext) {
    assertGestionnaire(context, operation.plieCode);
    const rows = await participantsFse(context.db, operation.plieCode, operation.debut, operation.fin, context.settings.matchKey);
    const sheet = {
      name: 'Participants',
      header: HEADER,
      rows: rows.map((r) => [r.id, r.sexe, r.entree_date, r.entree_age, r.entree_statut_emploi, r.entree_tranche_cite, r.entree_handicap, r.entree_nationalite, r.entree_sans_abri, r.entree_rural, r.entree_qpv, r.sortie, r.sortie_date, r.confirmee_6_mois].map((v) => (v === null || v === undefined ? null : typeof v === 'number' ? v : String(v)))),
    };
    const name = `participants-fse-${operation.id.slice(0, 8)}`;
    return format === FormatExport.XLSX ? toXlsx(name, [sheet]) : toCsv(name, sheet);
  }
}

@Resolver(() => Plie)
export class FileActiveResolver {
  @Authorized('COORDINATION_PLIE', 'COPIL', 'GESTIONNAIRE_FSE', 'ADMIN')
  @FieldResolver(() => [EffectifAnnee], { description: 'Personnes accompagnées chaque année depuis 2018 (file active annuelle).' })
  async fileActiveParAnnee(@Root() plie: PlieEntity, @Ctx() context: SubgraphContext): Promise<EffectifAnnee[]> {
    requirePlie(context, plie.code);
    return context.db.query(
      `SELECT y AS annee, count(DISTINCT pa.participant_id)::int AS participants
         FROM generate_series(2018, extract(year FROM current_date)::int) AS y
         LEFT JOIN parcours pa ON pa.plie_code = $1 AND ${enCoursSql('make_date(y, 1, 1)', 'make_date(y, 12, 31)')}
        GROUP BY y ORDER BY y`,
      [plie.code],
    );
  }
}
