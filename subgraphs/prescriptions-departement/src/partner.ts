import { isIsoDate } from '@plie-hub/kit';
import type { PrescriptionPartner } from '@plie-hub/prescription';
import { PrescriptionDepartementEntity } from './prescription-departement.entity';
import { CreerPrescriptionDepartementInput } from './prescription-departement.input';
import { OrganismePayeur, PrescriptionDepartement } from './prescription-departement.type';

/** CAF allocataire numbers have 7 digits; MSA ones are longer and vary by caisse. */
export const NUMERO_ALLOCATAIRE = { [OrganismePayeur.CAF]: /^\d{7}$/, [OrganismePayeur.MSA]: /^\d{6,13}$/ };

export const departement: PrescriptionPartner<PrescriptionDepartementEntity, CreerPrescriptionDepartementInput> = {
  organisation: 'DEPARTEMENT',
  suffix: 'Departement',
  entity: PrescriptionDepartementEntity,
  type: PrescriptionDepartement,
  input: CreerPrescriptionDepartementInput,
  checkSection(check, { departement: rsa }) {
    const section = check.nested('departement');
    if (section.text('numeroAllocataire', rsa.numeroAllocataire, "Le numéro d'allocataire", { max: 13 })) {
      section.pattern(
        'numeroAllocataire',
        rsa.numeroAllocataire,
        NUMERO_ALLOCATAIRE[rsa.organismePayeur],
        rsa.organismePayeur === OrganismePayeur.CAF
          ? "Le numéro d'allocataire CAF comporte 7 chiffres."
          : "Le numéro d'allocataire MSA comporte de 6 à 13 chiffres.",
      );
    }
    if (section.rule(isIsoDate(rsa.dateOuvertureDroitRsa), 'dateOuvertureDroitRsa', "La date d'ouverture du droit RSA est invalide.")) {
      section.rule(
        rsa.dateOuvertureDroitRsa <= new Date().toISOString().slice(0, 10),
        'dateOuvertureDroitRsa',
        "La date d'ouverture du droit RSA ne peut pas être dans le futur.",
      );
    }
  },
  sectionColumns: ({ departement: rsa }) => ({
    departement: {
      organismePayeur: rsa.organismePayeur,
      numeroAllocataire: rsa.numeroAllocataire,
      dateOuvertureDroitRsa: rsa.dateOuvertureDroitRsa,
      orientation: rsa.orientation,
    },
  }),
};
