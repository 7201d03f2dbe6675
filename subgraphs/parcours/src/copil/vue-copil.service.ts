import { daysBetween, loadFound, maskCount, maskedRate, maskPartition, type Perimetre, type SubgraphContext } from '@plie-hub/kit';
import { plieByCode } from '../plie/plie.loader';
import { statistiquesKey, statistiquesParcours } from '../statistiques/statistiques.service';
import type { StatistiquesParcours, Ventilation } from '../statistiques/statistiques.type';
import type { PartieParcours, VentilationMasquee } from './vue-copil.types';

const sumVentilations = (items: Ventilation[]): Ventilation => {
  const keys = ['total', 'femmes', 'hommes', 'moins26', 'de26a44', 'de45a54', 'plus55', 'qpv', 'rsa', 'deld', 'rqth'] as const;
  return Object.fromEntries(keys.map((k) => [k, items.reduce((sum, v) => sum + v[k], 0)])) as unknown as Ventilation;
};

export function maskVentilation(v: Ventilation, seuil: number): VentilationMasquee {
  const sexe = maskPartition({ femmes: v.femmes, hommes: v.hommes }, seuil);
  const ages = maskPartition({ moins26: v.moins26, de26a44: v.de26a44, de45a54: v.de45a54, plus55: v.plus55 }, seuil);
  return { total: maskCount(v.total, seuil), ...sexe, ...ages, qpv: maskCount(v.qpv, seuil), rsa: maskCount(v.rsa, seuil), deld: maskCount(v.deld, seuil) };
}

/** The parcours part of a view from its PLIEs' figures over its period (see `partiesParcours`). */
export function partieParcours(perPlie: StatistiquesParcours[], p: Perimetre, objectifs: { participants: number | null; sortiesPositives: number | null }): PartieParcours {
  const sum = (f: (s: StatistiquesParcours) => number) => perPlie.reduce((total, s) => total + f(s), 0);
  const examinees = sum((s) => s.prescriptionsExaminees);
  const partenaires = new Map<string, { examinees: number; admises: number }>();
  for (const s of perPlie) {
    for (const row of s.prescriptions) {
      const current = partenaires.get(row.partenaire) ?? { examinees: 0, admises: 0 };
      partenaires.set(row.partenaire, { examinees: current.examinees + row.examinees, admises: current.admises + row.admises });
    }
  }
  const admises = [...partenaires.values()].reduce((total, v) => total + v.admises, 0);
  const sorties = sum((s) => s.sorties);
  const positives = sumVentilations(perPlie.map((s) => s.sortiesPositives));
  const confirmees = sum((s) => s.sortiesPositivesConfirmees6Mois);
  const categories = new Map<string, number>();
  for (const s of perPlie) for (const t of s.sortiesParType) categories.set(t.categorie, (categories.get(t.categorie) ?? 0) + t.nombre);
  const sortiesMasked = maskCount(sorties, p.seuil);
  const positivesMasked = maskVentilation(positives, p.seuil);
  const dureeTotale = perPlie.reduce((total, s) => total + (s.dureeMoyenneMois ?? 0) * s.sorties, 0);
  const fileActive = sumVentilations(perPlie.map((s) => s.fileActive));
  const days = daysBetween(p.debut, p.fin) + 1;
  const objectif = (annual: number | null, realiseCount: number) => {
    if (annual === null) return null;
    const cible = Math.round((annual * days) / 365);
    const realise = maskCount(realiseCount, p.seuil).valeur;
    return { cible, realise, ecart: realise === null ? null : realise - cible };
  };
  return {
    prescriptionsExaminees: maskCount(examinees, p.seuil),
    integrationParPartenaire: [...partenaires.entries()].map(([partenaire, v]) => {
      const cells = maskPartition({ admises: v.admises, autres: v.examinees - v.admises }, p.seuil);
      const total = maskCount(v.examinees, p.seuil);
      return { partenaire: partenaire as never, examinees: total, admises: cells.admises, tauxIntegration: maskedRate(cells.admises, total) };
    }),
    tauxIntegration: maskedRate(maskCount(admises, p.seuil), maskCount(examinees, p.seuil)),
    entrees: maskVentilation(sumVentilations(perPlie.map((s) => s.entrees)), p.seuil),
    fileActive: maskVentilation(fileActive, p.seuil),
    sorties: sortiesMasked,
    sortiesParCategorie: Object.entries(maskPartition(Object.fromEntries(['POSITIVE', 'DYNAMIQUE', 'REDUCTION_FREINS', 'AUTRE'].map((c) => [c, categories.get(c) ?? 0])), p.seuil)).map(([categorie, nombre]) => ({ categorie: categorie as never, nombre })),
    sortiesPositives: positivesMasked,
    tauxSortiesPositives: maskedRate(positivesMasked.total, sortiesMasked),
    sortiesPositivesConfirmees6Mois: maskCount(confirmees, p.seuil),
    dureeMoyenneMois: sortiesMasked.masque || sorties === 0 ? null : Math.round((dureeTotale / sorties) * 10) / 10,
    objectifParticipants: objectif(objectifs.participants, fileActive.total),
    // The protocoles count positive exits validated at 6 months.
    objectifSortiesPositives: objectif(objectifs.sortiesPositives, confirmees),
  };
}

const sumOf = (values: Array<number | null>) => (values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0));

/** The parcours part of a view, and the people it followed over its period (the base of the cost per participant). */
export interface ParcoursDeVue {
  partie: PartieParcours;
  personnesAccompagnees: number;
}

/**
 * The parcours parts of several views (a view and its previous period, in one request): counts summed across the
 * PLIEs of each view, rates recomputed from the sums (never averaged), then masked. The PLIEs' objectives come from
 * the request's PLIE loader (the view's query has read them already), and four grouped queries compute all the views'
 * PLIEs and periods together.
 */
export async function partiesParcours(context: SubgraphContext, perimetres: Perimetre[]): Promise<ParcoursDeVue[]> {
  const codes = [...new Set(perimetres.flatMap((p) => p.plies))];
  const [plies, figures] = await Promise.all([loadFound(context.loaders.get(plieByCode), codes), statistiquesParcours(context.db, codes, perimetres)]);
  return perimetres.map((p) => {
    const ofView = plies.filter((plie) => p.plies.includes(plie.code));
    const perPlie = p.plies.map((code) => figures.get(statistiquesKey(code, p))!);
    return {
      partie: partieParcours(perPlie, p, {
        participants: sumOf(ofView.map((plie) => plie.objectifParticipants)),
        sortiesPositives: sumOf(ofView.map((plie) => plie.objectifSortiesPositives)),
      }),
      // Each PLIE's file active counts its people once: someone followed by two PLIEs of the view counts in each.
      personnesAccompagnees: perPlie.reduce((total, s) => total + s.fileActive.total, 0),
    };
  });
}
