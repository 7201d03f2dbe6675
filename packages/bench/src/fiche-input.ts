/** A valid France Travail fiche for the write scenarios; `name` makes each one distinct. */
export function franceTravailFicheInput(name: string) {
  return {
    plieCode: 'BORDEAUX', prescripteur: { agentNom: 'Bench', agentContact: 'bench@example.org' },
    personne: { nomNaissance: name, prenoms: 'Alex', sexe: 'HOMME', dateNaissance: '1980-05-05', communeInsee: '33063', residentQpv: false },
    situation: { inscritFranceTravail: false, minimaSociaux: 'AUCUN', rqth: false, niveauFormation: 'NIVEAU_4', nationalite: 'FRANCAISE', logement: 'LOGEMENT_AUTONOME' },
    objectif: 'Accompagnement renforcé vers un emploi durable.',
    consentement: { recueilliLe: new Date().toISOString().slice(0, 10), mode: 'ECRIT_SIGNE', perimetre: ['TRANSMISSION_PLIE'] },
    franceTravail: { identifiantFranceTravail: '1234567A', categorieDemandeur: 'A', dateInscription: '2023-01-01', agenceCode: '33100', conseiller: 'Bench', modaliteAccompagnement: 'SUIVI' },
  };
}
