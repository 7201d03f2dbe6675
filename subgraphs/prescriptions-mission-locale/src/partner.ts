import { isIsoDate } from '@plie-hub/kit';
import type { PrescriptionPartner } from '@plie-hub/prescription';
import { PrescriptionMissionLocaleEntity } from './prescription-mission-locale.entity';
import { CreerPrescriptionMissionLocaleInput } from './prescription-mission-locale.input';
import { PrescriptionMissionLocale } from './prescription-mission-locale.type';

export const IDENTIFIANT_IMILO = /^\d{6,12}$/;

export const missionLocale: PrescriptionPartner<PrescriptionMissionLocaleEntity, CreerPrescriptionMissionLocaleInput> = {
  organisation: 'MISSION_LOCALE',
  suffix: 'MissionLocale',
  entity: PrescriptionMissionLocaleEntity,
  type: PrescriptionMissionLocale,
  input: CreerPrescriptionMissionLocaleInput,
  checkSection(check, { missionLocale: ml }) {
    const section = check.nested('missionLocale');
    if (section.text('identifiantImilo', ml.identifiantImilo, "L'identifiant i-milo", { max: 12 })) {
      section.pattern('identifiantImilo', ml.identifiantImilo, IDENTIFIANT_IMILO, "L'identifiant i-milo comporte de 6 à 12 chiffres.");
    }
    if (section.rule(isIsoDate(ml.dateEntreeDispositif), 'dateEntreeDispositif', "La date d'entrée dans le dispositif est invalide.")) {
      section.rule(
        ml.dateEntreeDispositif <= new Date().toISOString().slice(0, 10),
        'dateEntreeDispositif',
        "La date d'entrée dans le dispositif ne peut pas être dans le futur.",
      );
    }
    section.text('conseiller', ml.conseiller, 'Le nom du conseiller', { max: 120 });
  },
  sectionColumns: ({ missionLocale: ml }) => ({
    missionLocale: {
      identifiantImilo: ml.identifiantImilo,
      dispositif: ml.dispositif,
      dateEntreeDispositif: ml.dateEntreeDispositif,
      conseiller: ml.conseiller.trim(),
    },
  }),
};
