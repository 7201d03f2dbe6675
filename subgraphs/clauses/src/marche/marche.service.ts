import { ConflictError, ForbiddenError, InputCheck, isIsoDate, paginate, requirePlie, type SubgraphContext } from '@plie-hub/kit';
import { randomUUID } from 'node:crypto';
import { MarcheEntity } from './marche.entity';
import type { CreerMarcheInput, FiltreMarches } from './marche.input';

const FACILITATION_ROLES = ['FACILITATEUR_CLAUSES', 'ADMIN'] as const;

export async function creerMarche(context: SubgraphContext, input: CreerMarcheInput): Promise<MarcheEntity> {
  requirePlie(context, input.plieCode);
  const check = new InputCheck('input');
  check.text('reference', input.reference, 'La référence du marché', { max: 60 });
  check.text('objet', input.objet, "L'objet du marché", { max: 500 });
  check.text('donneurOrdre', input.donneurOrdre, "Le donneur d'ordre", { max: 200 });
  check.rule(isIsoDate(input.dateNotification), 'dateNotification', 'La date de notification est invalide.');
  check.rule(!input.montantHt.isNegative() && input.montantHt.cents > 0n, 'montantHt', 'Le montant HT doit être positif.');
  check.integer('heuresInsertionPrevues', input.heuresInsertionPrevues, "Le nombre d'heures d'insertion prévues", 0, 1_000_000);
  check.done();
  return context.db.transaction(async (manager) => {
    const duplicate = await manager.findOneBy(MarcheEntity, { plieCode: input.plieCode, reference: input.reference.trim() });
    if (duplicate) throw new ConflictError(`Un marché de référence ${input.reference.trim()} est déjà suivi par ce PLIE.`);
    return manager.save(
      manager.create(MarcheEntity, {
        id: randomUUID(),
        plieCode: input.plieCode,
        reference: input.reference.trim(),
        objet: input.objet.trim(),
        typeMarche: input.typeMarche,
        donneurOrdre: input.donneurOrdre.trim(),
        dateNotification: input.dateNotification,
        montantHt: input.montantHt,
        heuresInsertionPrevues: input.heuresInsertionPrevues,
      }),
    );
  });
}

/** Facilitators see the marchés of their PLIEs. */
export function listerMarches(context: SubgraphContext, args: { first: number; after?: string | null }, filtre: FiltreMarches) {
  const { caller } = context;
  if (!caller.roles.some((role) => (FACILITATION_ROLES as readonly string[]).includes(role))) {
    throw new ForbiddenError('Les marchés sont réservés aux facilitateurs des clauses sociales.');
  }
  const query = context.db.getRepository(MarcheEntity).createQueryBuilder('m');
  if (!caller.roles.includes('ADMIN')) query.where('m.plieCode IN (:...plies)', { plies: caller.plies.length ? caller.plies : [''] });
  if (filtre.plieCode) query.andWhere('m.plieCode = :plieCode', { plieCode: filtre.plieCode });
  return paginate(query, args, [
    { column: 'm.dateNotification', value: (m) => m.dateNotification, direction: 'DESC' },
    { column: 'm.id', value: (m) => m.id, direction: 'DESC' },
  ]);
}

export function assertCanReadMarche(context: SubgraphContext, marche: MarcheEntity): void {
  if (!context.caller.roles.some((role) => (FACILITATION_ROLES as readonly string[]).includes(role))) {
    throw new ForbiddenError('Les marchés sont réservés aux facilitateurs des clauses sociales.');
  }
  requirePlie(context, marche.plieCode);
}
