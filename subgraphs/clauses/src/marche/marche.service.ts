import { ConflictError, InputCheck, isValidSiret, NotFoundError, paginate, type SubgraphContext } from '@plie-hub/kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { assertFacilitateur, facilitatedPlies } from '../clauses.access';
import { DonneurOrdreEntity } from '../donneur-ordre/donneur-ordre.entity';
import { EntrepriseEntity } from '../entreprise/entreprise.entity';
import { AttributionEntity, LotEntity } from './lot.entity';
import { MarcheEntity } from './marche.entity';
import type { CreerMarcheInput, DonneurOrdreInput, EntrepriseInput, FiltreMarches, LotInput } from './marche.input';

export async function creerDonneurOrdre(context: SubgraphContext, input: DonneurOrdreInput): Promise<DonneurOrdreEntity> {
  const check = new InputCheck('input');
  check.text('nom', input.nom, "Le nom de l'acheteur", { max: 200 });
  if (check.text('siret', input.siret, 'Le SIRET', { max: 14 })) check.rule(isValidSiret(input.siret), 'siret', 'Le SIRET est invalide (14 chiffres avec une clé de contrôle correcte).');
  check.rule(input.plies.length > 0, 'plies', 'Indiquez au moins un PLIE.');
  check.done();
  const own = facilitatedPlies(context);
  if (own !== 'all' && !input.plies.some((code) => own.includes(code))) assertFacilitateur(context, input.plies[0]!);
  return context.db.transaction(async (manager) => {
    if (await manager.findOneBy(DonneurOrdreEntity, { siret: input.siret })) throw new ConflictError(`Un acheteur de SIRET ${input.siret} est déjà enregistré.`);
    return manager.save(manager.create(DonneurOrdreEntity, { id: randomUUID(), nom: input.nom.trim(), siret: input.siret, type: input.type, plies: [...new Set(input.plies)] }));
  });
}

export function checkEntreprise(check: InputCheck, entreprise: EntrepriseInput): void {
  if (check.text('siret', entreprise.siret, 'Le SIRET de l’entreprise', { max: 14 })) {
    check.rule(isValidSiret(entreprise.siret), 'siret', 'Le SIRET de l’entreprise est invalide (14 chiffres avec une clé de contrôle correcte).');
  }
  check.text('nom', entreprise.nom, "Le nom de l'entreprise", { max: 200 });
  check.pattern('naf', entreprise.naf, /^\d{2}\.?\d{2}[A-Z]$/, 'Le code NAF s’écrit comme 43.21A.');
}

/** The company of this SIRET, created on first sight. */
export async function entrepriseFor(manager: EntityManager, entreprise: { siret: string; nom?: string | null; naf?: string | null }): Promise<EntrepriseEntity | null> {
  const existing = await manager.findOneBy(EntrepriseEntity, { siret: entreprise.siret });
  if (existing || !entreprise.nom) return existing;
  return manager.save(manager.create(EntrepriseEntity, { id: randomUUID(), siret: entreprise.siret, nom: entreprise.nom.trim(), naf: entreprise.naf ?? null }));
}

/** The engagement of a lot: given, or computed from its labour hours and the rate (rounded to the hour). */
export function heuresEngageesOf(lot: Pick<LotInput, 'heuresEngagees' | 'heuresTravail' | 'tauxInsertion'>): number {
  if (lot.heuresEngagees != null) return lot.heuresEngagees;
  return Math.round(((lot.heuresTravail ?? 0) * (lot.tauxInsertion ?? 0)) / 100);
}

function checkMarche(input: CreerMarcheInput): void {
  const check = new InputCheck('input');
  check.text('reference', input.reference, 'La référence du marché', { max: 60 });
  check.text('objet', input.objet, "L'objet du marché", { max: 500 });
  check.date('dateNotification', input.dateNotification, 'La date de notification');
  check.integer('dureeMois', input.dureeMois, 'La durée du marché en mois', 1, 120);
  check.rule(input.montantHt.cents > 0n, 'montantHt', 'Le montant HT doit être positif.');
  check.rule(input.lots.length > 0, 'lots', 'Un marché a au moins un lot.');
  check.rule(new Set(input.lots.map((l) => l.numero)).size === input.lots.length, 'lots', 'Deux lots ne peuvent pas avoir le même numéro.');
  input.lots.forEach((lot, i) => {
    const l = check.nested(`lots.${i}`);
    l.integer('numero', lot.numero, 'Le numéro du lot', 1, 999);
    l.text('intitule', lot.intitule, "L'intitulé du lot", { max: 300 });
    const given = lot.heuresEngagees != null;
    const computed = lot.heuresTravail != null && lot.tauxInsertion != null;
    l.rule(given || computed, 'heuresEngagees', "Indiquez les heures d'insertion engagées, ou les heures de main-d'œuvre et le taux d'insertion.");
    l.integer('heuresEngagees', lot.heuresEngagees, 'Les heures engagées', 0, 1_000_000);
    l.integer('heuresTravail', lot.heuresTravail, "Les heures de main-d'œuvre", 1, 10_000_000);
    l.rule(lot.tauxInsertion == null || (lot.tauxInsertion > 0 && lot.tauxInsertion <= 100), 'tauxInsertion', "Le taux d'insertion est un pourcentage entre 0 et 100.");
    lot.attributaires.forEach((entreprise, j) => checkEntreprise(l.nested(`attributaires.${j}`), entreprise));
  });
  check.done();
}

export async function creerMarche(context: SubgraphContext, input: CreerMarcheInput): Promise<MarcheEntity> {
  assertFacilitateur(context, input.plieCode);
  checkMarche(input);
  return context.db.transaction(async (manager) => {
    const donneur = await manager.findOneBy(DonneurOrdreEntity, { id: input.donneurOrdreId });
    if (!donneur) throw new NotFoundError(`Aucun donneur d'ordre n'a l'identifiant ${input.donneurOrdreId}.`);
    if (!donneur.plies.includes(input.plieCode)) throw new ConflictError(`Cet acheteur n'est pas suivi par le guichet du PLIE ${input.plieCode}.`);
    if (await manager.findOneBy(MarcheEntity, { plieCode: input.plieCode, reference: input.reference.trim() })) {
      throw new ConflictError(`Un marché de référence ${input.reference.trim()} est déjà suivi par ce PLIE.`);
    }
    const marche = await manager.save(
      manager.create(MarcheEntity, {
        id: randomUUID(), plieCode: input.plieCode, donneurOrdreId: donneur.id, reference: input.reference.trim(), objet: input.objet.trim(),
        typeMarche: input.typeMarche, baseJuridique: input.baseJuridique, dateNotification: input.dateNotification, dureeMois: input.dureeMois, montantHt: input.montantHt,
      }),
    );
    for (const lot of input.lots) {
      const lotId = randomUUID();
      await manager.insert(LotEntity, {
        id: lotId, marcheId: marche.id, numero: lot.numero, intitule: lot.intitule.trim(), heuresTravail: lot.heuresTravail ?? null,
        tauxInsertion: lot.tauxInsertion == null ? null : lot.tauxInsertion.toFixed(2), heuresEngagees: heuresEngageesOf(lot), modalites: [...new Set(lot.modalites)],
      });
      for (const attributaire of lot.attributaires) {
        const entreprise = await entrepriseFor(manager, attributaire);
        await manager.insert(AttributionEntity, { lotId, entrepriseId: entreprise!.id });
      }
    }
    return marche;
  });
}

export function listerMarches(context: SubgraphContext, args: { first: number; after?: string | null }, filtre: FiltreMarches) {
  const plies = facilitatedPlies(context);
  const query = context.db.getRepository(MarcheEntity).createQueryBuilder('m');
  if (plies !== 'all') query.where('m.plieCode IN (:...plies)', { plies: plies.length ? plies : [''] });
  if (filtre.plieCode) query.andWhere('m.plieCode = :plieCode', { plieCode: filtre.plieCode });
  if (filtre.donneurOrdreId) query.andWhere('m.donneurOrdreId = :d', { d: filtre.donneurOrdreId });
  return paginate(query, args, [
    { column: 'm.dateNotification', value: (m) => m.dateNotification, direction: 'DESC' },
    { column: 'm.id', value: (m) => m.id, direction: 'DESC' },
  ]);
}
