import { normaliseName, answersRightOfAccess } from '@plie-hub/auth';
import { BadUserInputError, defineLoader, ForbiddenError, groupByKey, isIsoDate, NotFoundError, paginate, type PageColumns, type SortKey, type SubgraphContext, today } from '@plie-hub/kit';
import type { SelectQueryBuilder } from 'typeorm';
import { StatutPrescription, TriPrescriptions } from './enums';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { PrescriptionPartner } from './partner';
import { assertCanRead, isPrescriberOf, readableStructures } from './prescription.access';

export interface FiltrePrescriptions {
  statut?: StatutPrescription | null;
  plieCode?: string | null;
  creeApres?: string | null;
  creeAvant?: string | null;
  recherche?: string | null;
}

/** The effective status in SQL: a transmitted fiche past its delay is EXPIREE. */
function whereStatus<T extends FichePrescriptionEntity>(query: SelectQueryBuilder<T>, statut: StatutPrescription): void {
  if (statut === StatutPrescription.EXPIREE) {
    query.andWhere("f.statut = 'TRANSMISE' AND f.expireLe < :today", { today: today() });
  } else if (statut === StatutPrescription.TRANSMISE) {
    query.andWhere("f.statut = 'TRANSMISE' AND f.expireLe >= :today", { today: today() });
  } else {
    query.andWhere('f.statut = :statut', { statut });
  }
}

const SORTS: Record<TriPrescriptions, Array<SortKey<FichePrescriptionEntity>>> = {
  [TriPrescriptions.CREATION_RECENTE]: [
    { column: 'f.creeLe', value: (f) => f.creeLe, direction: 'DESC' },
    { column: 'f.id', value: (f) => f.id, direction: 'DESC' },
  ],
  [TriPrescriptions.CREATION_ANCIENNE]: [
    { column: 'f.creeLe', value: (f) => f.creeLe, direction: 'ASC' },
    { column: 'f.id', value: (f) => f.id, direction: 'ASC' },
  ],
  [TriPrescriptions.NOM]: [
    { column: 'f.rechercheNom', value: (f) => f.rechercheNom, direction: 'ASC' },
    { column: 'f.id', value: (f) => f.id, direction: 'ASC' },
  ],
  [TriPrescriptions.TRANSMISSION_RECENTE]: [
    // Drafts have no transmission date: they sort last, by creation.
    { column: "COALESCE(f.transmiseLe, '-infinity')", value: (f) => f.transmiseLe ?? '-infinity', direction: 'DESC' },
    { column: 'f.id', value: (f) => f.id, direction: 'DESC' },
  ],
};

/**
 * What a page of fiches reads besides the columns of the fields asked: the sort keys of every order (the cursor),
 * what the status and the access checks read, and what the fields computed by the resolvers read. The prescriber's
 * list of the benchmark (S1) needs 24 of the fiche's 49 columns; decoding and hydrating all 49 was 29 % of the France
 * Travail subgraph's busy samples on it (BENCHMARKS.md).
 */
const PAGE_COLUMNS: PageColumns = {
  always: ['id', 'statut', 'expireLe', 'structureId', 'plieCode', 'creeLe', 'transmiseLe', 'rechercheNom'],
  derived: {
    statut: ['statut', 'expireLe'],
    plie: ['plieCode'],
    prescripteur: ['structureId', 'prescripteur'],
    complements: ['id'],
    personneRapprochee: ['cleRapprochement', 'plieCode', 'statut'],
    cleRapprochement: ['cleRapprochement', 'plieCode', 'statut'],
  },
};

export class PrescriptionQueries<TEntity extends FichePrescriptionEntity> {
  constructor(private readonly partner: PrescriptionPartner<TEntity, never>) {}

  async get(context: SubgraphContext, fiche: TEntity | null, id: string): Promise<TEntity> {
    if (!fiche) throw new NotFoundError(`Aucune fiche de prescription ${this.partner.suffix} n'a l'identifiant ${id.slice(0, 40)}.`);
    await assertCanRead(context, this.partner as never, fiche);
    return fiche;
  }

  /** The fiches the caller may read: its structure's (and its network's when shared), or those sent to its PLIEs. */
  private async scope(context: SubgraphContext): Promise<SelectQueryBuilder<TEntity>> {
    const { caller } = context;
    const query = context.db.getRepository(this.partner.entity).createQueryBuilder('f');
    if (isPrescriberOf(caller, this.partner)) {
      query.where('f.structureId IN (:...structures)', { structures: await readableStructures(context.db, caller.org.id) });
    } else if (caller.roles.includes('COORDINATION_PLIE') && caller.plies.length > 0) {
      query.where('f.plieCode IN (:...plies)', { plies: caller.plies }).andWhere("f.statut <> 'BROUILLON'");
    } else {
      throw new ForbiddenError('Les fiches de prescription ne sont accessibles qu’aux prescripteurs et à la coordination du PLIE destinataire.');
    }
    return query;
  }

  /** `fields`, those asked of the page's fiches (`nodeFieldsOf`), limits the columns read to theirs; null reads all. */
  async list(context: SubgraphContext, args: { first: number; after?: string | null }, filtre: FiltrePrescriptions, tri: TriPrescriptions, fields: Set<string> | null = null) {
    const query = await this.scope(context);
    if (filtre.statut) whereStatus(query, filtre.statut);
    if (filtre.plieCode) query.andWhere('f.plieCode = :plieCode', { plieCode: filtre.plieCode });
    for (const [field, value, op] of [['creeApres', filtre.creeApres, '>='], ['creeAvant', filtre.creeAvant, '<']] as const) {
      if (!value) continue;
      if (!isIsoDate(value)) throw new BadUserInputError({ field: `filtre.${field}`, message: 'Date de filtre invalide (AAAA-MM-JJ).' });
      query.andWhere(`f.creeLe ${op} :${field}`, { [field]: value });
    }
    if (filtre.recherche?.trim()) {
      const words = normaliseName(filtre.recherche).toLowerCase().split(' ').filter(Boolean).slice(0, 5);
      words.forEach((word, i) => query.andWhere(`f.rechercheNom LIKE :w${i}`, { [`w${i}`]: `%${word}%` }));
    }
    return paginate(query, args, SORTS[tri] as Array<SortKey<TEntity>>, { fields, columns: PAGE_COLUMNS });
  }

  /** The commission's agenda for one PLIE: transmitted, not expired, oldest first. `fields` as for `list`. */
  toExamine(context: SubgraphContext, plieCode: string, args: { first: number; after?: string | null }, fields: Set<string> | null = null) {
    const { caller } = context;
    if (!caller.roles.includes('COORDINATION_PLIE') || !caller.plies.includes(plieCode)) {
      throw new ForbiddenError(`L'ordre du jour est réservé à la coordination du PLIE ${plieCode.slice(0, 30)}.`);
    }
    const query = context.db.getRepository(this.partner.entity).createQueryBuilder('f').where('f.plieCode = :plieCode', { plieCode });
    whereStatus(query, StatutPrescription.TRANSMISE);
    return paginate(
      query,
      args,
      [
        { column: 'f.transmiseLe', value: (f) => f.transmiseLe!, direction: 'ASC' },
        { column: 'f.id', value: (f) => f.id, direction: 'ASC' },
      ],
      { fields, columns: PAGE_COLUMNS },
    );
  }

  /**
   * Fiches by person match key: for the coordination, those transmitted to its PLIEs; for the DPO answering a
   * right-of-access request, every fiche this partner holds on the person, drafts included.
   */
  byMatchKeyLoader() {
    return defineLoader<string, TEntity[]>(async (keys, context) => {
      const { caller } = context;
      const dpo = answersRightOfAccess(caller);
      if (!dpo && (!caller.roles.includes('COORDINATION_PLIE') || caller.plies.length === 0)) return keys.map(() => []);
      const query = context.db
        .getRepository(this.partner.entity)
        .createQueryBuilder('f')
        .where('f.cleRapprochement IN (:...keys)', { keys: [...keys] });
      if (!dpo) query.andWhere('f.plieCode IN (:...plies)', { plies: caller.plies }).andWhere("f.statut <> 'BROUILLON'");
      const rows = await query.orderBy('f.creeLe', 'DESC').getMany();
      return groupByKey(keys, rows, (row) => row.cleRapprochement);
    });
  }

  /** How many fiches the caller can read, by effective status. */
  async countByStatus(context: SubgraphContext): Promise<Array<{ statut: StatutPrescription; nombre: number }>> {
    const query = await this.scope(context);
    const rows: Array<{ statut: StatutPrescription; nombre: number }> = await query
      .select(`CASE WHEN f.statut = 'TRANSMISE' AND f.expireLe < :today THEN 'EXPIREE' ELSE f.statut END`, 'statut')
      .addSelect('count(*)::int', 'nombre')
      .setParameter('today', today())
      .groupBy('1')
      .getRawMany();
    const byStatus = new Map(rows.map((row) => [row.statut, row.nombre]));
    return Object.values(StatutPrescription).map((statut) => ({ statut, nombre: byStatus.get(statut) ?? 0 }));
  }
}
