import { DEMO_PLIES, Random, stableUuid } from '@plie-hub/demo';
import { Montant, type Logger } from '@plie-hub/kit';
import type { DataSource } from 'typeorm';
import { MarcheEntity } from '../marche/marche.entity';
import { TypeMarche } from '../marche/marche.type';

const OBJETS = [
  'Réhabilitation de 48 logements sociaux',
  'Entretien des espaces verts communaux',
  'Construction d’un groupe scolaire',
  'Nettoyage des bâtiments intercommunaux',
  'Voirie et réseaux divers, tranche 2',
];
const DONNEURS = ['Commune', 'Communauté d’agglomération', 'Bailleur social Habitat', 'Département'];

/** A few marchés per demo PLIE. Does nothing if marchés already exist. */
export async function seedDemo(db: DataSource, { log }: { log: Logger }): Promise<void> {
  if ((await db.getRepository(MarcheEntity).count()) > 0) return;
  const random = new Random('clauses');
  const marches = DEMO_PLIES.flatMap((plie) =>
    Array.from({ length: 6 }, (_, n) => {
      const montant = random.int(150_000, 4_000_000);
      return {
        id: stableUuid(`marche:${plie.code}:${n}`),
        plieCode: plie.code,
        reference: `${plie.code}-2025-${String(n + 1).padStart(3, '0')}`,
        objet: random.pick(OBJETS),
        typeMarche: random.weighted([[TypeMarche.TRAVAUX, 6], [TypeMarche.SERVICES, 3], [TypeMarche.FOURNITURES, 1]] as const),
        donneurOrdre: `${random.pick(DONNEURS)} (${plie.nom.replace(/^PLIE (de |du |des |de l')?/, '')})`,
        dateNotification: `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        montantHt: Montant.fromCents(montant * 100),
        heuresInsertionPrevues: Math.round((montant * 0.4) / 35 * 0.07),
      };
    }),
  );
  await db.getRepository(MarcheEntity).insert(marches);
  log.info({ marches: marches.length }, 'demo data loaded');
}
