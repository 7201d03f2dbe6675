import { DEMO_PLIES, demoPerson, Random, stableUuid } from '@plie-hub/demo';
import { personMatchKey } from '@plie-hub/auth';
import { Montant, withSiretKey, type Logger, type SubgraphSettings } from '@plie-hub/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { ContratClauseEntity } from '../contrat/contrat.entity';
import { DonneurOrdreEntity } from '../donneur-ordre/donneur-ordre.entity';
import { EntrepriseEntity } from '../entreprise/entreprise.entity';
import { HeuresInsertionEntity } from '../heures/heures.entity';
import { AttributionEntity, LotEntity } from '../marche/lot.entity';
import { MarcheEntity } from '../marche/marche.entity';
import { PersonneEligibleEntity } from '../personne/personne-eligible.entity';

const OBJETS = ['Réhabilitation de 48 logements sociaux', 'Entretien des espaces verts communaux', 'Construction d’un groupe scolaire', 'Nettoyage des bâtiments intercommunaux', 'Voirie et réseaux divers, tranche 2'];
const LOTS = ['Gros œuvre', 'Second œuvre', 'Espaces verts', 'Propreté', 'Peinture'];
const DONNEURS = [['Commune', 'COMMUNE'], ['Communauté d’agglomération', 'EPCI'], ['Bailleur social Habitat', 'BAILLEUR_SOCIAL'], ['Département', 'DEPARTEMENT']] as const;

const siret = (seed: number) => withSiretKey(String(300_000_000_0000 + seed * 7919).slice(0, 13));

async function insertChunks<T>(manager: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await manager.insert(entity, rows.slice(i, i + 200) as never);
}

/**
 * For each demo PLIE: its buyers, six marchés of two lots with their engagements and attributaires, and for
 * Bordeaux, clause contracts for ten of the demo participants and a few people outside the PLIE, with a year of
 * monthly hours. Does nothing if marchés already exist.
 */
export async function seedDemo(db: DataSource, { log, settings }: { log: Logger; settings: SubgraphSettings }): Promise<void> {
  if ((await db.getRepository(MarcheEntity).count()) > 0) return;
  const random = new Random('clauses');
  await db.transaction(async (manager) => {
    const entreprises = Array.from({ length: 20 }, (_, n) => ({ id: stableUuid(`entreprise:${n}`), siret: siret(1000 + n), nom: `${['BTP', 'Propreté', 'Paysages', 'Bâtiment'][n % 4]} ${demoPerson(`entreprise:${n}`).nom} SAS`, naf: ['43.99C', '81.21Z', '81.30Z', '41.20B'][n % 4]! }));
    await manager.insert(EntrepriseEntity, entreprises);
    const donneurs: DonneurOrdreEntity[] = [];
    const marches: MarcheEntity[] = [];
    const lots: LotEntity[] = [];
    const attributions: AttributionEntity[] = [];
    DEMO_PLIES.forEach((plie, p) => {
      DONNEURS.forEach(([nom, type], d) => donneurs.push({ id: stableUuid(`donneur:${plie.code}:${d}`), nom: `${nom} (${plie.nom.replace(/^PLIE (de |du |des |de l')?/, '')})`, siret: siret(p * 10 + d), type, plies: [plie.code] } as DonneurOrdreEntity));
      for (let n = 0; n < 6; n += 1) {
        const id = stableUuid(`marche:${plie.code}:${n}`);
        const montant = random.int(150_000, 4_000_000);
        marches.push({
          id, plieCode: plie.code, donneurOrdreId: stableUuid(`donneur:${plie.code}:${n % DONNEURS.length}`), reference: `${plie.code}-2025-${String(n + 1).padStart(3, '0')}`,
          objet: random.pick(OBJETS), typeMarche: random.weighted([['TRAVAUX', 6], ['SERVICES', 3], ['FOURNITURES', 1]] as const), baseJuridique: 'CONDITION_EXECUTION',
          dateNotification: `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`, dureeMois: random.int(12, 36), montantHt: Montant.fromCents(montant * 100),
        } as MarcheEntity);
        for (const numero of [1, 2]) {
          const heuresTravail = Math.round((montant * 0.4) / 35 / 2);
          const lotId = stableUuid(`lot:${plie.code}:${n}:${numero}`);
          lots.push({ id: lotId, marcheId: id, numero, intitule: random.pick(LOTS), heuresTravail, tauxInsertion: '7.00', heuresEngagees: Math.round(heuresTravail * 0.07), modalites: ['EMBAUCHE_DIRECTE', 'MISE_A_DISPOSITION_ETTI'] } as LotEntity);
          attributions.push({ lotId, entrepriseId: entreprises[(p * 3 + n + numero) % entreprises.length]!.id });
        }
      }
    });
    await insertChunks(manager, DonneurOrdreEntity, donneurs);
    await insertChunks(manager, MarcheEntity, marches);
    await insertChunks(manager, LotEntity, lots);
    await insertChunks(manager, AttributionEntity, attributions);
    await seedBordeauxContracts(manager, random, entreprises, settings.matchKey);
  });
  log.info({ marches: DEMO_PLIES.length * 6 }, 'demo data loaded');
}

async function seedBordeauxContracts(manager: EntityManager, random: Random, entreprises: Array<{ id: string }>, matchKey: string): Promise<void> {
  const personnes: PersonneEligibleEntity[] = [];
  const contrats: ContratClauseEntity[] = [];
  const heures: HeuresInsertionEntity[] = [];
  for (let n = 0; n < 14; n += 1) {
    const participant = n < 10;
    const person = demoPerson(participant ? `bordeaux:${n}` : `clause-hors-plie:${n}`);
    const personneId = stableUuid(`eligible:BORDEAUX:${n}`);
    personnes.push({
      id: personneId, plieCode: 'BORDEAUX', participantId: participant ? stableUuid(`participant:BORDEAUX:${n}`) : null, nom: participant ? null : person.nom, prenoms: participant ? null : person.prenom,
      cleRapprochement: participant ? null : personMatchKey(matchKey, { nomNaissance: person.nom, prenoms: person.prenom, dateNaissance: person.dateNaissance }),
      sexe: person.sexe, dateNaissance: person.dateNaissance, qpv: random.chance(0.4), critere: participant ? 'PARTICIPANT_PLIE' : random.pick(['DELD', 'RSA_ASS', 'JEUNE_PEU_QUALIFIE'] as const),
      justificatif: participant ? 'Participant du PLIE' : 'Attestation France Travail', eligibleDu: '2025-01-01', eligibleAu: '2026-12-31',
    } as PersonneEligibleEntity);
    const marche = n % 6;
    const lotNumero = 1 + (n % 2);
    const contratId = stableUuid(`contrat:BORDEAUX:${n}`);
    contrats.push({
      id: contratId, reference: `BORDEAUX-2025-${String(marche + 1).padStart(3, '0')}-L${lotNumero}-C${String(n + 1).padStart(3, '0')}`, personneId, lotId: stableUuid(`lot:BORDEAUX:${marche}:${lotNumero}`),
      employeurId: entreprises[n % entreprises.length]!.id, modalite: n % 3 === 0 ? 'MISE_A_DISPOSITION_ETTI' : 'EMBAUCHE_DIRECTE', typeContrat: n % 3 === 0 ? 'INTERIM' : 'CDD',
      debut: '2025-02-01', fin: '2026-01-31', heuresHebdo: '35.0',
    } as ContratClauseEntity);
    for (let month = 2; month <= 13; month += 1) {
      const year = month > 12 ? 2026 : 2025;
      heures.push({ contratId, mois: `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`, heuresTravail: String(random.int(80, 151)), heuresFormation: String(month % 4 === 0 ? 7 : 0), source: 'SAISIE', saisiPar: 'demo-facilitateur' } as HeuresInsertionEntity);
    }
  }
  await insertChunks(manager, PersonneEligibleEntity, personnes);
  await insertChunks(manager, ContratClauseEntity, contrats);
  await insertChunks(manager, HeuresInsertionEntity, heures);
}
