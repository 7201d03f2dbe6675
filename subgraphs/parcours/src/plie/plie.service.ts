import { ConflictError, InputCheck, NotFoundError, type SubgraphContext } from '@plie-hub/kit';
import { RULE_SETS } from '../sortie/rule-sets';
import { PlieEntity } from './plie.entity';
import type { ConservationPlieInput, CreerPlieInput } from './plie.input';

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
  input.communes.forEach((commune, i) => check.pattern(`communes.${i}`, commune, /^[0-9][0-9AB][0-9]{3}$/, 'Chaque commune doit être un code INSEE à 5 caractères.'));
  check.done();

  return context.db.transaction(async (manager) => {
    const existing = await manager.findOneBy(PlieEntity, { code: input.code });
    if (existing) throw new ConflictError(`Un PLIE de code ${input.code} existe déjà.`);
    const plie = await manager.save(
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
        conservationApresParcoursMois: 24,
        conservationApresControleFseMois: 0,
      }),
    );
    if (input.communes.length > 0) {
      await manager.query(
        'INSERT INTO plie_commune (plie_code, commune_insee, valide_du) SELECT $1, c, current_date FROM unnest($2::text[]) AS c ON CONFLICT DO NOTHING',
        [input.code, [...new Set(input.communes)]],
      );
    }
    return plie;
  });
}

/**
 * Two PLIEs merge on a date (Graves and Sources on 2025-01-01): the absorbed one keeps its records and history under
 * its own code, is marked as merged, and its territory passes to the absorbing one from that date.
 */
export async function fusionnerPlies(context: SubgraphContext, absorbe: string, absorbant: string, date: string): Promise<PlieEntity> {
  const check = new InputCheck();
  check.date('date', date, 'La date de fusion');
  check.rule(absorbe !== absorbant, 'absorbant', 'Un PLIE ne fusionne pas avec lui-même.');
  check.done();
  return context.db.transaction(async (manager) => {
    const [from, to] = await Promise.all([manager.findOneBy(PlieEntity, { code: absorbe }), manager.findOneBy(PlieEntity, { code: absorbant })]);
    if (!from || !to) throw new NotFoundError('PLIE inconnu.');
    if (from.fusionneDans) throw new ConflictError(`Le PLIE ${absorbe} a déjà fusionné dans ${from.fusionneDans}.`);
    await manager.query(
      `INSERT INTO plie_commune (plie_code, commune_insee, valide_du)
         SELECT $2, commune_insee, $3 FROM plie_commune WHERE plie_code = $1 AND valide_du < $3 AND (valide_au IS NULL OR valide_au > $3)
       ON CONFLICT DO NOTHING`,
      [absorbe, absorbant, date],
    );
    await manager.query('UPDATE plie_commune SET valide_au = $2 WHERE plie_code = $1 AND (valide_au IS NULL OR valide_au > $2) AND valide_du < $2', [absorbe, date]);
    from.fusionneDans = absorbant;
    from.fusionneLe = date;
    return manager.save(from);
  });
}

/** Retention periods are the PLIE's to set (its data protection policy); the purge applies them. */
export async function definirConservationPlie(context: SubgraphContext, code: string, input: ConservationPlieInput): Promise<PlieEntity> {
  const check = new InputCheck('input');
  check.integer('apresParcoursMois', input.apresParcoursMois, 'La durée de conservation après le parcours', 6, 240);
  check.integer('apresControleFseMois', input.apresControleFseMois, 'La durée de conservation après le contrôle FSE+', 0, 120);
  check.done();
  const plie = await context.db.getRepository(PlieEntity).findOneBy({ code });
  if (!plie) throw new NotFoundError(`Aucun PLIE de code ${code.slice(0, 30)}.`);
  plie.conservationApresParcoursMois = input.apresParcoursMois;
  plie.conservationApresControleFseMois = input.apresControleFseMois;
  return context.db.getRepository(PlieEntity).save(plie);
}
