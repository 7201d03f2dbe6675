/**
 * The volumes of scale 1 (the requirement's figures); scale N multiplies them, fractional scales included (tests).
 * The 11 PLIEs and the referential stay as they are: only the volume grows.
 */
export const SCALE_1 = {
  participants: 6_000,
  prescriptions: 15_000,
  etapes: 60_000,
  entretiens: 100_000,
  marches: 400,
  lots: 1_500,
  contrats: 3_000,
  heures: 36_000,
  operations: 300,
} as const;

export type Volumes = { -readonly [K in keyof typeof SCALE_1]: number } & {
  /** Fiches per prescribing partner, in the order of `PARTNERS`. */
  prescriptionsParPartenaire: [number, number, number];
  /** Référents added to the PLIEs so that a file active stays near 60-90 people per ETP. */
  referents: number;
  /** Companies added (attributaires, ETTI, AI, GEIQ, SIAE). */
  entreprises: number;
};

/** The three prescribing partners of the hub, with their share of the fiches. */
export const PARTNERS = [
  { subgraph: 'prescriptions-france-travail', organisation: 'FRANCE_TRAVAIL', share: 0.42 },
  { subgraph: 'prescriptions-departement', organisation: 'DEPARTEMENT', share: 0.33 },
  { subgraph: 'prescriptions-mission-locale', organisation: 'MISSION_LOCALE', share: 0.25 },
] as const;

export type Organisation = (typeof PARTNERS)[number]['organisation'];

export function volumesFor(scale: number): Volumes {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) throw new RangeError("L'échelle doit être un nombre strictement positif, au plus 1000 (ex. 1, 10, 0.02).");
  const v = (n: number) => Math.round(n * scale);
  const prescriptions = v(SCALE_1.prescriptions);
  const ft = Math.round(prescriptions * PARTNERS[0].share);
  const dep = Math.round(prescriptions * PARTNERS[1].share);
  const marches = v(SCALE_1.marches);
  // Every marché has at least one lot, every contract at least one month of hours.
  const lots = marches === 0 ? 0 : Math.max(marches, v(SCALE_1.lots));
  const contrats = lots === 0 ? 0 : v(SCALE_1.contrats);
  const participants = v(SCALE_1.participants);
  return {
    participants,
    prescriptions,
    prescriptionsParPartenaire: [ft, dep, prescriptions - ft - dep],
    // Each parcours has at least its first interview and one step.
    etapes: Math.max(participants, v(SCALE_1.etapes)),
    entretiens: Math.max(participants, v(SCALE_1.entretiens)),
    marches,
    lots,
    contrats,
    heures: contrats === 0 ? 0 : Math.max(contrats, v(SCALE_1.heures)),
    operations: v(SCALE_1.operations),
    referents: v(22),
    entreprises: marches === 0 ? 0 : Math.max(6, v(150)),
  };
}
