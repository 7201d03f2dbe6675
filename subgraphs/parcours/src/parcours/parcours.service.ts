import { addMonths, BadUserInputError, ConflictError, InputCheck, isIsoDate, NotFoundError, type SubgraphContext, today } from '@plie-hub/kit';
import { randomUUID } from 'node:crypto';
import { type EntityManager, IsNull } from 'typeorm';
import { CategorieSortieEnum, TypeSituationSortieEnum } from '../enums';
import { PlieEntity } from '../plie/plie.entity';
import { ReferentEntity } from '../referentiel/referent.entity';
import { ruleSetOf } from '../sortie/rule-set-of';
import { SortieEntity } from '../sortie/sortie.entity';
import { computeSortie, type SituationSortie } from '../sortie/sortie-rules';
import { assertCanAccessParcours, assertCoordination, referentsBySub } from './parcours.access';
import { ParcoursEntity } from './parcours.entity';
import type { EntretienInput, EtapeInput, SortieInput } from './parcours.input';
import { AffectationReferentEntity, EntretienEntity, EtapeEntity, MesureEntity, VeilleEntity } from './suivi.entities';

const ENCOURS = ['ACTIF', 'EN_VEILLE'];

/**
 * Every change to a parcours runs here: in one transaction, on the locked parcours, after checking access and the
 * version the client read (two référents editing at once: one wins, the other gets CONFLICT), and bumps the version.
 */
async function change(
  context: SubgraphContext,
  id: string,
  version: number,
  apply: (parcours: ParcoursEntity, manager: EntityManager) => Promise<void>,
): Promise<ParcoursEntity> {
  // Read the caller's référent records before the transaction: inside it, only its own manager may query (the
  // embedded database has a single connection, held by the transaction).
  await context.loaders.get(referentsBySub).load(context.caller.sub);
  return context.db.transaction(async (manager) => {
    const parcours = /^[0-9a-f-]{36}$/i.test(id)
      ? await manager.findOne(ParcoursEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!parcours) throw new NotFoundError(`Aucun parcours n'a l'identifiant ${id.slice(0, 40)}.`);
    await assertCanAccessParcours(context, parcours);
    if (parcours.version !== version) {
      throw new ConflictError(`Le parcours a été modifié entre-temps (version ${parcours.version}, vous aviez la ${version}) : rechargez-le.`);
    }
    await apply(parcours, manager);
    parcours.modifieLe = new Date();
    return manager.save(parcours);
  });
}

const assertOpen = (parcours: ParcoursEntity) => {
  if (!ENCOURS.includes(parcours.statut)) throw new ConflictError(`Le parcours est ${parcours.statut.toLowerCase()} : il ne peut plus être modifié ainsi.`);
};

export function enregistrerEntretien(context: SubgraphContext, id: string, version: number, input: EntretienInput) {
  const check = new InputCheck('input');
  if (check.date('date', input.date, "La date de l'entretien")) check.rule(input.date <= today(), 'date', "Un entretien ne peut pas être daté du futur.");
  check.integer('relance', input.relance, 'Le nombre de relances', 0, 2);
  check.rule(!(input.present && input.relance > 0), 'relance', 'Une relance ne suit qu’une absence.');
  check.done();
  return change(context, id, version, async (parcours, manager) => {
    assertOpen(parcours);
    if (input.date < parcours.dateEntree) throw new BadUserInputError({ field: 'input.date', message: "L'entretien précède l'entrée dans le parcours." });
    await manager.insert(EntretienEntity, { id: randomUUID(), parcoursId: parcours.id, ...input });
  });
}

export function ajouterEtape(context: SubgraphContext, id: string, version: number, input: EtapeInput) {
  const check = new InputCheck('input');
  check.text('intitule', input.intitule, "L'intitulé de l'étape", { max: 200 });
  check.date('debut', input.debut, "La date de début de l'étape");
  if (input.fin) check.rule(isIsoDate(input.fin) && input.fin >= input.debut, 'fin', 'La fin de l’étape doit suivre son début.');
  check.rule(JSON.stringify(input.attributs ?? {}).length <= 2000, 'attributs', 'Les détails de l’étape sont trop longs.');
  const heures = (input.attributs as { heuresHebdo?: unknown }).heuresHebdo;
  check.rule(heures === undefined || (typeof heures === 'number' && heures > 0 && heures <= 48), 'attributs.heuresHebdo', 'Les heures hebdomadaires doivent être comprises entre 0 et 48.');
  check.done();
  return change(context, id, version, async (parcours, manager) => {
    assertOpen(parcours);
    await manager.insert(EtapeEntity, { id: randomUUID(), parcoursId: parcours.id, type: input.type, intitule: input.intitule.trim(), debut: input.debut, fin: input.fin ?? null, attributs: (input.attributs ?? {}) as never });
  });
}

export function mettreEnVeille(context: SubgraphContext, id: string, version: number, motif: string, debut: string) {
  const check = new InputCheck();
  check.text('motif', motif, 'Le motif de la veille', { max: 300 });
  check.date('debut', debut, 'La date de début de la veille');
  check.done();
  return change(context, id, version, async (parcours, manager) => {
    if (parcours.statut !== 'ACTIF') throw new ConflictError('Seul un parcours actif peut être mis en veille.');
    parcours.statut = 'EN_VEILLE';
    await manager.insert(VeilleEntity, { id: randomUUID(), parcoursId: parcours.id, motif: motif.trim(), debut, fin: null });
  });
}

export function leverVeille(context: SubgraphContext, id: string, version: number, fin: string) {
  const check = new InputCheck();
  check.date('fin', fin, 'La date de fin de la veille');
  check.done();
  return change(context, id, version, async (parcours, manager) => {
    if (parcours.statut !== 'EN_VEILLE') throw new ConflictError("Le parcours n'est pas en veille.");
    parcours.statut = 'ACTIF';
    await manager.update(VeilleEntity, { parcoursId: parcours.id, fin: IsNull() }, { fin });
  });
}

/** Renews the mesure for the PLIE's duration, with its bilan, within the PLIE's maximum. */
export function renouvelerMesure(context: SubgraphContext, id: string, version: number, bilan: string) {
  const check = new InputCheck();
  check.text('bilan', bilan, 'Le bilan de la mesure', { max: 4000 });
  check.done();
  return change(context, id, version, async (parcours, manager) => {
    assertOpen(parcours);
    const plie = await manager.findOneByOrFail(PlieEntity, { code: parcours.plieCode });
    const fin = addMonths(parcours.mesureFin, plie.dureeMesureMois);
    if (fin > addMonths(parcours.dateEntree, plie.dureeMaxMois)) {
      throw new ConflictError(`Le PLIE limite un parcours à ${plie.dureeMaxMois} mois : la mesure ne peut plus être renouvelée.`);
    }
    const last = await manager.findOne(MesureEntity, { where: { parcoursId: parcours.id }, order: { numero: 'DESC' } });
    await manager.update(MesureEntity, { parcoursId: parcours.id, numero: last!.numero }, { bilan: bilan.trim() });
    await manager.insert(MesureEntity, { parcoursId: parcours.id, numero: last!.numero + 1, debut: parcours.mesureFin, fin, bilan: null });
    parcours.mesureFin = fin;
  });
}

export function changerReferent(context: SubgraphContext, id: string, version: number, referentId: string) {
  return change(context, id, version, async (parcours, manager) => {
    assertCoordination(context, parcours.plieCode);
    assertOpen(parcours);
    const referent = await manager.findOneBy(ReferentEntity, { id: referentId, plieCode: parcours.plieCode, actif: true });
    if (!referent) throw new ConflictError("Le référent désigné n'est pas un référent actif de ce PLIE.");
    const on = today();
    await manager.update(AffectationReferentEntity, { parcoursId: parcours.id, au: IsNull() }, { au: on });
    await manager.upsert(AffectationReferentEntity, { parcoursId: parcours.id, referentId, du: on, au: null }, ['parcoursId', 'du']);
    parcours.referentId = referentId;
  });
}

function checkSortie(input: SortieInput): void {
  const check = new InputCheck('input');
  if (check.date('date', input.date, 'La date de sortie')) check.rule(input.date <= today(), 'date', 'Une sortie ne peut pas être datée du futur.');
  const s = check.nested('situation');
  const situation = input.situation;
  if (situation.type === TypeSituationSortieEnum.EMPLOI) {
    s.rule(!!situation.contrat, 'contrat', 'Une sortie en emploi doit préciser le type de contrat.');
    s.rule(situation.heuresHebdo != null && situation.heuresHebdo > 0 && situation.heuresHebdo <= 48, 'heuresHebdo', 'Une sortie en emploi doit préciser les heures hebdomadaires (entre 0 et 48).');
  }
  if (situation.type === TypeSituationSortieEnum.FORMATION) {
    s.rule(situation.formationHeures != null && situation.formationHeures > 0, 'formationHeures', 'Une sortie en formation doit préciser le nombre d’heures.');
  }
  if (situation.type === TypeSituationSortieEnum.SANS_EMPLOI_NI_FORMATION && !situation.freinsReduits) {
    s.text('motif', situation.motif, 'Le motif de la sortie', { max: 100 });
  }
  for (const field of ['dureeMois', 'moisSansInterruption', 'moisEnEmploiSur12'] as const) s.integer(field, situation[field], `Le champ ${field}`, 0, 600);
  for (const field of ['heures12DerniersMois', 'heuresClauses6DerniersMois', 'formationHeures'] as const) s.integer(field, situation[field], `Le champ ${field}`, 0, 10_000);
  if (input.forcage) {
    const f = check.nested('forcage');
    if (f.text('justification', input.forcage.justification, 'La justification du forçage', { max: 2000 })) {
      f.rule(input.forcage.justification.trim().length >= 20, 'justification', 'La justification du forçage doit faire au moins 20 caractères.');
    }
    f.text('sousType', input.forcage.sousType, 'Le sous-type', { max: 60 });
  }
  check.done();
}

/**
 * Records the exit: the category and sub-type come from the PLIE's rule set in force; a forced category keeps the
 * computed one and the written justification beside it.
 */
export function enregistrerSortie(context: SubgraphContext, id: string, version: number, input: SortieInput) {
  checkSortie(input);
  return change(context, id, version, async (parcours, manager) => {
    assertOpen(parcours);
    if (input.date < parcours.dateEntree) throw new ConflictError("La date de sortie précède l'entrée dans le parcours.");
    const plie = await manager.findOneByOrFail(PlieEntity, { code: parcours.plieCode });
    const situation = Object.fromEntries(Object.entries(input.situation).filter(([, v]) => v !== null && v !== undefined)) as unknown as SituationSortie;
    const computed = computeSortie(ruleSetOf(plie.regleSortie), situation);
    await manager.insert(SortieEntity, {
      parcoursId: parcours.id,
      date: input.date,
      situation,
      regleSet: computed.regleSet,
      categorieCalculee: computed.categorie,
      sousTypeCalcule: computed.sousType,
      categorie: input.forcage?.categorie ?? computed.categorie,
      sousType: input.forcage?.sousType ?? computed.sousType,
      justificationForcage: input.forcage?.justification.trim() ?? null,
      valideeCommissionId: null,
      confirmee6Mois: null,
      confirmationLe: null,
    });
    parcours.statut = 'SORTI';
    parcours.dateSortie = input.date;
    await manager.update(AffectationReferentEntity, { parcoursId: parcours.id, au: IsNull() }, { au: input.date });
  });
}

export function validerSortie(context: SubgraphContext, id: string, version: number, commissionId: string) {
  return change(context, id, version, async (parcours, manager) => {
    assertCoordination(context, parcours.plieCode);
    const sortie = await manager.findOneBy(SortieEntity, { parcoursId: parcours.id });
    if (!sortie) throw new ConflictError("Aucune sortie n'est enregistrée pour ce parcours.");
    const exists = await manager.query('SELECT 1 FROM commission WHERE id = $1 AND plie_code = $2', [commissionId, parcours.plieCode]);
    if (exists.length === 0) throw new NotFoundError("Cette commission n'existe pas pour ce PLIE.");
    await manager.update(SortieEntity, { parcoursId: parcours.id }, { valideeCommissionId: commissionId });
    if (sortie.categorie === CategorieSortieEnum.POSITIVE) parcours.statut = 'SUIVI_POST_SORTIE';
  });
}

/** The 6-month check of a positive exit: still in the job or training, or not. */
export function confirmerSortie6Mois(context: SubgraphContext, id: string, version: number, maintenu: boolean) {
  return change(context, id, version, async (parcours, manager) => {
    const sortie = await manager.findOneBy(SortieEntity, { parcoursId: parcours.id });
    if (!sortie || sortie.categorie !== CategorieSortieEnum.POSITIVE) throw new ConflictError('Seule une sortie positive se confirme à 6 mois.');
    if (addMonths(sortie.date, 6) > today()) throw new ConflictError(`La confirmation est possible à partir du ${addMonths(sortie.date, 6)} (6 mois après la sortie).`);
    await manager.update(SortieEntity, { parcoursId: parcours.id }, { confirmee6Mois: maintenu, confirmationLe: today() });
    parcours.statut = 'SORTI';
  });
}
