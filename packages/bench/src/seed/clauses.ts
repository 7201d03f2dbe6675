import { personMatchKey } from '@plie-hub/auth';
import { demoPerson } from '@plie-hub/demo';
import type { PlieRef, SeedContext } from './context';
import type { ParticipantGen } from './parcours';
import {
  addMonthsDay,
  apportion,
  firstDayOfMonth,
  idStream,
  instantOf,
  isoOf,
  lastDayOfMonth,
  monthIndexOf,
  pad,
  stableUuid,
  withSiretKey,
} from './util';
import type { Row } from './writer';

export interface ClausesPart {
  tables: Array<[string, Row[]]>;
}

/** Ids of the référentiel additions do not depend on the seed: a second run finds them (see `alreadyGenerated`). */
export const donneurId = (plieCode: string, d: number) => stableUuid(`volume:donneur:${plieCode}:${d}`);
export const entrepriseId = (k: number) => stableUuid(`volume:entreprise:${k}`);

const DONNEURS = [
  ['Centre hospitalier', 'HOPITAL'],
  ['Région Nouvelle-Aquitaine, lycées', 'REGION'],
  ['Services de l’État', 'ETAT'],
  ['Office public de l’habitat', 'BAILLEUR_SOCIAL'],
] as const;
const OBJETS: Record<string, string[]> = {
  TRAVAUX: ['Réhabilitation de logements sociaux', 'Construction d’un groupe scolaire', 'Voirie et réseaux divers', 'Rénovation énergétique d’équipements publics', 'Extension d’une médiathèque', 'Aménagement d’un pôle d’échanges'],
  SERVICES: ['Nettoyage des bâtiments publics', 'Entretien des espaces verts', 'Collecte des déchets', 'Restauration collective', 'Entretien des voiries'],
  FOURNITURES: ['Fourniture et pose de mobilier urbain', 'Fourniture de vêtements de travail', 'Fourniture et pose de signalétique'],
};
const LOTS: Record<string, string[]> = {
  TRAVAUX: ['Gros œuvre', 'Charpente et couverture', 'Menuiseries extérieures', 'Plâtrerie et isolation', 'Électricité', 'Plomberie et chauffage', 'Peinture', 'VRD', 'Espaces verts'],
  SERVICES: ['Nettoyage', 'Espaces verts', 'Collecte', 'Restauration', 'Propreté urbaine'],
  FOURNITURES: ['Fourniture et pose', 'Livraison et installation'],
};
const ENTREPRISES = [
  ['BTP', '43.99C'],
  ['Propreté', '81.21Z'],
  ['Paysages', '81.30Z'],
  ['Bâtiment', '41.20B'],
  ['Menuiserie', '43.32A'],
  ['Électricité', '43.21A'],
  ['ETTI Intérim insertion', '78.20Z'],
  ['GEIQ BTP', '78.30Z'],
  ['Association intermédiaire', '88.99B'],
  ['Entreprise d’insertion', '81.21Z'],
] as const;
const MODALITES = [['EMBAUCHE_DIRECTE', 0.7], ['MISE_A_DISPOSITION_ETTI', 0.5], ['MISE_A_DISPOSITION_AI', 0.2], ['MISE_A_DISPOSITION_GEIQ', 0.1], ['MISE_A_DISPOSITION_ETT', 0.1], ['SOUS_TRAITANCE_SIAE', 0.15], ['FORMATION', 0.1]] as const;
const CRITERES = [['DELD', 30], ['RSA_ASS', 25], ['JEUNE_PEU_QUALIFIE', 20], ['RQTH', 8], ['SENIOR_DE', 7], ['AGREMENT_SIAE', 7], ['AUTRE', 3]] as const;
const JUSTIFICATIFS: Record<string, string> = {
  PARTICIPANT_PLIE: 'Participant du PLIE',
  DELD: 'Attestation France Travail (inscription de plus de 12 mois)',
  RSA_ASS: 'Attestation de droits CAF',
  JEUNE_PEU_QUALIFIE: 'Attestation Mission Locale',
  RQTH: 'Notification MDPH',
  SENIOR_DE: 'Attestation France Travail',
  AGREMENT_SIAE: 'Pass IAE',
  AUTRE: 'Avis motivé du référent',
};

interface LotGen {
  id: string;
  numero: number;
  plie: PlieRef;
  reference: string;
  heuresEngagees: number;
  modalites: string[];
  attributaires: string[];
  firstMonth: number;
  lastMonth: number;
  /** Share of the marché's duration already run today. */
  elapsed: number;
  contracts: number;
  /** Monthly rows of its contracts, and the hours each carries on average. */
  rows: number;
  heuresParLigne: number;
}

/**
 * Buyers, marchés and lots with their engagements and attributaires, people checked as eligible (PLIE participants by
 * reference, others named with their match key), clause contracts within the marchés' periods and monthly hours
 * within each contract and the legal ceiling (10 h a day).
 */
export function generateClauses(ctx: SeedContext, participants: ParticipantGen[]): ClausesPart {
  const { today, start, volumes, referential } = ctx;
  const plies = referential.plies;
  const todayMonth = monthIndexOf(today);

  // Référentiel additions, the same whatever the seed: more buyers per PLIE, companies as the volume grows.
  const donneurRows: Row[] = [];
  const donneurs = new Map<string, string[]>(plies.map((plie) => [plie.code, [...plie.donneurs]]));
  plies.forEach((plie, p) => {
    DONNEURS.forEach(([nom, type], d) => {
      const id = donneurId(plie.code, d);
      donneurs.get(plie.code)!.push(id);
      donneurRows.push({
        id, nom: `${nom} (${plie.nom.replace(/^PLIE (de |du |des |de l'|de l’)?/, '')})`, siret: withSiretKey(`9${pad(p * 10 + d, 6)}000010`), type, plies: [plie.code],
        version: 1, cree_le: instantOf(start - 400, 9 * 60), modifie_le: instantOf(start - 400, 9 * 60),
      });
    });
  });
  const entrepriseRows: Row[] = [];
  const pools = { attributaires: referential.entreprises.map((e) => e.id), ETTI: [] as string[], GEIQ: [] as string[], AI: [] as string[], SIAE: [] as string[] };
  for (let k = 0; k < volumes.entreprises; k += 1) {
    const [kind, naf] = ENTREPRISES[k % ENTREPRISES.length]!;
    const id = entrepriseId(k);
    entrepriseRows.push({ id, siret: withSiretKey(`8${pad(k, 8)}0001`), nom: `${kind} ${demoPerson(`volume:entreprise:${k}`).nom} ${['SAS', 'SARL', 'SA'][k % 3]}`, naf });
    const pool = k % 10 === 6 ? pools.ETTI : k % 10 === 7 ? pools.GEIQ : k % 10 === 8 ? pools.AI : k % 10 === 9 ? pools.SIAE : pools.attributaires;
    pool.push(id);
  }

  // Marchés and lots.
  const random = ctx.random('clauses:marches');
  const nextMarche = idStream(`seed:${ctx.seed}:marche`);
  const nextLot = idStream(`seed:${ctx.seed}:lot`);
  const marcheRows: Row[] = [];
  const marches: Array<{ id: string; plie: PlieRef; reference: string; type: string; montant: number; firstMonth: number; lastMonth: number; elapsed: number }> = [];
  const perPlie = apportion(volumes.marches, plies.map((plie) => plie.weight));
  plies.forEach((plie, p) => {
    for (let k = 0; k < perPlie[p]!; k += 1) {
      // The first marchés of each PLIE run today, so that the facilitators have hours to follow.
      const current = k < 2;
      const notification = current ? addMonthsDay(today, -random.int(14, 30)) : random.int(start - 365, today - 60);
      const duree = current ? 48 : random.weighted([[12, 15], [18, 10], [24, 30], [36, 30], [48, 15]] as const);
      const type = random.weighted([['TRAVAUX', 6], ['SERVICES', 3], ['FOURNITURES', 1]] as const);
      const montant = type === 'TRAVAUX' ? random.int(300_000, 8_000_000) : type === 'SERVICES' ? random.int(80_000, 2_000_000) : random.int(50_000, 800_000);
      const id = nextMarche();
      const reference = `${plie.code}-${isoOf(notification).slice(0, 4)}-G${pad(k + 1, 4)}`;
      const endDay = addMonthsDay(notification, duree);
      const end = monthIndexOf(endDay);
      // Contracts start the month after notification at the earliest, and nothing is recorded after today.
      marches.push({ id, plie, reference, type, montant, firstMonth: monthIndexOf(notification) + 1, lastMonth: Math.min(end, todayMonth), elapsed: Math.min(1, (today - notification) / (endDay - notification)) });
      marcheRows.push({
        id, plie_code: plie.code, donneur_ordre_id: random.pick(donneurs.get(plie.code)!), reference, objet: random.pick(OBJETS[type]!), type_marche: type,
        base_juridique: random.weighted([['CONDITION_EXECUTION', 80], ['MARCHE_RESERVE', 10], ['CRITERE_ATTRIBUTION', 10]] as const),
        date_notification: isoOf(notification), duree_mois: duree, montant_ht: `${montant}.00`, version: 1, cree_le: instantOf(notification, 10 * 60), modifie_le: instantOf(notification, 10 * 60),
      });
    }
  });
  const lotCounts = apportion(volumes.lots - marches.length, marches.map((m) => Math.sqrt(m.montant))).map((n) => n + 1);
  const lotRows: Row[] = [];
  const attributionRows: Row[] = [];
  const lots: LotGen[] = [];
  marches.forEach((marche, m) => {
    const count = lotCounts[m]!;
    const shares = Array.from({ length: count }, () => 0.5 + random.next());
    const total = shares.reduce((s, x) => s + x, 0);
    for (let numero = 1; numero <= count; numero += 1) {
      const lotMontant = (marche.montant * shares[numero - 1]!) / total;
      const given = random.chance(0.1);
      const heuresTravail = Math.max(1, Math.round((lotMontant * 0.4) / 38));
      const taux = random.pick(['5.00', '6.00', '7.00', '7.50', '8.00', '10.00']);
      const heuresEngagees = given ? random.int(300, 3000) : Math.round((heuresTravail * Number(taux)) / 100);
      const modalites = MODALITES.filter(([, p]) => random.chance(p)).map(([modalite]) => modalite as string);
      if (modalites.length === 0) modalites.push('EMBAUCHE_DIRECTE');
      const id = nextLot();
      const attributaires = [random.pick(pools.attributaires)];
      if (random.chance(0.15)) {
        const other = random.pick(pools.attributaires);
        if (other !== attributaires[0]) attributaires.push(other);
      }
      lotRows.push({
        id, marche_id: marche.id, numero, intitule: random.pick(LOTS[marche.type]!), heures_travail: given ? null : heuresTravail, taux_insertion: given ? null : taux,
        heures_engagees: heuresEngagees, modalites,
      });
      for (const entrepriseId of attributaires) attributionRows.push({ lot_id: id, entreprise_id: entrepriseId });
      lots.push({ id, numero, plie: marche.plie, reference: marche.reference, heuresEngagees, modalites, attributaires, firstMonth: marche.firstMonth, lastMonth: marche.lastMonth, elapsed: marche.elapsed, contracts: 0, rows: 0, heuresParLigne: 0 });
    }
  });

  // Contracts: how many months each covers (the monthly rows sum to the scale's count), then on which lot.
  const plan = ctx.random('clauses:contrats');
  const months = apportion(volumes.heures - volumes.contrats, Array.from({ length: volumes.contrats }, () => 0.1 + 1.9 * plan.next())).map((n) => n + 1);
  const length = (lot: LotGen) => lot.lastMonth - lot.firstMonth + 1;
  const byLength = [...lots].sort((a, b) => length(b) - length(a) || a.id.localeCompare(b.id));
  const cumulative: number[] = [];
  byLength.reduce((sum, lot, i) => (cumulative[i] = sum + lot.heuresEngagees + 1), 0);
  const pickLot = (k: number): LotGen | null => {
    // Lots whose marché runs at least k months up to today: a prefix of `byLength`.
    let lo = 0;
    let hi = byLength.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (length(byLength[mid]!) >= k) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return null;
    const roll = plan.next() * cumulative[lo - 1]!;
    let a = 0;
    let b = lo - 1;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (cumulative[mid]! > roll) b = mid;
      else a = mid + 1;
    }
    return byLength[a]!;
  };
  const demoParticipants = participants.filter((p) => p.demo);
  const demoLots = lots.filter((lot) => lot.plie.code === 'BORDEAUX' && lot.lastMonth === todayMonth);
  const demoContracts = demoLots.length ? Math.min(demoParticipants.length, 30, Math.max(1, Math.round(30 * ctx.scale))) : 0;
  const assigned: Array<{ lot: LotGen; months: number; demo: boolean }> = [];
  let deficit = 0;
  for (let i = 0; i < volumes.contrats; i += 1) {
    let k = months[i]! + deficit;
    const demo = i < demoContracts;
    let lot: LotGen | null = null;
    if (demo) {
      const fitting = demoLots.filter((l) => length(l) >= k);
      lot = fitting.length ? plan.pick(fitting) : demoLots.reduce((best, l) => (length(l) > length(best) ? l : best));
    } else {
      lot = pickLot(k) ?? byLength[0]!;
    }
    const taken = Math.min(k, length(lot));
    deficit = k - taken;
    k = taken;
    assigned.push({ lot, months: k, demo });
  }
  // What no lot could hold goes to contracts with room left (tiny scales only).
  for (const a of assigned) {
    if (deficit === 0) break;
    const room = length(a.lot) - a.months;
    const add = Math.min(room, deficit);
    a.months += add;
    deficit -= add;
  }
  if (deficit > 0) throw new Error(`clauses: ${deficit} monthly rows fit no marché period`);
  // The hours done on a lot follow its engagement and how far the marché has run (50 to 115 % at the end).
  for (const a of assigned) a.lot.rows += a.months;
  for (const lot of lots) {
    if (lot.rows) lot.heuresParLigne = (lot.elapsed * (0.5 + 0.65 * plan.next()) * lot.heuresEngagees) / lot.rows;
  }

  // Contracts, people, monthly hours.
  const life = ctx.random('clauses:personnes');
  const nextContrat = idStream(`seed:${ctx.seed}:contrat`);
  const nextPersonne = idStream(`seed:${ctx.seed}:personne-eligible`);
  const personneRows: Row[] = [];
  const contratRows: Row[] = [];
  const heureRows: Row[] = [];
  const byPlie = new Map<string, ParticipantGen[]>();
  for (const participant of [...participants].sort((a, b) => a.entree - b.entree || a.id.localeCompare(b.id))) {
    const list = byPlie.get(participant.plie.code);
    if (list) list.push(participant);
    else byPlie.set(participant.plie.code, [participant]);
  }
  const personneOfParticipant = new Map<string, Row>();
  const externes = new Map<string, Row[]>();
  const usedDemo = new Set<string>();
  const eligibleFrom = (row: Row, debut: number) => {
    // A later contract of the same person: the eligibility is checked again at its start.
    if (String(row.eligible_au) < isoOf(debut)) row.eligible_au = isoOf(debut + 365);
  };
  const participantAt = (plie: PlieRef, day: number): ParticipantGen | null => {
    const list = byPlie.get(plie.code) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.entree <= day) lo = mid + 1;
      else hi = mid;
    }
    for (let attempt = 0; attempt < 12 && lo > 0; attempt += 1) {
      const candidate = list[life.int(0, lo - 1)]!;
      if (candidate.fin >= day) return candidate;
    }
    return null;
  };
  for (const { lot, months: k, demo } of assigned) {
    const plie = lot.plie;
    const firstMonth = demo ? lot.lastMonth - k + 1 : life.int(lot.firstMonth, lot.lastMonth - k + 1);
    const lastMonth = firstMonth + k - 1;
    const debut = firstDayOfMonth(firstMonth) + (life.chance(0.4) ? 0 : life.int(1, 9));
    const ongoing = lastMonth === todayMonth && life.chance(0.6);
    const fin = ongoing ? null : Math.max(debut, lastDayOfMonth(lastMonth) - life.int(0, 5));

    let participant: ParticipantGen | null = null;
    if (demo) participant = demoParticipants.find((p) => !usedDemo.has(p.id) && p.entree <= debut) ?? null;
    if (participant) usedDemo.add(participant.id);
    else if (life.chance(0.55)) participant = participantAt(plie, debut);
    let personne: Row;
    if (participant) {
      const key = `${plie.code}|${participant.id}`;
      const known = personneOfParticipant.get(key);
      if (known) {
        personne = known;
        eligibleFrom(known, debut);
      } else {
        const du = debut - life.int(0, 20);
        personne = {
          id: nextPersonne(), plie_code: plie.code, participant_id: participant.id, nom: null, prenoms: null, cle_rapprochement: null, sexe: participant.sexe,
          date_naissance: participant.dateNaissance, qpv: participant.qpv, critere: 'PARTICIPANT_PLIE', justificatif: JUSTIFICATIFS.PARTICIPANT_PLIE,
          eligible_du: isoOf(du), eligible_au: isoOf(addMonthsDay(du, 24) - 1), cree_le: instantOf(du, 9 * 60),
        };
        personneOfParticipant.set(key, personne);
        personneRows.push(personne);
      }
    } else {
      const own = externes.get(plie.code) ?? [];
      if (own.length && life.chance(0.2)) {
        personne = life.pick(own);
        eligibleFrom(personne, debut);
      } else {
        const critere = life.weighted(CRITERES);
        const year = Number(isoOf(debut).slice(0, 4));
        const years: [number, number] = critere === 'JEUNE_PEU_QUALIFIE' ? [year - 25, year - 18] : critere === 'SENIOR_DE' ? [year - 64, year - 50] : [year - 58, year - 22];
        const n = personneRows.length;
        const person = demoPerson(`seed:${ctx.seed}:eligible:${n}`, years);
        const du = debut - life.int(0, 20);
        personne = {
          id: nextPersonne(), plie_code: plie.code, participant_id: null, nom: person.nom, prenoms: person.prenom,
          cle_rapprochement: personMatchKey(ctx.matchKey, { nomNaissance: person.nom, prenoms: person.prenom, dateNaissance: person.dateNaissance }),
          sexe: person.sexe, date_naissance: person.dateNaissance, qpv: life.chance(0.3), critere, justificatif: JUSTIFICATIFS[critere]!,
          eligible_du: isoOf(du), eligible_au: isoOf(addMonthsDay(du, 24) - 1), cree_le: instantOf(du, 9 * 60),
        };
        own.push(personne);
        externes.set(plie.code, own);
        personneRows.push(personne);
      }
    }

    const modalite = life.pick(lot.modalites);
    const typeContrat =
      modalite === 'EMBAUCHE_DIRECTE' ? life.weighted([['CDD', 70], ['CDI', 20], ['ALTERNANCE', 10]] as const)
      : modalite === 'MISE_A_DISPOSITION_ETTI' ? 'CTTI'
      : modalite === 'MISE_A_DISPOSITION_AI' ? 'AUTRE'
      : modalite === 'MISE_A_DISPOSITION_ETT' ? 'INTERIM'
      : modalite === 'SOUS_TRAITANCE_SIAE' ? 'CDDI'
      : 'ALTERNANCE';
    const pool = modalite === 'MISE_A_DISPOSITION_ETTI' || modalite === 'MISE_A_DISPOSITION_ETT' ? pools.ETTI
      : modalite === 'MISE_A_DISPOSITION_AI' ? pools.AI
      : modalite === 'MISE_A_DISPOSITION_GEIQ' ? pools.GEIQ
      : modalite === 'SOUS_TRAITANCE_SIAE' ? pools.SIAE
      : [];
    const employeur = pool.length ? life.pick(pool) : life.pick(lot.attributaires);
    const hebdo = life.weighted([[35, 40], [28, 15], [24, 15], [30, 10], [20, 10], [17.5, 10]] as const);
    lot.contracts += 1;
    const id = nextContrat();
    contratRows.push({
      id, reference: `${lot.reference}-L${lot.numero}-C${pad(lot.contracts, 4)}`, personne_id: personne.id, lot_id: lot.id, employeur_id: employeur, modalite, type_contrat: typeContrat,
      debut: isoOf(debut), fin: fin === null ? null : isoOf(fin), heures_hebdo: hebdo.toFixed(1), version: 1, cree_le: instantOf(debut - 3, 10 * 60), modifie_le: instantOf(debut - 3, 10 * 60),
    });
    const formation = modalite === 'FORMATION' || modalite === 'MISE_A_DISPOSITION_GEIQ';
    for (let month = firstMonth; month <= lastMonth; month += 1) {
      const from = Math.max(debut, firstDayOfMonth(month));
      const to = Math.min(fin ?? lastDayOfMonth(month), lastDayOfMonth(month));
      const days = to - from + 1;
      const ceiling = days * 10;
      // Hours on this marché: what the lot's engagement calls for, within the contract's weekly hours and 10 h a day.
      const monthShare = days / (lastDayOfMonth(month) - firstDayOfMonth(month) + 1);
      const heuresFormation = Math.min(ceiling, formation ? life.int(4, 21) : life.chance(0.08) ? 7 : 0);
      const wanted = lot.heuresParLigne * monthShare * (0.7 + 0.6 * life.next()) * (life.chance(0.06) ? 0.3 : 1) - heuresFormation;
      const travail = Math.max(0, Math.min(wanted, (hebdo * days) / 7, ceiling - heuresFormation));
      const saisie = Math.min(today, lastDayOfMonth(month) + life.int(3, 12));
      heureRows.push({
        contrat_id: id, mois: isoOf(firstDayOfMonth(month)), heures_travail: (Math.floor(travail * 2) / 2).toFixed(2), heures_formation: heuresFormation.toFixed(2),
        source: life.chance(0.6) ? 'SAISIE' : 'IMPORT', saisi_par: `gen-facilitateur-${plie.code.toLowerCase()}`, modifie_le: instantOf(saisie, 10 * 60),
      });
    }
  }
  return {
    tables: [
      ['donneur_ordre', donneurRows],
      ['entreprise', entrepriseRows],
      ['marche', marcheRows],
      ['lot', lotRows],
      ['attribution', attributionRows],
      ['personne_eligible', personneRows],
      ['contrat_clause', contratRows],
      ['heures_insertion', heureRows],
    ],
  };
}
