import { type ExportFile, FormatExport, toCsv, toXlsx } from '@plie-hub/kit';
import type { BilanClause } from './bilan.type';

const LOT_HEADER = ['Lot', 'Intitulé', 'Attributaires', 'Heures engagées', 'Heures réalisées', 'dont travail', 'dont formation', 'Taux de réalisation (%)', 'Heures restantes', 'Personnes', 'Contrats'];

/** The bilan a facilitator sends to the buyer: lots, then (in the workbook) modalities and publics. */
export async function exportBilan(bilan: BilanClause, format: FormatExport): Promise<ExportFile> {
  const caption = [`Bilan de la clause sociale d'insertion — marché ${bilan.reference}`, bilan.objet, `Donneur d'ordre : ${bilan.donneurOrdre}`, `Édité le ${new Date().toISOString().slice(0, 10)} par PLIE Hub`];
  const lots = {
    name: 'Lots',
    caption,
    header: LOT_HEADER,
    rows: [
      ...bilan.lots.map((l) => [l.numero, l.intitule, l.attributaires.join(', '), l.heuresEngagees, l.heuresRealisees, l.heuresTravail, l.heuresFormation, l.tauxRealisation, l.heuresRestantes, l.personnes, l.contrats]),
      ['Total', '', '', bilan.heuresEngagees, bilan.heuresRealisees, null, null, bilan.tauxRealisation, bilan.heuresRestantes, bilan.public.total, null],
    ],
  };
  const fileName = `bilan-clause-${bilan.reference.replace(/[^A-Za-z0-9-]+/g, '_')}`;
  if (format === FormatExport.CSV) return toCsv(fileName, lots);
  return toXlsx(fileName, [
    lots,
    { name: 'Modalités', header: ['Modalité', 'Heures'], rows: bilan.parModalite.map((m) => [m.modalite, m.heures]) },
    { name: 'Publics', header: ['Critère', 'Personnes', 'Heures'], rows: bilan.parPublic.map((p) => [p.critere, p.personnes, p.heures]) },
    {
      name: 'Personnes',
      header: ['Total', 'Femmes', 'Hommes', 'Moins de 26 ans', '26 à 49 ans', '50 ans et plus', 'Résidant en QPV'],
      rows: [[bilan.public.total, bilan.public.femmes, bilan.public.hommes, bilan.public.moins26, bilan.public.de26a49, bilan.public.plus50, bilan.public.qpv]],
    },
  ]);
}
