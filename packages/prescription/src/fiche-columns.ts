import { normaliseName, personMatchKey } from '@plie-hub/auth';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { FichePrescriptionInput } from './fiche-prescription.input';

const clean = (value: string | null | undefined) => value?.trim() || null;

/** The stored columns of the common part of a valid input (the partner adds its section's). */
export function ficheColumns(input: FichePrescriptionInput, matchKey: string): Partial<FichePrescriptionEntity> {
  const p = input.personne;
  const personne = {
    nomNaissance: p.nomNaissance.trim(),
    nomUsage: clean(p.nomUsage),
    prenoms: p.prenoms.trim(),
    sexe: p.sexe,
    dateNaissance: p.dateNaissance,
    communeInsee: p.communeInsee.trim(),
    residentQpv: p.residentQpv,
    telephone: clean(p.telephone)?.replace(/[\s.-]/g, '') ?? null,
    email: clean(p.email)?.toLowerCase() ?? null,
  };
  return {
    plieCode: input.plieCode,
    prescripteur: { agentNom: input.prescripteur.agentNom.trim(), agentContact: input.prescripteur.agentContact.trim() },
    personne,
    situation: {
      inscritFranceTravail: input.situation.inscritFranceTravail,
      inscritDepuis: input.situation.inscritDepuis ?? null,
      minimaSociaux: input.situation.minimaSociaux,
      rqth: input.situation.rqth,
      niveauFormation: input.situation.niveauFormation,
      nationalite: input.situation.nationalite,
      logement: input.situation.logement,
    },
    freins: (input.freins ?? []).map((frein) => ({ type: frein.type, note: clean(frein.note) })),
    objectif: input.objectif.trim(),
    urgent: input.urgent ?? false,
    souhaitRencontrePrealable: input.souhaitRencontrePrealable ?? false,
    messageReferent: clean(input.messageReferent),
    consentement: {
      recueilliLe: input.consentement.recueilliLe,
      mode: input.consentement.mode,
      perimetre: [...new Set(input.consentement.perimetre)],
      santeRecueilliLe: input.consentement.santeRecueilliLe ?? null,
    },
    cleRapprochement: personMatchKey(matchKey, personne),
    rechercheNom: normaliseName(`${personne.nomNaissance} ${personne.nomUsage ?? ''} ${personne.prenoms}`).toLowerCase(),
  };
}
