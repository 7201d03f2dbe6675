import { addDays, type InputCheck, isIsoDate, yearsBetween } from '@plie-hub/kit';
import { TypeFrein } from './enums';
import { PerimetreConsentement } from './consentement';
import type { FichePrescriptionInput } from './fiche-prescription.input';

const INSEE = /^[0-9][0-9AB][0-9]{3}$/;
const TELEPHONE = /^(0[1-9]\d{8}|\+\d{8,15})$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

/** A date field: valid, and not in the future. Returns the date when it passes. */
function pastDate(check: InputCheck, field: string, value: string | null | undefined, label: string, on: string): boolean {
  if (value === null || value === undefined) return false;
  if (!check.rule(isIsoDate(value), field, `${label} est invalide.`)) return false;
  return check.rule(value <= on, field, `${label} ne peut pas être dans le futur.`);
}

/** The checks of the common part of a fiche, each problem in French naming its field; the partner adds its own. */
export function checkFicheInput(check: InputCheck, input: FichePrescriptionInput, on: string): void {
  check.text('plieCode', input.plieCode, 'Le PLIE destinataire', { max: 30 });

  const prescripteur = check.nested('prescripteur');
  prescripteur.text('agentNom', input.prescripteur.agentNom, "Le nom de l'agent prescripteur", { max: 120 });
  prescripteur.text('agentContact', input.prescripteur.agentContact, "Le contact de l'agent prescripteur", { max: 200 });

  const personne = check.nested('personne');
  const p = input.personne;
  personne.text('nomNaissance', p.nomNaissance, 'Le nom de naissance', { max: 100 });
  personne.text('nomUsage', p.nomUsage, "Le nom d'usage", { max: 100, required: false });
  personne.text('prenoms', p.prenoms, 'Le prénom', { max: 150 });
  if (pastDate(personne, 'dateNaissance', p.dateNaissance, 'La date de naissance', on)) {
    personne.rule(yearsBetween(p.dateNaissance, on) >= 16, 'dateNaissance', 'La personne doit avoir au moins 16 ans.');
    personne.rule(yearsBetween(p.dateNaissance, on) <= 100, 'dateNaissance', 'La date de naissance est invraisemblable (plus de 100 ans).');
  }
  if (personne.text('communeInsee', p.communeInsee, 'La commune de résidence', { max: 5 })) {
    personne.pattern('communeInsee', p.communeInsee, INSEE, 'La commune de résidence doit être un code INSEE à 5 caractères (ex. 33063).');
  }
  personne.pattern('telephone', p.telephone?.replace(/[\s.-]/g, ''), TELEPHONE, 'Le téléphone doit comporter 10 chiffres (ou commencer par + et l’indicatif).');
  personne.pattern('email', p.email?.trim(), EMAIL, "L'adresse électronique est invalide.");

  const situation = check.nested('situation');
  const s = input.situation;
  if (s.inscritFranceTravail) {
    if (situation.rule(!!s.inscritDepuis, 'inscritDepuis', "La date d'inscription à France Travail est obligatoire pour une personne inscrite.")) {
      pastDate(situation, 'inscritDepuis', s.inscritDepuis, "La date d'inscription à France Travail", on);
    }
  } else {
    situation.rule(!s.inscritDepuis, 'inscritDepuis', "Une date d'inscription n'a de sens que pour une personne inscrite à France Travail.");
  }

  const freins = input.freins ?? [];
  check.rule(new Set(freins.map((f) => f.type)).size === freins.length, 'freins', 'Chaque frein ne peut être indiqué qu’une fois.');
  freins.forEach((frein, i) => check.text(`freins.${i}.note`, frein.note, 'La précision du frein', { max: 500, required: false }));

  if (check.text('objectif', input.objectif, "L'objectif de la prescription", { max: 2000 })) {
    check.rule(input.objectif.trim().length >= 20, 'objectif', "L'objectif de la prescription doit faire au moins 20 caractères.");
  }
  check.text('messageReferent', input.messageReferent, 'Le message au référent', { max: 2000, required: false });

  const consentement = check.nested('consentement');
  const c = input.consentement;
  if (pastDate(consentement, 'recueilliLe', c.recueilliLe, 'La date de recueil du consentement', on)) {
    consentement.rule(c.recueilliLe >= addDays(on, -365), 'recueilliLe', 'Le consentement date de plus d’un an : recueillez-le à nouveau.');
  }
  consentement.rule(
    c.perimetre.includes(PerimetreConsentement.TRANSMISSION_PLIE),
    'perimetre',
    'Le consentement doit au moins couvrir la transmission de la fiche au PLIE (TRANSMISSION_PLIE).',
  );
  if (c.santeRecueilliLe) pastDate(consentement, 'santeRecueilliLe', c.santeRecueilliLe, 'La date du consentement santé', on);
  // Article 9 data only with its own, explicit consent.
  if (!c.santeRecueilliLe) {
    situation.rule(!s.rqth, 'rqth', 'Une RQTH ne peut être indiquée qu’avec le consentement distinct aux données de santé (consentement.santeRecueilliLe).');
    check.rule(
      !freins.some((f) => f.type === TypeFrein.SANTE),
      'freins',
      'Un frein santé ne peut être indiqué qu’avec le consentement distinct aux données de santé (consentement.santeRecueilliLe).',
    );
  }
}
