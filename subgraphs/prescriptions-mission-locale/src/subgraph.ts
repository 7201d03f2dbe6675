import { definePrescriptionSubgraph } from '@plie-hub/prescription';
import { migrations } from '../migrations/index';
import { missionLocale } from './partner';
import { DispositifJeune } from './prescription-mission-locale.type';

export const prescriptionsMissionLocaleSubgraph = definePrescriptionSubgraph({
  name: 'prescriptions-mission-locale',
  description: 'La Mission Locale : les fiches de prescription de ses conseillers vers les PLIEs.',
  partner: missionLocale,
  migrations,
  demo: {
    birthYears: [2002, 2008],
    ageRule: { ageMaximumJeunes: 25, ageMaximumJeunesRqth: 29 },
    section: (n) => ({
      missionLocale: {
        identifiantImilo: String(4_000_000 + n * 613),
        dispositif: n % 3 === 0 ? DispositifJeune.PACEA : DispositifJeune.CEJ,
        dateEntreeDispositif: `2025-${String(1 + (n % 12)).padStart(2, '0')}-10`,
        conseiller: ['Camille Roux', 'Yanis Benali', 'Léa Fontaine'][n % 3]!,
      },
    }),
  },
});

export default prescriptionsMissionLocaleSubgraph;
