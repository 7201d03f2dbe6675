import { ConflictError, InputCheck, type SubgraphContext } from '@plie-hub/kit';
import { RULE_SETS } from '../sortie/rule-sets';
import { PlieEntity } from './plie.entity';
import type { CreerPlieInput } from './plie.input';

export const PLIE_CODE = /^[A-Z0-9][A-Z0-9-]{1,29}$/;

export async function creerPlie(context: SubgraphContext, input: CreerPlieInput): Promise<PlieEntity> {
  const check = new InputCheck('input');
  check.text('code', input.code, 'Le code du PLIE', { max: 30 });
  check.pattern('code', input.code, PLIE_CODE, 'Le code du PLIE ne peut contenir que des majuscules, chiffres et tirets (2 à 30 caractères).');
  check.text('nom', input.nom, 'Le nom du PLIE', { max: 120 });
  check.text('structurePorteuse', input.structurePorteuse, 'La structure porteuse', { max: 200 });
  check.text('organismeIntermediaire', input.organismeIntermediaire, "L'organisme intermédiaire", { max: 200, required: false });
  check.text('libelleCommission', input.libelleCommission, 'Le libellé de la commission', { max: 120 });
  check.integer('delaiExpirationPrescriptionJours', input.delaiExpirationPrescriptionJours, "Le délai d'expiration des fiches", 7, 365);
  check.integer('seuilMasquage', input.seuilMasquage, 'Le seuil de masquage', 1, 50);
  check.rule(RULE_SETS.some((set) => set.code === input.regleSortie), 'regleSortie', `Jeu de règles inconnu ; connus : ${RULE_SETS.map((set) => set.code).join(', ')}.`);
  check.done();

  return context.db.transaction(async (manager) => {
    const existing = await manager.findOneBy(PlieEntity, { code: input.code });
    if (existing) throw new ConflictError(`Un PLIE de code ${input.code} existe déjà.`);
    return manager.save(
      manager.create(PlieEntity, {
        code: input.code,
        nom: input.nom.trim(),
        structurePorteuse: input.structurePorteuse.trim(),
        organismeIntermediaire: input.organismeIntermediaire?.trim() || null,
        libelleCommission: input.libelleCommission.trim(),
        delaiExpirationPrescriptionJours: input.delaiExpirationPrescriptionJours,
        seuilMasquage: input.seuilMasquage,
        regleSortie: input.regleSortie,
        delaiSansContactJours: 60,
        dureeMesureMois: 6,
        dureeMaxMois: 24,
        fileActiveParEtp: 80,
        objectifParticipants: null,
        objectifSortiesPositives: null,
        fusionneDans: null,
        fusionneLe: null,
      }),
    );
  });
}
