import { addMonths, ConflictError, InputCheck, isIsoDate, NotFoundError, requireRole, type SubgraphContext, today, yearsBetween } from '@plie-hub/kit';
import { randomUUID } from 'node:crypto';
import { personMatchKey } from '@plie-hub/auth';
import type { EntityManager } from 'typeorm';
import { StatutDecisionEnum } from '../enums';
import { ParticipantEntity } from '../participant/participant.entity';
import { assertCoordination } from '../parcours/parcours.access';
import { ParcoursEntity } from '../parcours/parcours.entity';
import { AffectationReferentEntity, MesureEntity } from '../parcours/suivi.entities';
import { PlieEntity } from '../plie/plie.entity';
import { ReferentEntity } from '../referentiel/referent.entity';
import { CommissionEntity } from './commission.entity';
import type { AdmissionInput, CreerCommissionInput, DeciderPrescriptionInput } from './commission.input';
import { DecisionEntity } from './decision.entity';

/** The refusal motives, each with the words a person reads (the code after them, for the applications that send it). */
const MOTIFS_REFUS_EN_CLAIR: Record<string, string> = {
  REFUS_HORS_TERRITOIRE: 'hors territoire',
  REFUS_CRITERES: 'critères non remplis',
  REFUS_DEJA_ACCOMPAGNE: 'déjà accompagné',
  REFUS_AUTRE: 'autre',
};
const MOTIFS_REFUS = Object.keys(MOTIFS_REFUS_EN_CLAIR);
const MOTIFS_REFUS_DITS = Object.entries(MOTIFS_REFUS_EN_CLAIR).map(([code, words]) => `${words} (${code})`).join(', ');

export async function creerCommission(context: SubgraphContext, input: CreerCommissionInput): Promise<CommissionEntity> {
  assertCoordination(context, input.plieCode);
  const check = new InputCheck('input');
  check.date('date', input.date, 'La date de la commission');
  check.rule(input.membres.length <= 50, 'membres', 'Au plus 50 membres.');
  input.membres.forEach((membre, i) => check.text(`membres.${i}`, membre, 'Un membre', { max: 120 }));
  check.done();
  if (!(await context.db.getRepository(PlieEntity).existsBy({ code: input.plieCode }))) {
    throw new NotFoundError(`Aucun PLIE n'a le code ${input.plieCode.slice(0, 30)}.`);
  }
  return context.db.getRepository(CommissionEntity).save({ id: randomUUID(), plieCode: input.plieCode, date: input.date, type: input.type, membres: input.membres.map((m) => m.trim()) });
}

function checkDecision(input: DeciderPrescriptionInput): void {
  const check = new InputCheck('input');
  if (input.statut === StatutDecisionEnum.REFUSE) {
    check.rule(!!input.motif && MOTIFS_REFUS.includes(input.motif), 'motif', `Un refus doit indiquer son motif : ${MOTIFS_REFUS_DITS}.`);
  }
  if (input.statut === StatutDecisionEnum.REORIENTE) {
    check.text('solutionProximite', input.solutionProximite, 'La solution de proximité proposée', { max: 300 });
  }
  check.text('commentaire', input.commentaire, 'Le commentaire', { max: 2000, required: false });
  if (input.statut === StatutDecisionEnum.ADMIS) {
    if (!check.rule(!!input.admission, 'admission', "Une admission doit désigner le référent et décrire la personne et sa situation d'entrée.")) return check.done();
    const admission = input.admission!;
    const personne = check.nested('admission.personne');
    personne.text('nomNaissance', admission.personne.nomNaissance, 'Le nom de naissance', { max: 100 });
    personne.text('prenoms', admission.personne.prenoms, 'Le prénom', { max: 150 });
    personne.rule(['FEMME', 'HOMME'].includes(admission.personne.sexe), 'sexe', 'Le sexe doit valoir FEMME ou HOMME.');
    if (personne.date('dateNaissance', admission.personne.dateNaissance, 'La date de naissance')) {
      personne.rule(yearsBetween(admission.personne.dateNaissance, today()) >= 16, 'dateNaissance', 'La personne doit avoir au moins 16 ans.');
    }
    personne.pattern('communeInsee', admission.personne.communeInsee, /^[0-9][0-9AB][0-9]{3}$/, 'La commune doit être un code INSEE à 5 caractères.');
    const entree = check.nested('admission.situationEntree');
    entree.rule(['CITE_0_2', 'CITE_3_4', 'CITE_5_8'].includes(admission.situationEntree.trancheCite), 'trancheCite', 'La tranche CITE doit valoir CITE_0_2, CITE_3_4 ou CITE_5_8.');
    entree.rule(['FRANCAISE', 'UNION_EUROPEENNE', 'HORS_UNION_EUROPEENNE'].includes(admission.situationEntree.nationalite), 'nationalite', 'Nationalité : FRANCAISE, UNION_EUROPEENNE ou HORS_UNION_EUROPEENNE.');
    if (admission.dateEntree) check.rule(isIsoDate(admission.dateEntree), 'admission.dateEntree', "La date d'entrée est invalide.");
  } else {
    check.rule(!input.admission, 'admission', "Les informations d'admission ne valent que pour une décision ADMIS.");
  }
  check.done();
}

/**
 * Records the commission's decision on a prescription. One decision is current per prescription; changing it takes
 * a later séance and keeps the earlier one in history. An admission creates the participant, with the situation at
 * entry frozen, and opens the parcours with its first mesure and its référent.
 */
export async function deciderPrescription(context: SubgraphContext, input: DeciderPrescriptionInput): Promise<DecisionEntity> {
  requireRole(context, 'COORDINATION_PLIE', 'ADMIN');
  checkDecision(input);
  return context.db.transaction(async (manager) => {
    const commission = await manager.findOneBy(CommissionEntity, { id: input.commissionId });
    if (!commission) throw new NotFoundError(`Aucune commission n'a l'identifiant ${input.commissionId}.`);
    assertCoordination(context, commission.plieCode);
    const previous = await manager.findOne(DecisionEntity, {
      where: { partenaire: input.partenaire, prescriptionId: input.prescriptionId, actuelle: true },
      lock: { mode: 'pessimistic_write' },
    });
    if (previous) {
      if (previous.commissionId === commission.id) {
        throw new ConflictError('Cette prescription a déjà une décision de cette séance : une nouvelle décision demande une nouvelle séance.');
      }
      if (previous.statut === StatutDecisionEnum.ADMIS) {
        throw new ConflictError('La personne est déjà admise : son parcours se gère désormais dans le parcours (sortie, veille).');
      }
      previous.actuelle = false;
      await manager.save(previous);
    }
    const parcoursId = input.statut === StatutDecisionEnum.ADMIS ? await admettre(manager, commission, input.admission!, context.settings.matchKey) : null;
    return manager.save(
      manager.create(DecisionEntity, {
        id: randomUUID(),
        plieCode: commission.plieCode,
        partenaire: input.partenaire,
        prescriptionId: input.prescriptionId,
        commissionId: commission.id,
        statut: input.statut,
        motif: input.motif ?? null,
        commentaire: input.commentaire?.trim() || null,
        solutionProximite: input.solutionProximite?.trim() || null,
        decideLe: new Date(),
        actuelle: true,
        parcoursId,
        auteurSub: context.caller.sub,
      }),
    );
  });
}

async function admettre(manager: EntityManager, commission: CommissionEntity, admission: AdmissionInput, matchKey: string): Promise<string> {
  const referent = await manager.findOneBy(ReferentEntity, { id: admission.referentId, plieCode: commission.plieCode, actif: true });
  if (!referent) throw new ConflictError("Le référent désigné n'est pas un référent actif de ce PLIE.");
  const plie = await manager.findOneByOrFail(PlieEntity, { code: commission.plieCode });
  const dateEntree = admission.dateEntree ?? commission.date;
  const participantId = randomUUID();
  const p = admission.personne;
  await manager.insert(ParticipantEntity, {
    id: participantId,
    plieCode: commission.plieCode,
    // The fiche's key when the client carries it; else the same keyed hash of the identity admitted, so that the
    // person is found again across partners and by a right-of-access request.
    cleRapprochement: p.cleRapprochement ?? personMatchKey(matchKey, p),
    nomNaissance: p.nomNaissance.trim(),
    nomUsage: p.nomUsage?.trim() || null,
    prenoms: p.prenoms.trim(),
    sexe: p.sexe,
    dateNaissance: p.dateNaissance,
    communeInsee: p.communeInsee,
    entree: { date: dateEntree, age: yearsBetween(p.dateNaissance, dateEntree), ...admission.situationEntree, handicap: admission.situationEntree.handicap ?? null },
    statuts: [...new Set(admission.statuts)],
  });
  const parcoursId = randomUUID();
  const mesureFin = addMonths(dateEntree, plie.dureeMesureMois);
  await manager.insert(ParcoursEntity, { id: parcoursId, participantId, plieCode: commission.plieCode, dateEntree, statut: 'ACTIF', referentId: referent.id, mesureFin, dateSortie: null });
  await manager.insert(MesureEntity, { parcoursId, numero: 1, debut: dateEntree, fin: mesureFin, bilan: null });
  await manager.insert(AffectationReferentEntity, { parcoursId, referentId: referent.id, du: dateEntree, au: null });
  return parcoursId;
}
