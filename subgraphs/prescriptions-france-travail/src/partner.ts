import type { PrescriptionPartner } from '@plie-hub/prescription';
import { PrescriptionFranceTravailEntity } from './prescription-france-travail.entity';
import { CreerPrescriptionFranceTravailInput } from './prescription-france-travail.input';
import { CategorieDemandeurEmploi, ModaliteAccompagnement, PrescriptionFranceTravail } from './prescription-france-travail.type';

export const IDENTIFIANT_FRANCE_TRAVAIL = /^\d{7}[0-9A-Z]$/;

export const franceTravail: PrescriptionPartner<PrescriptionFranceTravailEntity, CreerPrescriptionFranceTravailInput> = {
  organisation: 'FRANCE_TRAVAIL',
  suffix: 'FranceTravail',
  sectionKey: 'franceTravail',
  entity: PrescriptionFranceTravailEntity,
  type: PrescriptionFranceTravail,
  input: CreerPrescriptionFranceTravailInput,
  checkSection(check, { franceTravail: ft }, on) {
    const section = check.nested('franceTravail');
    if (section.text('identifiantFranceTravail', ft.identifiantFranceTravail, "L'identifiant France Travail", { max: 8 })) {
      section.pattern(
        'identifiantFranceTravail',
        ft.identifiantFranceTravail,
        IDENTIFIANT_FRANCE_TRAVAIL,
        "L'identifiant France Travail doit comporter 7 chiffres suivis d'un chiffre ou d'une lettre majuscule (ex. 1234567A).",
      );
    }
    section.rule(Object.values(CategorieDemandeurEmploi).includes(ft.categorieDemandeur), 'categorieDemandeur', 'La catégorie doit être A, B, C, D ou E.');
    if (section.date('dateInscription', ft.dateInscription, "La date d'inscription")) {
      section.rule(ft.dateInscription <= on, 'dateInscription', "La date d'inscription ne peut pas être dans le futur.");
    }
    if (section.text('agenceCode', ft.agenceCode, "Le code de l'agence", { max: 5 })) {
      section.pattern('agenceCode', ft.agenceCode, /^[0-9A-Z]{5}$/, "Le code de l'agence France Travail comporte 5 caractères (chiffres ou majuscules).");
    }
    section.text('conseiller', ft.conseiller, 'Le nom du conseiller', { max: 120 });
    section.rule(Object.values(ModaliteAccompagnement).includes(ft.modaliteAccompagnement), 'modaliteAccompagnement', "La modalité d'accompagnement est inconnue.");
  },
  sectionColumns: ({ franceTravail: ft }) => ({
    franceTravail: {
      identifiantFranceTravail: ft.identifiantFranceTravail,
      categorieDemandeur: ft.categorieDemandeur,
      dateInscription: ft.dateInscription,
      agenceCode: ft.agenceCode,
      conseiller: ft.conseiller.trim(),
      modaliteAccompagnement: ft.modaliteAccompagnement,
    },
  }),
  anonymisedSectionSql: "identifiant_france_travail = '00000000', conseiller = 'ANONYME'",
  csvColumns: [
    { header: 'identifiant_france_travail', field: 'identifiantFranceTravail' },
    { header: 'categorie_demandeur', field: 'categorieDemandeur' },
    { header: 'date_inscription', field: 'dateInscription', kind: 'date' },
    { header: 'agence_code', field: 'agenceCode' },
    { header: 'conseiller', field: 'conseiller' },
    { header: 'modalite_accompagnement', field: 'modaliteAccompagnement' },
  ],
};
