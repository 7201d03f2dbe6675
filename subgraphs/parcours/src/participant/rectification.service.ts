import { randomUUID } from 'node:crypto';
import { personMatchKey } from '@plie-hub/auth';
import { ConflictError, InputCheck, NotFoundError, type SubgraphContext } from '@plie-hub/kit';
import { referentsBySub } from '../parcours/parcours.access';
import { ParticipantEntity } from './participant.entity';
import { loadReadableParticipant } from './participant.access';
import { RectificationParticipantEntity } from './rectification.entity';
import type { RectificationParticipantInput } from './rectification.type';

type Champ = 'nomNaissance' | 'nomUsage' | 'prenoms' | 'sexe' | 'dateNaissance' | 'communeInsee';
const CHAMPS: Champ[] = ['nomNaissance', 'nomUsage', 'prenoms', 'sexe', 'dateNaissance', 'communeInsee'];

function checkInput(input: RectificationParticipantInput): void {
  const check = new InputCheck('input');
  check.text('nomNaissance', input.nomNaissance, 'Le nom de naissance', { max: 100, required: false });
  check.text('nomUsage', input.nomUsage, "Le nom d'usage", { max: 100, required: false });
  check.text('prenoms', input.prenoms, 'Les prénoms', { max: 150, required: false });
  if (input.sexe != null) check.rule(['FEMME', 'HOMME'].includes(input.sexe), 'sexe', 'Le sexe doit être FEMME ou HOMME.');
  if (input.dateNaissance != null) check.date('dateNaissance', input.dateNaissance, 'La date de naissance');
  if (input.communeInsee != null) check.pattern('communeInsee', input.communeInsee, /^[0-9][0-9AB][0-9]{3}$/, 'La commune doit être un code INSEE à 5 caractères.');
  check.text('motif', input.motif, 'Le motif de la rectification', { max: 500 });
  check.rule(CHAMPS.some((champ) => input[champ] != null), 'input', 'Indiquez au moins un champ à corriger.');
  check.done();
}

/**
 * The right of rectification: the participant's identity is corrected in place (every screen and export shows the
 * right value), each changed field is kept in the history with its former value, and what derives from the
 * identity follows: the match key (so a right-of-access request finds the person under the corrected identity) and
 * the age at entry (so the FSE+ indicators count the person in the right band).
 */
export async function rectifierParticipant(context: SubgraphContext, id: string, version: number, input: RectificationParticipantInput): Promise<ParticipantEntity> {
  checkInput(input);
  // Scope and the caller's référent records are read before the transaction (the embedded database has one connection).
  await context.loaders.get(referentsBySub).load(context.caller.sub);
  if (!(await loadReadableParticipant(context, id))) throw new NotFoundError(`Aucun participant n'a l'identifiant ${id.slice(0, 40)}.`);
  return context.db.transaction(async (manager) => {
    const participant = await manager.findOne(ParticipantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!participant) throw new NotFoundError(`Aucun participant n'a l'identifiant ${id.slice(0, 40)}.`);
    if (participant.anonymiseLe) throw new ConflictError('Ce participant a été anonymisé à la fin de sa durée de conservation : il ne se rectifie plus.');
    if (participant.version !== version) {
      throw new ConflictError(`Le participant a été modifié entre-temps (version ${participant.version}, vous aviez la ${version}) : rechargez-le.`);
    }
    const changes = CHAMPS.flatMap((champ) => {
      const value = input[champ];
      if (value == null) return [];
      const next = champ === 'nomUsage' && value.trim() === '' ? null : value.trim();
      const before = participant[champ] as string | null;
      return before === next ? [] : [{ champ, before, next }];
    });
    if (changes.length === 0) return participant;
    for (const { champ, next } of changes) (participant as unknown as Record<Champ, string | null>)[champ] = next;
    participant.cleRapprochement = personMatchKey(context.settings.matchKey, participant);
    const [{ age }] = await manager.query("SELECT date_part('year', age($1::date, $2::date))::int AS age", [participant.entree.date, participant.dateNaissance]);
    participant.entree.age = age;
    participant.modifieLe = new Date();
    const saved = await manager.save(participant);
    await manager.insert(
      RectificationParticipantEntity,
      changes.map(({ champ, before, next }) => ({ id: randomUUID(), participantId: id, champ, ancienneValeur: before, nouvelleValeur: next, motif: input.motif.trim(), parSub: context.caller.sub, le: new Date() })),
    );
    return saved;
  });
}
