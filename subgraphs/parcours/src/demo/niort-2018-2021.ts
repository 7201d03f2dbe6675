import { addMonths } from '@plie-hub/kit';
import { demoPerson, Random, stableUuid } from '@plie-hub/demo';
import type { Partenaire } from '../commission/decision.entity';
import { NIORT } from '../sortie/rule-sets';
import { computeSortie, type SituationSortie } from '../sortie/sortie-rules';

/**
 * Records shaped like the PLIE du Niortais' evaluation 2018-2021 (digest-004 §3.4): 1 071 prescriptions by
 * prescriber and year, 697 entries (207, 196, 133, 161), 95 people already accompanied at the start of 2018 (792
 * accompanied in all), about 672 exits of which 269 positive (64, 68, 59, 78) with the document's sub-types, the
 * shares of women, DELD, RSA and RQTH, and the age bands. The exits' categories are computed by the Niort rule set
 * from the exit situations, so the reference figures also check the rules.
 */
export const NIORT_PRESCRIPTIONS: Record<number, Record<Partenaire, number>> = {
  2018: { DEPARTEMENT: 109, FRANCE_TRAVAIL: 188, SIAE: 33, CCAS: 5, MISSION_LOCALE: 0, AUTRE: 0 },
  2019: { DEPARTEMENT: 127, FRANCE_TRAVAIL: 118, SIAE: 21, CCAS: 5, MISSION_LOCALE: 0, AUTRE: 0 },
  2020: { DEPARTEMENT: 136, FRANCE_TRAVAIL: 75, SIAE: 15, CCAS: 3, MISSION_LOCALE: 0, AUTRE: 0 },
  2021: { DEPARTEMENT: 136, FRANCE_TRAVAIL: 83, SIAE: 12, CCAS: 5, MISSION_LOCALE: 0, AUTRE: 0 },
};
export const NIORT_ENTREES: Record<number, number> = { 2018: 207, 2019: 196, 2020: 133, 2021: 161 };
export const NIORT_DEJA_ACCOMPAGNES = 95;
export const NIORT_SORTIES: Record<number, number> = { 2018: 160, 2019: 170, 2020: 148, 2021: 194 };

/** Positive exits by year and by the evaluation's reporting type, as exit situations. */
const POSITIVES: Array<{ situation: SituationSortie; parAnnee: [number, number, number, number] }> = [
  { situation: { type: 'EMPLOI', contrat: 'CDI', heuresHebdo: 35 }, parAnnee: [4, 14, 6, 13] },
  { situation: { type: 'EMPLOI', contrat: 'CDD', dureeMois: 8, heuresHebdo: 35, memeEmployeur: true }, parAnnee: [17, 23, 14, 24] },
  { situation: { type: 'EMPLOI', contrat: 'INTERIM', moisSansInterruption: 2, heuresClauses6DerniersMois: 640 }, parAnnee: [0, 0, 2, 0] },
  { situation: { type: 'EMPLOI', contrat: 'ALTERNANCE', dureeMois: 12, heuresHebdo: 35 }, parAnnee: [3, 1, 0, 1] },
  { situation: { type: 'EMPLOI', contrat: 'CDDI', dureeMois: 14, heuresHebdo: 26 }, parAnnee: [16, 10, 9, 19] },
  { situation: { type: 'EMPLOI', contrat: 'CONTRAT_AIDE', dureeMois: 13, heuresHebdo: 26 }, parAnnee: [3, 3, 2, 2] },
  { situation: { type: 'FORMATION', formationQualifiante: true, formationHeures: 450 }, parAnnee: [20, 16, 23, 19] },
  { situation: { type: 'CREATION_ENTREPRISE', creationValideeCommission: true }, parAnnee: [1, 1, 3, 0] },
];

const AUTRES: SituationSortie[] = [
  { type: 'EMPLOI', contrat: 'CDD', dureeMois: 3, heuresHebdo: 35, memeEmployeur: true },
  { type: 'EMPLOI', contrat: 'MISSION_AI', dureeMois: 2, heuresHebdo: 12 },
  { type: 'FORMATION', formationQualifiante: false, formationHeures: 120 },
  { type: 'SANS_EMPLOI_NI_FORMATION', freinsReduits: true },
  { type: 'SANS_EMPLOI_NI_FORMATION', motif: 'ABANDON' },
  { type: 'SANS_EMPLOI_NI_FORMATION', motif: 'DEMENAGEMENT' },
  { type: 'SANS_EMPLOI_NI_FORMATION', motif: 'REORIENTATION' },
];

export interface NiortFixture {
  commissions: Array<{ id: string; date: string }>;
  decisions: Array<{ id: string; partenaire: Partenaire; prescriptionId: string; commissionId: string; statut: 'ADMIS' | 'REFUSE' | 'AJOURNE'; motif: string | null; decideLe: Date; parcoursId: string | null }>;
  participants: Array<{
    id: string; parcoursId: string; nom: string; prenom: string; sexe: 'FEMME' | 'HOMME'; dateNaissance: string; dateEntree: string;
    age: number; statuts: string[]; nationalite: string; qpv: boolean;
  }>;
  sorties: Array<{ parcoursId: string; date: string; situation: SituationSortie; categorie: string; sousType: string; confirmee: boolean | null }>;
}

const day = (year: number, index: number, count: number) => {
  const start = Date.UTC(year, 0, 8);
  const span = Date.UTC(year, 11, 20) - start;
  return new Date(start + Math.floor((span * index) / Math.max(1, count))).toISOString().slice(0, 10);
};

export function niortFixture(): NiortFixture {
  const random = new Random('niort-2018-2021');
  const fixture: NiortFixture = { commissions: [], decisions: [], participants: [], sorties: [] };
  const commissionOf = (date: string) => {
    const month = date.slice(0, 7);
    const id = stableUuid(`niort:commission:${month}`);
    if (!fixture.commissions.some((c) => c.id === id)) fixture.commissions.push({ id, date: `${month}-05` });
    return id;
  };
  const person = (key: string, dateEntree: string) => {
    const p = demoPerson(`niort:${key}`);
    const sexe: 'FEMME' | 'HOMME' = random.chance(0.48) ? 'FEMME' : 'HOMME';
    const age = random.weighted([[random.int(26, 44), 60], [random.int(55, 62), 15], [random.int(45, 54), 15], [random.int(19, 25), 10]] as const);
    const year = Number(dateEntree.slice(0, 4)) - age;
    const statuts = [
      ...(random.chance(0.64) ? ['DELD'] : []),
      ...(random.chance(0.69) ? ['RSA'] : []),
      ...(random.chance(0.06) ? ['RQTH'] : []),
    ];
    return { nom: p.nom, prenom: p.prenom, sexe, age, dateNaissance: `${year}-${dateEntree.slice(5)}`, statuts, nationalite: random.chance(0.81) ? 'FRANCAISE' : 'HORS_UNION_EUROPEENNE', qpv: random.chance(0.3) };
  };

  for (let n = 0; n < NIORT_DEJA_ACCOMPAGNES; n += 1) {
    const dateEntree = day(2017, n, NIORT_DEJA_ACCOMPAGNES);
    fixture.participants.push({ id: stableUuid(`niort:participant:2017:${n}`), parcoursId: stableUuid(`niort:parcours:2017:${n}`), dateEntree, ...person(`2017:${n}`, dateEntree) });
  }
  for (const year of [2018, 2019, 2020, 2021]) {
    const byPartner = Object.entries(NIORT_PRESCRIPTIONS[year]!).flatMap(([partenaire, count]) => Array.from({ length: count }, (_, i) => ({ partenaire: partenaire as Partenaire, i })));
    // Interleave partners through the year, then admit the year's number of entries spread across them.
    byPartner.sort((a, b) => a.i - b.i || a.partenaire.localeCompare(b.partenaire));
    const entries = NIORT_ENTREES[year]!;
    byPartner.forEach(({ partenaire, i }, index) => {
      const date = day(year, index, byPartner.length);
      const admitted = Math.floor(((index + 1) * entries) / byPartner.length) > Math.floor((index * entries) / byPartner.length);
      const key = `${year}:${partenaire}:${i}`;
      const parcoursId = admitted ? stableUuid(`niort:parcours:${key}`) : null;
      fixture.decisions.push({
        id: stableUuid(`niort:decision:${key}`),
        partenaire,
        prescriptionId: stableUuid(`niort:prescription:${key}`),
        commissionId: commissionOf(date),
        statut: admitted ? 'ADMIS' : random.chance(0.7) ? 'REFUSE' : 'AJOURNE',
        motif: admitted ? null : 'REFUS_CRITERES',
        decideLe: new Date(`${date}T14:00:00Z`),
        parcoursId,
      });
      if (parcoursId) fixture.participants.push({ id: stableUuid(`niort:participant:${key}`), parcoursId, dateEntree: date, ...person(key, date) });
    });
  }

  // Exits: each year, the earliest entered among those who entered at least 6 months before the exit date.
  const active = [...fixture.participants].sort((a, b) => a.dateEntree.localeCompare(b.dateEntree));
  for (const [index, year] of [2018, 2019, 2020, 2021].entries()) {
    const situations = [
      ...POSITIVES.flatMap(({ situation, parAnnee }) => Array.from({ length: parAnnee[index]! }, () => situation)),
    ];
    const total = NIORT_SORTIES[year]!;
    while (situations.length < total) situations.push(AUTRES[situations.length % AUTRES.length]!);
    situations.forEach((situation, k) => {
      const date = day(year, k, total);
      const position = active.findIndex((p) => addMonths(p.dateEntree, 6) <= date);
      if (position < 0) throw new Error(`Niort fixture: nobody can exit on ${date}`);
      const [participant] = active.splice(position, 1);
      const computed = computeSortie(NIORT, situation);
      fixture.sorties.push({
        parcoursId: participant!.parcoursId,
        date,
        situation,
        categorie: computed.categorie,
        sousType: computed.sousType,
        confirmee: computed.categorie === 'POSITIVE' ? random.chance(0.8) : null,
      });
    });
  }
  return fixture;
}
