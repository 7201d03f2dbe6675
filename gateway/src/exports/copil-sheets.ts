import type { SheetContent } from '@plie-hub/files';

type Cell = string | number | null;
interface Effectif { valeur: number | null; masque: boolean }
type Parties = Record<string, unknown> & { debut: string; fin: string; plies: string[]; seuilMasquage: number };

export const MASQUE = 'masqué';
const cell = (value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'masque' in (value as object)) {
    const e = value as Effectif;
    return e.masque ? MASQUE : e.valeur;
  }
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value as Cell;
};
const get = (source: unknown, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], source);

const VENTILATIONS = [
  ['total', 'total'], ['femmes', 'femmes'], ['hommes', 'hommes'], ['moins26', 'moins de 26 ans'], ['de26a44', '26 à 44 ans'],
  ['de45a54', '45 à 54 ans'], ['plus55', '55 ans et plus'], ['qpv', 'résidant en QPV'], ['rsa', 'allocataires du RSA'], ['deld', 'DELD'],
] as const;

/** One row per indicator: the period and the previous one side by side. */
function rows(current: Parties, previous: Parties | null, lines: Array<[string, string]>): Cell[][] {
  return lines.map(([label, path]) => [label, cell(get(current, path)), previous ? cell(get(previous, path)) : null]);
}

/**
 * The workbook of the COPIL view: a cover sheet (PLIEs, period, generation date, masking threshold), then one sheet
 * per section with the period and the previous one. Masked cells say so.
 */
export function copilSheets(vue: Parties & { precedente: Parties | null; serieParcours: Array<Record<string, unknown>>; serieClauses: Array<Record<string, unknown>> | null }): SheetContent[] {
  const previous = vue.precedente;
  const header = ['Indicateur', `Du ${vue.debut} au ${vue.fin}`, previous ? `Du ${previous.debut} au ${previous.fin}` : 'Période précédente'];
  const ventilation = (prefix: string, label: string): Array<[string, string]> => VENTILATIONS.map(([key, text]) => [`${label} — ${text}`, `${prefix}.${key}`]);
  const partenaires = ['FRANCE_TRAVAIL', 'DEPARTEMENT', 'MISSION_LOCALE', 'SIAE', 'CCAS', 'AUTRE'];
  const integration = (source: Parties | null, partenaire: string, field: string) =>
    cell(((source?.parcours as { integrationParPartenaire?: Array<Record<string, unknown>> } | null)?.integrationParPartenaire ?? []).find((row) => row.partenaire === partenaire)?.[field]);
  return [
    {
      name: 'Couverture',
      header: ['Vue consolidée du COPIL', ''],
      rows: [
        ['PLIE(s)', vue.plies.join(', ')],
        ['Période', `du ${vue.debut} au ${vue.fin}`],
        ['Période de comparaison', previous ? `du ${previous.debut} au ${previous.fin}` : ''],
        ['Généré le', new Date().toISOString().slice(0, 16).replace('T', ' ')],
        ['Seuil de masquage', vue.seuilMasquage],
        ['Note', `Les effectifs inférieurs à ${vue.seuilMasquage} sont masqués (« ${MASQUE} »), ainsi qu’une case voisine quand le total permettrait de les retrouver.`],
      ],
    },
    {
      name: 'Prescriptions',
      header,
      rows: [
        ...rows(vue, previous, [
          ['Fiches reçues — France Travail', 'prescriptionsRecuesFranceTravail'],
          ['Fiches reçues — Département', 'prescriptionsRecuesDepartement'],
          ['Fiches reçues — Mission Locale', 'prescriptionsRecuesMissionLocale'],
          ['Prescriptions examinées', 'parcours.prescriptionsExaminees'],
          ["Taux d'intégration (%)", 'parcours.tauxIntegration'],
        ]),
        ...partenaires.flatMap((p) => [
          [`Examinées — ${p}`, integration(vue, p, 'examinees'), integration(previous, p, 'examinees')],
          [`Admises — ${p}`, integration(vue, p, 'admises'), integration(previous, p, 'admises')],
          [`Taux d'intégration (%) — ${p}`, integration(vue, p, 'tauxIntegration'), integration(previous, p, 'tauxIntegration')],
        ]),
      ],
    },
    {
      name: 'Parcours',
      header,
      rows: rows(vue, previous, [
        ...ventilation('parcours.entrees', 'Entrées'),
        ...ventilation('parcours.fileActive', 'File active'),
        ['Sorties', 'parcours.sorties'],
        ...ventilation('parcours.sortiesPositives', 'Sorties positives'),
        ['Taux de sorties positives (%)', 'parcours.tauxSortiesPositives'],
        ['Sorties positives confirmées à 6 mois', 'parcours.sortiesPositivesConfirmees6Mois'],
        ['Durée moyenne des parcours (mois)', 'parcours.dureeMoyenneMois'],
        ['Objectif participants — cible', 'parcours.objectifParticipants.cible'],
        ['Objectif participants — réalisé', 'parcours.objectifParticipants.realise'],
        ['Objectif participants — écart', 'parcours.objectifParticipants.ecart'],
        ['Objectif sorties positives à 6 mois — cible', 'parcours.objectifSortiesPositives.cible'],
        ['Objectif sorties positives à 6 mois — réalisé', 'parcours.objectifSortiesPositives.realise'],
        ['Objectif sorties positives à 6 mois — écart', 'parcours.objectifSortiesPositives.ecart'],
      ]),
    },
    {
      name: 'Sorties',
      header,
      rows: ['POSITIVE', 'DYNAMIQUE', 'REDUCTION_FREINS', 'AUTRE'].map((categorie) => {
        const find = (source: Parties | null) => cell(((source?.parcours as { sortiesParCategorie?: Array<{ categorie: string; nombre: Effectif }> } | null)?.sortiesParCategorie ?? []).find((r) => r.categorie === categorie)?.nombre);
        return [categorie, find(vue), find(previous)];
      }),
    },
    {
      name: 'Clauses',
      header,
      rows: rows(vue, previous, [
        ['Marchés suivis', 'clauses.nombreMarches'],
        ["Heures d'insertion engagées", 'clauses.heuresEngagees'],
        ["Heures d'insertion réalisées", 'clauses.heuresRealisees'],
        ['Taux de réalisation (%)', 'clauses.tauxRealisation'],
        ['Contrats', 'clauses.contrats'],
        ['Personnes — total', 'clauses.public.total'],
        ['Personnes — femmes', 'clauses.public.femmes'],
        ['Personnes — hommes', 'clauses.public.hommes'],
        ['Personnes — moins de 26 ans', 'clauses.public.moins26'],
        ['Personnes — 50 ans et plus', 'clauses.public.plus50'],
        ['Personnes — résidant en QPV', 'clauses.public.qpv'],
      ]),
    },
    {
      name: 'Financements',
      header,
      rows: rows(vue, previous, [
        ['Opérations programmées', 'financements.nombreOperations'],
        ['Coût total programmé (€)', 'financements.coutTotalProgramme'],
        ['FSE+ programmé (€)', 'financements.fseProgramme'],
        ['FSE+ consommé (€)', 'financements.fseConsomme'],
        ['Coût par participant (€)', 'financements.coutParParticipant'],
      ]),
    },
    {
      name: 'Séries',
      header: ['Année', 'Entrées', 'Sorties', 'Taux de sorties positives (%)', 'Heures de clauses réalisées'],
      rows: vue.serieParcours.map((point) => [
        point.annee as number,
        cell(point.entrees),
        cell(point.sorties),
        cell(point.tauxSortiesPositives),
        cell(vue.serieClauses?.find((c) => c.annee === point.annee)?.heuresRealisees),
      ]),
    },
  ];
}
