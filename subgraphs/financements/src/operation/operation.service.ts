import { BadUserInputError, ConflictError, ForbiddenError, InputCheck, isUuid, isValidSiret, Montant, NotFoundError, paginate, type SubgraphContext } from '@plie-hub/kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { StatutOperationEnum } from '../enums';
import { checkPlan, computePlan, type PlanLignes } from '../plan/plan-rules';
import { AppelAProjetsEntity, FicheOperationEntity, OptionCoutsEntity } from '../programme/programme.entities';
import { IndicateurEntity, LigneDepenseEntity, OperationEntity, PlanEntity, RealiseEntity, RessourceEntity, type StatutOperation, TransitionEntity } from './operation.entities';
import type { AppelAProjetsInput, DeposerOperationInput, FiltreOperations, PlanFinancementInput, RealiseInput } from './operation.inputs';

/** Gestionnaires FSE work for the PLIEs of their organisme intermédiaire; administrators everywhere. */
export function assertGestionnaire(context: SubgraphContext, plieCode: string): void {
  const { caller } = context;
  if (caller.roles.includes('ADMIN')) return;
  if (!caller.roles.includes('GESTIONNAIRE_FSE') || !caller.plies.includes(plieCode)) {
    throw new ForbiddenError(`Réservé aux gestionnaires FSE du PLIE ${plieCode.slice(0, 30)}.`);
  }
}

const NEXT: Record<StatutOperation, StatutOperation[]> = {
  DEPOSEE: ['RECEVABLE', 'NON_RETENUE', 'ABANDONNEE'],
  RECEVABLE: ['SELECTIONNEE', 'NON_RETENUE', 'ABANDONNEE'],
  SELECTIONNEE: ['CONVENTIONNEE', 'ABANDONNEE'],
  CONVENTIONNEE: ['EN_COURS', 'ABANDONNEE'],
  EN_COURS: ['SOLDEE', 'ABANDONNEE'],
  SOLDEE: [],
  NON_RETENUE: [],
  ABANDONNEE: [],
};

export async function creerAppelAProjets(context: SubgraphContext, input: AppelAProjetsInput): Promise<AppelAProjetsEntity> {
  const check = new InputCheck('input');
  check.text('numero', input.numero, "Le numéro de l'appel à projets", { max: 60 });
  check.integer('annee', input.annee, "L'année", 2014, 2035);
  check.text('organismeIntermediaire', input.organismeIntermediaire, "L'organisme intermédiaire", { max: 200 });
  check.date('dateLimite', input.dateLimite, 'La date limite de dépôt');
  check.rule(input.fiches.length > 0, 'fiches', 'Un appel à projets comporte au moins une fiche opération.');
  input.fiches.forEach((fiche, i) => {
    const f = check.nested(`fiches.${i}`);
    f.text('numero', fiche.numero, 'Le numéro de la fiche', { max: 30 });
    f.text('titre', fiche.titre, 'Le titre de la fiche', { max: 300 });
    if (f.date('debut', fiche.debut, 'Le début de la période') && f.date('fin', fiche.fin, 'La fin de la période')) f.rule(fiche.fin >= fiche.debut, 'fin', 'La fin de la période doit suivre son début.');
    f.rule(!fiche.fseMaximum.isNegative(), 'fseMaximum', 'Le montant FSE+ maximum ne peut pas être négatif.');
    f.rule(fiche.tauxFseMaximum == null || (fiche.tauxFseMaximum > 0 && fiche.tauxFseMaximum <= 100), 'tauxFseMaximum', 'Le taux maximum est un pourcentage entre 0 et 100.');
    f.text('publicCible', fiche.publicCible, 'Le public cible', { max: 1000 });
    fiche.unitesMesure.forEach((u, j) => f.integer(`unitesMesure.${j}.cible`, u.cible, 'La cible', 0, 1_000_000));
  });
  check.done();
  for (const fiche of input.fiches) assertGestionnaire(context, fiche.plieCode);
  return context.db.transaction(async (manager) => {
    if (await manager.findOneBy(AppelAProjetsEntity, { numero: input.numero })) throw new ConflictError(`L'appel à projets ${input.numero} existe déjà.`);
    const appel = await manager.save(manager.create(AppelAProjetsEntity, { id: randomUUID(), numero: input.numero, annee: input.annee, organismeIntermediaire: input.organismeIntermediaire.trim(), dateLimite: input.dateLimite }));
    await manager.insert(
      FicheOperationEntity,
      input.fiches.map((fiche) => ({
        ...fiche, id: randomUUID(), appelId: appel.id, tauxFseMaximum: fiche.tauxFseMaximum == null ? null : fiche.tauxFseMaximum.toFixed(2),
        unitesMesure: fiche.unitesMesure.map((u) => ({ libelle: u.libelle.trim(), cible: u.cible })),
      })),
    );
    return appel;
  });
}

export async function deposerOperation(context: SubgraphContext, input: DeposerOperationInput): Promise<OperationEntity> {
  const check = new InputCheck('input');
  check.text('intitule', input.intitule, "L'intitulé de l'opération", { max: 300 });
  const porteur = check.nested('porteur');
  if (porteur.text('siret', input.porteur.siret, 'Le SIRET du porteur', { max: 14 })) {
    porteur.rule(isValidSiret(input.porteur.siret), 'siret', 'Le SIRET du porteur est invalide (14 chiffres avec une clé de contrôle correcte).');
  }
  porteur.text('nom', input.porteur.nom, 'Le nom du porteur', { max: 200 });
  if (check.date('debut', input.debut, 'Le début') && check.date('fin', input.fin, 'La fin')) check.rule(input.fin >= input.debut, 'fin', 'La fin doit suivre le début.');
  check.done();
  return context.db.transaction(async (manager) => {
    const fiche = isUuid(input.ficheId) ? await manager.findOneBy(FicheOperationEntity, { id: input.ficheId }) : null;
    if (!fiche) throw new NotFoundError('Fiche opération inconnue.');
    assertGestionnaire(context, fiche.plieCode);
    if (input.debut < fiche.debut || input.fin > fiche.fin) {
      throw new BadUserInputError({ field: 'input.debut', message: `L'opération doit se dérouler dans la période de la fiche (du ${fiche.debut} au ${fiche.fin}).` });
    }
    const operation = await manager.save(
      manager.create(OperationEntity, { id: randomUUID(), ficheId: fiche.id, plieCode: fiche.plieCode, intitule: input.intitule.trim(), porteur: { siret: input.porteur.siret, nom: input.porteur.nom.trim() }, debut: input.debut, fin: input.fin, statut: 'DEPOSEE' }),
    );
    await manager.insert(TransitionEntity, { id: randomUUID(), operationId: operation.id, de: null, vers: 'DEPOSEE', motif: null, parSub: context.caller.sub, le: new Date() });
    if (fiche.unitesMesure.length) {
      await manager.insert(IndicateurEntity, fiche.unitesMesure.map((u) => ({ operationId: operation.id, libelle: u.libelle, cible: u.cible, realise: null })));
    }
    return operation;
  });
}

async function lockOperation(context: SubgraphContext, manager: EntityManager, id: string, version?: number): Promise<OperationEntity> {
  const operation = isUuid(id) ? await manager.findOne(OperationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!operation) throw new NotFoundError(`Aucune opération n'a l'identifiant ${id.slice(0, 40)}.`);
  assertGestionnaire(context, operation.plieCode);
  if (version !== undefined && operation.version !== version) {
    throw new ConflictError(`L'opération a été modifiée entre-temps (version ${operation.version}, vous aviez la ${version}) : rechargez-la.`);
  }
  return operation;
}

export function changerStatut(context: SubgraphContext, id: string, version: number, statut: StatutOperationEnum, motif: string | null) {
  return context.db.transaction(async (manager) => {
    const operation = await lockOperation(context, manager, id, version);
    if (!NEXT[operation.statut].includes(statut)) {
      throw new ConflictError(`Une opération ${operation.statut.toLowerCase()} ne peut pas passer à ${statut.toLowerCase()} (possibles : ${NEXT[operation.statut].join(', ') || 'aucun'}).`);
    }
    if (['NON_RETENUE', 'ABANDONNEE', 'SELECTIONNEE'].includes(statut) && !motif?.trim()) {
      throw new BadUserInputError({ field: 'motif', message: statut === 'SELECTIONNEE' ? 'Indiquez la décision du comité de pilotage (séance, date).' : 'Indiquez le motif.' });
    }
    if (statut === 'CONVENTIONNEE' && (await manager.countBy(PlanEntity, { operationId: operation.id })) === 0) {
      throw new ConflictError('Une opération se conventionne avec un plan de financement.');
    }
    await manager.insert(TransitionEntity, { id: randomUUID(), operationId: operation.id, de: operation.statut, vers: statut, motif: motif?.trim() || null, parSub: context.caller.sub, le: new Date() });
    operation.statut = statut;
    return manager.save(operation);
  });
}

/** The plan lines and the option, as the rules read them. */
export async function planLignes(manager: EntityManager, plan: PlanEntity): Promise<PlanLignes> {
  const [lignes, ressources, option] = await Promise.all([
    manager.findBy(LigneDepenseEntity, { planId: plan.id }),
    manager.findBy(RessourceEntity, { planId: plan.id }),
    plan.optionId ? manager.findOneBy(OptionCoutsEntity, { id: plan.optionId }) : null,
  ]);
  return { lignes, ressources, option: option && { code: option.code, taux: Number(option.taux).toString(), base: option.base, remplaceAutresCouts: option.remplaceAutresCouts } };
}

/**
 * Saves the plan of one year (replacing the previous one). Every rule is checked before anything is written:
 * resources equal costs to the cent, FSE+ within the fiche's maximum amount and rate, no negative line.
 */
export function enregistrerPlan(context: SubgraphContext, operationId: string, version: number, input: PlanFinancementInput) {
  const check = new InputCheck('input');
  input.lignes.forEach((ligne, i) => {
    check.text(`lignes.${i}.libelle`, ligne.libelle, 'Le libellé de la dépense', { max: 200 });
    check.rule(!ligne.montant.isNegative(), `lignes.${i}.montant`, 'Une dépense ne peut pas être négative.');
  });
  input.ressources.forEach((r, i) => check.rule(!r.montant.isNegative(), `ressources.${i}.montant`, 'Une ressource ne peut pas être négative.'));
  check.rule(input.lignes.length > 0, 'lignes', 'Le plan comporte au moins une dépense.');
  check.done();
  return context.db.transaction(async (manager) => {
    const operation = await lockOperation(context, manager, operationId, version);
    if (['SOLDEE', 'NON_RETENUE', 'ABANDONNEE'].includes(operation.statut)) throw new ConflictError(`Le plan d'une opération ${operation.statut.toLowerCase()} ne change plus.`);
    const annee = new InputCheck('input');
    annee.rule(input.annee >= Number(operation.debut.slice(0, 4)) && input.annee <= Number(operation.fin.slice(0, 4)), 'annee', "L'année du plan doit être dans la période de l'opération.");
    annee.done();
    const fiche = await manager.findOneByOrFail(FicheOperationEntity, { id: operation.ficheId });
    const option = input.optionCode ? await manager.findOneBy(OptionCoutsEntity, { code: input.optionCode }) : null;
    if (input.optionCode && !option) throw new BadUserInputError({ field: 'input.optionCode', message: `Option de coûts simplifiés inconnue : ${input.optionCode.slice(0, 40)}.` });
    const lignes: PlanLignes = {
      lignes: input.lignes.map((l) => ({ categorie: l.categorie, montant: l.montant })),
      ressources: input.ressources.map((r) => ({ financeur: r.financeur, montant: r.montant })),
      option: option && { code: option.code, taux: Number(option.taux).toString(), base: option.base, remplaceAutresCouts: option.remplaceAutresCouts },
    };
    const problems = checkPlan(lignes, computePlan(lignes), { fseMaximum: fiche.fseMaximum, tauxFseMaximum: fiche.tauxFseMaximum === null ? null : Number(fiche.tauxFseMaximum).toString() });
    if (problems.length > 0) throw new BadUserInputError(problems.map((p) => ({ ...p, field: `input.${p.field}` })));
    const existing = await manager.findOneBy(PlanEntity, { operationId, annee: input.annee });
    if (existing) await manager.delete(PlanEntity, { id: existing.id });
    const plan = await manager.save(manager.create(PlanEntity, { id: randomUUID(), operationId, annee: input.annee, optionId: option?.id ?? null }));
    await manager.insert(LigneDepenseEntity, input.lignes.map((l) => ({ id: randomUUID(), planId: plan.id, categorie: l.categorie, libelle: l.libelle.trim(), montant: l.montant, etp: l.etp == null ? null : l.etp.toFixed(2), effectif: l.effectif ?? null })));
    if (input.ressources.length) await manager.insert(RessourceEntity, input.ressources.map((r) => ({ id: randomUUID(), planId: plan.id, financeur: r.financeur, montant: r.montant })));
    operation.modifieLe = new Date();
    return manager.save(operation);
  });
}

/** Expenses declared for a period; once retained, the FSE+ due is the retained amount × the plan's FSE+ rate. */
export function declarerRealise(context: SubgraphContext, operationId: string, input: RealiseInput) {
  const check = new InputCheck('input');
  if (check.date('periodeDebut', input.periodeDebut, 'Le début de la période') && check.date('periodeFin', input.periodeFin, 'La fin de la période')) {
    check.rule(input.periodeFin >= input.periodeDebut, 'periodeFin', 'La fin de la période doit suivre son début.');
  }
  check.rule(!input.depensesDeclarees.isNegative(), 'depensesDeclarees', 'Les dépenses déclarées ne peuvent pas être négatives.');
  if (input.montantRetenu) {
    check.rule(!input.montantRetenu.isNegative(), 'montantRetenu', 'Le montant retenu ne peut pas être négatif.');
    check.rule(input.montantRetenu.compare(input.depensesDeclarees) <= 0, 'montantRetenu', 'Le montant retenu ne peut pas dépasser les dépenses déclarées.');
  }
  check.done();
  return context.db.transaction(async (manager) => {
    const operation = await lockOperation(context, manager, operationId);
    const plan = await manager.findOneBy(PlanEntity, { operationId, annee: Number(input.periodeDebut.slice(0, 4)) });
    if (!plan) throw new ConflictError(`Aucun plan de financement pour ${input.periodeDebut.slice(0, 4)} : le FSE+ dû ne peut pas être calculé.`);
    const calcule = computePlan(await planLignes(manager, plan));
    const fseDu = input.montantRetenu && calcule.coutTotal.cents > 0n ? Montant.fromCents((input.montantRetenu.cents * calcule.fse.cents * 2n + calcule.coutTotal.cents) / (calcule.coutTotal.cents * 2n)) : null;
    await manager.insert(RealiseEntity, { id: randomUUID(), operationId, periodeDebut: input.periodeDebut, periodeFin: input.periodeFin, depensesDeclarees: input.depensesDeclarees, montantRetenu: input.montantRetenu ?? null, fseDu, creeLe: new Date() });
    return operation;
  });
}

export async function renseignerIndicateur(context: SubgraphContext, operationId: string, libelle: string, realise: number) {
  const check = new InputCheck();
  check.integer('realise', realise, 'La valeur réalisée', 0, 1_000_000);
  check.done();
  return context.db.transaction(async (manager) => {
    const operation = await lockOperation(context, manager, operationId);
    const updated = await manager.update(IndicateurEntity, { operationId, libelle }, { realise });
    if (!updated.affected) throw new NotFoundError(`Aucune unité de mesure « ${libelle.slice(0, 60)} » pour cette opération.`);
    return operation;
  });
}

export function listerOperations(context: SubgraphContext, args: { first: number; after?: string | null }, filtre: FiltreOperations) {
  const { caller } = context;
  const query = context.db.getRepository(OperationEntity).createQueryBuilder('o');
  if (!caller.roles.includes('ADMIN')) query.where('o.plieCode IN (:...plies)', { plies: caller.plies.length ? caller.plies : [''] });
  if (filtre.plieCode) query.andWhere('o.plieCode = :plieCode', { plieCode: filtre.plieCode });
  if (filtre.annee) query.andWhere('o.debut <= :fin AND o.fin >= :debut', { debut: `${filtre.annee}-01-01`, fin: `${filtre.annee}-12-31` });
  return paginate(query, args, [
    { column: 'o.debut', value: (o) => o.debut, direction: 'DESC' },
    { column: 'o.id', value: (o) => o.id, direction: 'ASC' },
  ]);
}
