import { addDays, addMonths, today } from '@plie-hub/kit';
import { personMatchKey } from '@plie-hub/auth';
import { DEMO_PLIES, demoPerson, Random, stableUuid } from '@plie-hub/demo';
import type { Logger, SubgraphSettings } from '@plie-hub/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { CommissionEntity } from '../commission/commission.entity';
import { DecisionEntity } from '../commission/decision.entity';
import { ParcoursEntity } from '../parcours/parcours.entity';
import { AffectationReferentEntity, EntretienEntity, EtapeEntity, MesureEntity } from '../parcours/suivi.entities';
import { ParticipantEntity } from '../participant/participant.entity';
import { PlieEntity } from '../plie/plie.entity';
import { ReferentEntity } from '../referentiel/referent.entity';
import { StructurePorteuseEntity } from '../referentiel/structure-porteuse.entity';
import { SortieEntity } from '../sortie/sortie.entity';
import { niortFixture } from './niort-2018-2021';

/** The référent of the demo identity `referent` (token sub `demo-referent`). */
export const DEMO_REFERENT_ID = stableUuid('referent:BORDEAUX:0');

async function insertChunks<T>(manager: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await manager.insert(entity, rows.slice(i, i + 200) as never);
}

/**
 * The demo référentiel (the PLIEs, their territory, structures and référents), a current file active for the
 * Bordeaux référent, and the Niort 2018-2021 history. Does nothing if PLIEs already exist.
 */
export async function seedDemo(db: DataSource, { log, settings }: { log: Logger; settings: SubgraphSettings }): Promise<void> {
  if ((await db.getRepository(PlieEntity).count()) > 0) return;
  const random = new Random('parcours-demo');
  await db.transaction(async (manager) => {
    await manager.insert(
      PlieEntity,
      DEMO_PLIES.map((plie) => ({
        code: plie.code,
        nom: plie.nom,
        structurePorteuse: plie.structurePorteuse,
        organismeIntermediaire: plie.organismeIntermediaire,
        libelleCommission: plie.libelleCommission,
        delaiExpirationPrescriptionJours: 90,
        seuilMasquage: 5,
        regleSortie: plie.code === 'NIORT' ? 'NIORT-2022' : 'NATIONAL',
        delaiSansContactJours: 60,
        dureeMesureMois: 6,
        dureeMaxMois: 24,
        fileActiveParEtp: 80,
        objectifParticipants: plie.code === 'NIORT' ? 350 : null,
        objectifSortiesPositives: plie.code === 'NIORT' ? 55 : null,
        fusionneDans: null,
        fusionneLe: null,
        conservationApresParcoursMois: 24,
        conservationApresControleFseMois: 0,
      })),
    );
    await manager.query(
      'INSERT INTO plie_commune (plie_code, commune_insee, valide_du) SELECT * FROM unnest($1::text[], $2::text[], $3::date[])',
      [
        DEMO_PLIES.flatMap((p) => p.communes.map(() => p.code)),
        DEMO_PLIES.flatMap((p) => p.communes),
        DEMO_PLIES.flatMap((p) => p.communes.map(() => '2021-01-01')),
      ],
    );
    const structures = DEMO_PLIES.map((plie) => ({ id: stableUuid(`structure:${plie.code}`), plieCode: plie.code, nom: `Association d'accompagnement ${plie.nom.replace(/^PLIE /, '')}`, siret: null }));
    await manager.insert(StructurePorteuseEntity, structures);
    const referents = DEMO_PLIES.flatMap((plie, p) =>
      [0, 1, 2].map((n) => ({
        id: stableUuid(`referent:${plie.code}:${n}`),
        plieCode: plie.code,
        structureId: structures[p]!.id,
        nom: `${demoPerson(`referent:${plie.code}:${n}`).prenom} ${demoPerson(`referent:${plie.code}:${n}`).nom}`,
        sub: plie.code === 'BORDEAUX' && n === 0 ? 'demo-referent' : null,
        etp: n === 2 ? '0.50' : '1.00',
        actif: true,
      })),
    );
    await manager.insert(ReferentEntity, referents);
    await seedBordeaux(manager, random, settings.matchKey);
    await seedNiort(manager, settings.matchKey);
  });
  log.info({ plies: DEMO_PLIES.length }, 'demo data loaded');
}

/** 40 people currently accompanied in Bordeaux by the demo référent, with interviews and steps. */
async function seedBordeaux(manager: EntityManager, random: Random, matchKey: string): Promise<void> {
  const on = today();
  const commissionId = stableUuid('commission:BORDEAUX:demo');
  await manager.insert(CommissionEntity, { id: commissionId, plieCode: 'BORDEAUX', date: addDays(on, -200), type: 'INTEGRATION', membres: ['Coordination PLIE', 'France Travail', 'Département'] });
  const participants: ParticipantEntity[] = [];
  const parcours: ParcoursEntity[] = [];
  const entretiens: EntretienEntity[] = [];
  const etapes: EtapeEntity[] = [];
  for (let n = 0; n < 40; n += 1) {
    const person = demoPerson(`bordeaux:${n}`);
    const dateEntree = addDays(on, -random.int(20, 400));
    const id = stableUuid(`participant:BORDEAUX:${n}`);
    const parcoursId = stableUuid(`parcours:BORDEAUX:${n}`);
    participants.push({
      id, plieCode: 'BORDEAUX', cleRapprochement: personMatchKey(matchKey, { nomNaissance: person.nom, prenoms: person.prenom, dateNaissance: person.dateNaissance }), nomNaissance: person.nom, nomUsage: null, prenoms: person.prenom, sexe: person.sexe, dateNaissance: person.dateNaissance, communeInsee: '33063',
      entree: { date: dateEntree, statutEmploi: random.chance(0.6) ? 'CHOMEUR_LONGUE_DUREE' : 'CHOMEUR', age: Number(dateEntree.slice(0, 4)) - Number(person.dateNaissance.slice(0, 4)), trancheCite: random.pick(['CITE_0_2', 'CITE_3_4']), handicap: null, nationalite: 'FRANCAISE', sansAbri: false, qpv: random.chance(0.4), rural: false },
      statuts: [...(random.chance(0.6) ? ['DELD'] : []), ...(random.chance(0.5) ? ['RSA'] : [])],
    } as ParticipantEntity);
    let mesureFin = addMonths(dateEntree, 6);
    while (mesureFin < on) mesureFin = addMonths(mesureFin, 6);
    parcours.push({ id: parcoursId, participantId: id, plieCode: 'BORDEAUX', dateEntree, statut: 'ACTIF', referentId: DEMO_REFERENT_ID, mesureFin, dateSortie: null } as ParcoursEntity);
    for (let k = 0; k < random.int(1, 6); k += 1) {
      entretiens.push({ id: stableUuid(`entretien:BORDEAUX:${n}:${k}`), parcoursId, date: addDays(dateEntree, 10 + k * 35), mode: random.pick(['PRESENTIEL', 'TELEPHONE', 'VISIO'] as const), present: random.chance(0.85), relance: 0 } as EntretienEntity);
    }
    if (random.chance(0.6)) {
      etapes.push({ id: stableUuid(`etape:BORDEAUX:${n}`), parcoursId, type: 'EMPLOI', intitule: 'Agent de propreté', debut: addDays(dateEntree, 30), fin: null, attributs: { contrat: 'CDD', heuresHebdo: 24, dureeMois: 4 } } as EtapeEntity);
    }
  }
  await insertChunks(manager, ParticipantEntity, participants);
  await insertChunks(manager, ParcoursEntity, parcours);
  await insertChunks(manager, MesureEntity, parcours.map((p) => ({ parcoursId: p.id, numero: 1, debut: p.dateEntree, fin: p.mesureFin, bilan: null })));
  await insertChunks(manager, AffectationReferentEntity, parcours.map((p) => ({ parcoursId: p.id, referentId: DEMO_REFERENT_ID, du: p.dateEntree, au: null })));
  await insertChunks(manager, EntretienEntity, entretiens.filter((e) => e.date <= on));
  await insertChunks(manager, EtapeEntity, etapes.filter((e) => e.debut <= on));
}

/** The Niort 2018-2021 history (see `niort-2018-2021.ts`). */
async function seedNiort(manager: EntityManager, matchKey: string): Promise<void> {
  const fixture = niortFixture();
  const referent = stableUuid('referent:NIORT:0');
  await insertChunks(manager, CommissionEntity, fixture.commissions.map((c) => ({ ...c, plieCode: 'NIORT', type: 'INTEGRATION' as const, membres: ['COFIL'] })) as never);
  const sortieOf = new Map(fixture.sorties.map((s) => [s.parcoursId, s]));
  await insertChunks(
    manager,
    ParticipantEntity,
    fixture.participants.map((p) => ({
      id: p.id, plieCode: 'NIORT', cleRapprochement: personMatchKey(matchKey, { nomNaissance: p.nom, prenoms: p.prenom, dateNaissance: p.dateNaissance }), nomNaissance: p.nom, nomUsage: null, prenoms: p.prenom, sexe: p.sexe, dateNaissance: p.dateNaissance, communeInsee: '79191',
      entree: { date: p.dateEntree, statutEmploi: p.statuts.includes('DELD') ? 'CHOMEUR_LONGUE_DUREE' : 'CHOMEUR', age: p.age, trancheCite: 'CITE_0_2', handicap: p.statuts.includes('RQTH') ? true : null, nationalite: p.nationalite, sansAbri: false, qpv: p.qpv, rural: false },
      statuts: p.statuts,
    })) as never,
  );
  await insertChunks(
    manager,
    ParcoursEntity,
    fixture.participants.map((p) => {
      const sortie = sortieOf.get(p.parcoursId);
      return { id: p.parcoursId, participantId: p.id, plieCode: 'NIORT', dateEntree: p.dateEntree, statut: sortie ? 'SORTI' : 'ACTIF', referentId: referent, mesureFin: addMonths(p.dateEntree, 24), dateSortie: sortie?.date ?? null };
    }) as never,
  );
  await insertChunks(manager, DecisionEntity, fixture.decisions.map((d) => ({ ...d, plieCode: 'NIORT', commentaire: null, solutionProximite: null, actuelle: true, auteurSub: 'demo-coordination-niort' })) as never);
  await insertChunks(
    manager,
    SortieEntity,
    fixture.sorties.map((s) => ({
      parcoursId: s.parcoursId, date: s.date, situation: s.situation, regleSet: 'NIORT-2022', categorieCalculee: s.categorie, sousTypeCalcule: s.sousType,
      categorie: s.categorie, sousType: s.sousType, justificationForcage: null, valideeCommissionId: null, confirmee6Mois: s.confirmee, confirmationLe: s.confirmee === null ? null : addMonths(s.date, 6),
    })) as never,
  );
}
