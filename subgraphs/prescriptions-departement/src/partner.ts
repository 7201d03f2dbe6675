import type { PrescriptionPartner } from '@plie-hub/prescription';
import { MinimaSociaux } from '@plie-hub/prescription';
import { PrescriptionDepartementEntity } from './prescription-departement.entity';
import { CreerPrescriptionDepartementInput } from './prescription-departement.input';
import { OrganismePayeur, OrientationRsa, PrescriptionDepartement } from './prescription-departement.type';

/** CAF allocataire numbers have 7 digits; MSA ones are longer and vary by caisse. */
export const NUMERO_ALLOCATAIRE = { [OrganismePayeur.CAF]: /^\d{7}$/, [OrganismePayeur.MSA]: /^\d{6,13}$/ };

export const departement: PrescriptionPartner<PrescriptionDepartementEntity, CreerPrescriptionDepartementInput> = {
  organisation: 'DEPARTEMENT',
  suffix: 'Departement',
  sectionKey: 'departement',
  entity: PrescriptionDepartementEntity,
  type: PrescriptionDepartement,
  input: CreerPrescriptionDepartementInput,
  checkSection(check, input, on) {
    const rsa = input.departement;
    const section = check.nested('departement');
    const payeur = section.rule(Object.values(OrganismePayeur).includes(rsa.organismePayeur), 'organismePayeur', "L'organisme payeur doit être CAF ou MSA.");
    if (section.text('numeroAllocataire', rsa.numeroAllocataire, "Le numéro d'allocataire", { max: 13 }) && payeur) {
      section.pattern(
        'numeroAllocataire',
        rsa.numeroAllocataire,
        NUMERO_ALLOCATAIRE[rsa.organismePayeur],
        rsa.organismePayeur === OrganismePayeur.CAF ? "Le numéro d'allocataire CAF comporte 7 chiffres." : "Le numéro d'allocataire MSA comporte de 6 à 13 chiffres.",
      );
    }
    if (section.date('dateOuvertureDroitRsa', rsa.dateOuvertureDroitRsa, "La date d'ouverture du droit RSA")) {
      section.rule(rsa.dateOuvertureDroitRsa <= on, 'dateOuvertureDroitRsa', "La date d'ouverture du droit RSA ne peut pas être dans le futur.");
    }
    section.rule(Object.values(OrientationRsa).includes(rsa.orientation), 'orientation', "L'orientation RSA est inconnue.");
    section.text('referentUniqueRsa', rsa.referentUniqueRsa, 'Le référent unique RSA', { max: 120 });
    if (rsa.cerEnCours) {
      if (section.date('cerDateFin', rsa.cerDateFin, 'La date de fin du CER en cours')) {
        section.rule(rsa.cerDateFin! >= on, 'cerDateFin', 'Un CER en cours ne peut pas être déjà terminé : indiquez sa date de fin à venir.');
      }
    } else {
      section.rule(!rsa.cerDateFin, 'cerDateFin', 'Une date de fin de CER n’a de sens que si un CER est en cours.');
    }
    section.text('serviceTerritorial', rsa.serviceTerritorial, 'Le service territorial', { max: 150 });
    // A fiche from the Département's RSA service is about an RSA beneficiary.
    check.nested('situation').rule(
      input.situation.minimaSociaux === MinimaSociaux.RSA,
      'minimaSociaux',
      'Une fiche du Département concerne un allocataire du RSA : indiquez RSA dans les minima sociaux.',
    );
  },
  sectionColumns: ({ departement: rsa }) => ({
    departement: {
      organismePayeur: rsa.organismePayeur,
      numeroAllocataire: rsa.numeroAllocataire,
      dateOuvertureDroitRsa: rsa.dateOuvertureDroitRsa,
      soumisDroitsEtDevoirs: rsa.soumisDroitsEtDevoirs,
      orientation: rsa.orientation,
      referentUniqueRsa: rsa.referentUniqueRsa.trim(),
      cerEnCours: rsa.cerEnCours,
      cerDateFin: rsa.cerDateFin ?? null,
      serviceTerritorial: rsa.serviceTerritorial.trim(),
    },
  }),
  anonymisedSectionSql: "numero_allocataire = '000000', referent_unique_rsa = 'ANONYME'",
  csvColumns: [
    { header: 'organisme_payeur', field: 'organismePayeur' },
    { header: 'numero_allocataire', field: 'numeroAllocataire' },
    { header: 'date_ouverture_droit_rsa', field: 'dateOuvertureDroitRsa', kind: 'date' },
    { header: 'soumis_droits_et_devoirs', field: 'soumisDroitsEtDevoirs', kind: 'boolean' },
    { header: 'orientation', field: 'orientation' },
    { header: 'referent_unique_rsa', field: 'referentUniqueRsa' },
    { header: 'cer_en_cours', field: 'cerEnCours', kind: 'boolean' },
    { header: 'cer_date_fin', field: 'cerDateFin', kind: 'date', required: false },
    { header: 'service_territorial', field: 'serviceTerritorial' },
  ],
};
