import { yearsBetween } from '@plie-hub/kit';
import { type PrescriptionPartner } from '@plie-hub/prescription';
import { PrescriptionMissionLocaleEntity } from './prescription-mission-locale.entity';
import { CreerPrescriptionMissionLocaleInput } from './prescription-mission-locale.input';
import { PrescriptionMissionLocale } from './prescription-mission-locale.type';

export const IDENTIFIANT_IMILO = /^\d{6,12}$/;

export const missionLocale: PrescriptionPartner<PrescriptionMissionLocaleEntity, CreerPrescriptionMissionLocaleInput> = {
  organisation: 'MISSION_LOCALE',
  suffix: 'MissionLocale',
  sectionKey: 'missionLocale',
  entity: PrescriptionMissionLocaleEntity,
  type: PrescriptionMissionLocale,
  input: CreerPrescriptionMissionLocaleInput,
  checkSection(check, { missionLocale: ml }, on) {
    const section = check.nested('missionLocale');
    if (section.text('identifiantImilo', ml.identifiantImilo, "L'identifiant i-milo", { max: 12 })) {
      section.pattern('identifiantImilo', ml.identifiantImilo, IDENTIFIANT_IMILO, "L'identifiant i-milo comporte de 6 à 12 chiffres.");
    }
    if (section.date('dateEntreeDispositif', ml.dateEntreeDispositif, "La date d'entrée dans le dispositif")) {
      section.rule(
        ml.dateEntreeDispositif <= on,
        'dateEntreeDispositif',
        "La date d'entrée dans le dispositif ne peut pas être dans le futur.",
      );
    }
    section.text('conseiller', ml.conseiller, 'Le nom du conseiller', { max: 120 });
  },
  /** The PLIE's rule for young people: 16-25 by default, up to 29 with a RQTH, unless the PLIE agreed otherwise. */
  checkWithPlie(check, input, plie, on) {
    const age = yearsBetween(input.personne.dateNaissance, on);
    const maximum = input.situation.rqth ? (plie.ageMaximumJeunesRqth ?? plie.ageMaximumJeunes) : plie.ageMaximumJeunes;
    if (maximum === null) return;
    check.nested('personne').rule(
      age <= maximum,
      'dateNaissance',
      `Le PLIE ${plie.code} accueille les jeunes de la Mission Locale jusqu'à ${maximum} ans${input.situation.rqth ? ' avec une RQTH' : ''} ; cette personne a ${age} ans.`,
    );
  },
  sectionColumns: ({ missionLocale: ml }) => ({
    missionLocale: {
      identifiantImilo: ml.identifiantImilo,
      dispositif: ml.dispositif,
      dateEntreeDispositif: ml.dateEntreeDispositif,
      conseiller: ml.conseiller.trim(),
    },
  }),
  anonymisedSectionSql: "identifiant_imilo = '000000', conseiller = 'ANONYME'",
  csvColumns: [
    { header: 'identifiant_imilo', field: 'identifiantImilo' },
    { header: 'dispositif', field: 'dispositif' },
    { header: 'date_entree_dispositif', field: 'dateEntreeDispositif', kind: 'date' },
    { header: 'conseiller', field: 'conseiller' },
  ],
};
