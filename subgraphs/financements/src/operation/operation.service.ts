import { ForbiddenError, InputCheck, isValidSiret, paginate, requirePlie, type SubgraphContext } from '@plie-hub/kit';
import { randomUUID } from 'node:crypto';
import { OperationEntity } from './operation.entity';
import type { DeposerOperationInput, FiltreOperations } from './operation.input';
import { StatutOperation } from './operation.type';

const GESTION_ROLES = ['GESTIONNAIRE_FSE', 'ADMIN'];

export async function deposerOperation(context: SubgraphContext, input: DeposerOperationInput): Promise<OperationEntity> {
  requirePlie(context, input.plieCode);
  const check = new InputCheck('input');
  check.text('intitule', input.intitule, "L'intitulé de l'opération", { max: 300 });
  const porteur = check.nested('porteur');
  if (porteur.text('siret', input.porteur.siret, 'Le SIRET du porteur', { max: 14 })) {
    porteur.rule(isValidSiret(input.porteur.siret), 'siret', 'Le SIRET du porteur est invalide (14 chiffres avec une clé de contrôle correcte).');
  }
  porteur.text('nom', input.porteur.nom, 'Le nom du porteur', { max: 200 });
  check.integer('annee', input.annee, "L'année de l'opération", 2021, 2029);
  check.rule(input.coutTotal.cents > 0n, 'coutTotal', 'Le coût total doit être positif.');
  check.rule(!input.montantFse.isNegative(), 'montantFse', 'Le montant FSE+ ne peut pas être négatif.');
  check.rule(input.montantFse.compare(input.coutTotal) <= 0, 'montantFse', 'Le montant FSE+ ne peut pas dépasser le coût total.');
  check.done();
  return context.db.getRepository(OperationEntity).save({
    id: randomUUID(),
    plieCode: input.plieCode,
    intitule: input.intitule.trim(),
    porteur: { siret: input.porteur.siret, nom: input.porteur.nom.trim() },
    annee: input.annee,
    statut: StatutOperation.DEPOSEE,
    coutTotal: input.coutTotal,
    montantFse: input.montantFse,
  });
}

export function assertCanReadOperation(context: SubgraphContext, operation: OperationEntity): void {
  if (!context.caller.roles.some((role) => GESTION_ROLES.includes(role))) {
    throw new ForbiddenError('Les opérations FSE+ sont réservées aux gestionnaires FSE.');
  }
  requirePlie(context, operation.plieCode);
}

export function listerOperations(context: SubgraphContext, args: { first: number; after?: string | null }, filtre: FiltreOperations) {
  const { caller } = context;
  const query = context.db.getRepository(OperationEntity).createQueryBuilder('o');
  if (!caller.roles.includes('ADMIN')) query.where('o.plieCode IN (:...plies)', { plies: caller.plies.length ? caller.plies : [''] });
  if (filtre.plieCode) query.andWhere('o.plieCode = :plieCode', { plieCode: filtre.plieCode });
  if (filtre.annee) query.andWhere('o.annee = :annee', { annee: filtre.annee });
  return paginate(query, args, [
    { column: 'o.annee', value: (o) => o.annee, direction: 'DESC' },
    { column: 'o.id', value: (o) => o.id, direction: 'ASC' },
  ]);
}
