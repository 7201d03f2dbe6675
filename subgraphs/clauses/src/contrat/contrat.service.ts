import { personMatchKey } from '@plie-hub/auth';
import { addMonths, ConflictError, InputCheck, isUuid, NotFoundError, type SubgraphContext } from '@plie-hub/kit';
import { randomUUID } from 'node:crypto';
import { assertFacilitateur } from '../clauses.access';
import { CritereEnum } from '../enums';
import { LotEntity } from '../marche/lot.entity';
import { MarcheEntity } from '../marche/marche.entity';
import { checkEntreprise, entrepriseFor } from '../marche/marche.service';
import { PersonneEligibleEntity } from '../personne/personne-eligible.entity';
import { ContratClauseEntity } from './contrat.entity';
import type { ContratClauseInput, PersonneEligibleInput } from './contrat.type';

/** Records the eligibility check of a person, with its criterion, evidence and validity window (24 months at most). */
export async function declarerPersonneEligible(context: SubgraphContext, input: PersonneEligibleInput): Promise<PersonneEligibleEntity> {
  assertFacilitateur(context, input.plieCode);
  const check = new InputCheck('input');
  const participant = input.critere === CritereEnum.PARTICIPANT_PLIE;
  if (participant) {
    check.rule(!!input.participantId && isUuid(input.participantId), 'participantId', 'Un participant du PLIE est désigné par son identifiant (participantId).');
    check.rule(!input.nom && !input.prenoms, 'nom', "L'identité d'un participant reste dans son parcours : ne la saisissez pas ici.");
  } else {
    check.rule(!input.participantId, 'participantId', 'Le critère PARTICIPANT_PLIE s’applique aux participants du PLIE.');
    check.text('nom', input.nom, 'Le nom', { max: 100 });
    check.text('prenoms', input.prenoms, 'Le prénom', { max: 150 });
  }
  check.rule(['FEMME', 'HOMME'].includes(input.sexe), 'sexe', 'Le sexe doit valoir FEMME ou HOMME.');
  check.date('dateNaissance', input.dateNaissance, 'La date de naissance');
  check.text('justificatif', input.justificatif, 'Le justificatif vérifié', { max: 300 });
  if (check.date('eligibleDu', input.eligibleDu, "Le début d'éligibilité") && check.date('eligibleAu', input.eligibleAu, "La fin d'éligibilité")) {
    check.rule(input.eligibleAu >= input.eligibleDu, 'eligibleAu', "La fin d'éligibilité doit suivre son début.");
    check.rule(input.eligibleAu <= addMonths(input.eligibleDu, 24), 'eligibleAu', "Une vérification d'éligibilité vaut 24 mois au plus.");
  }
  check.done();
  const nom = input.nom?.trim() || null;
  const prenoms = input.prenoms?.trim() || null;
  return context.db.getRepository(PersonneEligibleEntity).save({
    id: randomUUID(), plieCode: input.plieCode, participantId: input.participantId ?? null, nom, prenoms,
    cleRapprochement: nom && prenoms ? personMatchKey(context.settings.matchKey, { nomNaissance: nom, prenoms, dateNaissance: input.dateNaissance }) : null,
    sexe: input.sexe, dateNaissance: input.dateNaissance, qpv: input.qpv, critere: input.critere, justificatif: input.justificatif.trim(), eligibleDu: input.eligibleDu, eligibleAu: input.eligibleAu,
  });
}

export async function creerContrat(context: SubgraphContext, input: ContratClauseInput): Promise<ContratClauseEntity> {
  const check = new InputCheck('input');
  if (check.date('debut', input.debut, 'Le début du contrat') && input.fin) check.rule(input.fin >= input.debut, 'fin', 'La fin du contrat doit suivre son début.');
  check.rule(input.heuresHebdo > 0 && input.heuresHebdo <= 48, 'heuresHebdo', 'Les heures hebdomadaires doivent être comprises entre 0 et 48.');
  checkEntreprise(check.nested('employeur'), { siret: input.siretEmployeur, nom: input.nomEmployeur ?? 'x' });
  check.done();
  return context.db.transaction(async (manager) => {
    const [personne, lot] = await Promise.all([
      isUuid(input.personneId) ? manager.findOneBy(PersonneEligibleEntity, { id: input.personneId }) : null,
      isUuid(input.lotId) ? manager.findOneBy(LotEntity, { id: input.lotId }) : null,
    ]);
    if (!personne) throw new NotFoundError('Personne éligible inconnue.');
    if (!lot) throw new NotFoundError('Lot inconnu.');
    const marche = await manager.findOneByOrFail(MarcheEntity, { id: lot.marcheId });
    assertFacilitateur(context, marche.plieCode);
    // Eligibility is checked at the start of each contract.
    if (input.debut < personne.eligibleDu || input.debut > personne.eligibleAu) {
      throw new ConflictError(`L'éligibilité de la personne vaut du ${personne.eligibleDu} au ${personne.eligibleAu} : le contrat doit commencer dans cette période.`);
    }
    const employeur = await entrepriseFor(manager, { siret: input.siretEmployeur, nom: input.nomEmployeur });
    if (!employeur) throw new NotFoundError(`Employeur de SIRET ${input.siretEmployeur} inconnu : indiquez son nom (nomEmployeur).`);
    const count: Array<{ n: number }> = await manager.query('SELECT count(*)::int AS n FROM contrat_clause WHERE lot_id = $1', [lot.id]);
    return manager.save(
      manager.create(ContratClauseEntity, {
        id: randomUUID(), reference: `${marche.reference}-L${lot.numero}-C${String(count[0]!.n + 1).padStart(3, '0')}`, personneId: personne.id, lotId: lot.id,
        employeurId: employeur.id, modalite: input.modalite, typeContrat: input.typeContrat, debut: input.debut, fin: input.fin ?? null, heuresHebdo: input.heuresHebdo.toFixed(1),
      }),
    );
  });
}
