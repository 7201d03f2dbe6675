import { isIsoDate } from '@plie-hub/kit';
import type { PrescriptionPartner } from '@plie-hub/prescription';
import { PrescriptionFranceTravailEntity } from './prescription-france-travail.entity';
import { CreerPrescriptionFranceTravailInput } from './prescription-france-travail.input';
import { PrescriptionFranceTravail } from './prescription-france-travail.type';

export const IDENTIFIANT_FRANCE_TRAVAIL = /^\d{7}[0-9A-Z]$/;

export const franceTravail: PrescriptionPartner<PrescriptionFranceTravailEntity, CreerPrescriptionFranceTravailInput> = {
  organisation: 'FRANCE_TRAVAIL',
  suffix: 'FranceTravail',
  entity: PrescriptionFranceTravailEntity,
  type: PrescriptionFranceTravail,
  input: CreerPrescriptionFranceTravailInput,
  checkSection(check, input) {
    const section = check.nested('franceTravail');
    const ft = input.franceTravail;
    if (section.text('identifiantFranceTravail', ft.identifiantFranceTravail, "L'identifiant France Travail", { max: 8 })) {
      section.pattern(
        'identifiantFranceTravail',
        ft.identifiantFranceTravail,
        IDENTIFIANT_FRANCE_TRAVAIL,
        "L'identifiant France Travail doit comporter 7 chiffres suivis d'un chiffre ou d'une lettre majuscule (ex. 1234567A).",
      );
    }
    if (section.rule(isIsoDate(ft.dateInscription), 'dateInscription', "La date d'inscription est invalide.")) {
      section.rule(ft.dateInscription <= new Date().toISOString().slice(0, 10), 'dateInscription', "La date d'inscription ne peut pas être dans le futur.");
    }
    if (section.text('agenceCode', ft.agenceCode, "Le code de l'agence", { max: 5 })) {
      section.pattern('agenceCode', ft.agenceCode, /^[0-9A-Z]{5}$/, "Le code de l'agence France Travail comporte 5 caractères (chiffres ou majuscules).");
    }
  },
  sectionColumns: ({ franceTravail: section }) => ({
    franceTravail: {
      identifiantFranceTravail: section.identifiantFranceTravail,
      categorieDemandeur: section.categorieDemandeur,
      dateInscription: section.dateInscription,
      agenceCode: section.agenceCode,
    },
  }),
};
