/** The whole COPIL view, as the export and the console read it. */
export const VUE_COPIL_QUERY = /* GraphQL */ `
  fragment Effectif on Effectif { valeur masque }
  fragment Taux on Taux { valeur masque }
  fragment Ventilation on VentilationMasquee {
    total { ...Effectif } femmes { ...Effectif } hommes { ...Effectif } moins26 { ...Effectif } de26a44 { ...Effectif }
    de45a54 { ...Effectif } plus55 { ...Effectif } qpv { ...Effectif } rsa { ...Effectif } deld { ...Effectif }
  }
  fragment Parties on VueCopil {
    debut fin plies seuilMasquage
    prescriptionsRecuesFranceTravail { ...Effectif } prescriptionsRecuesDepartement { ...Effectif } prescriptionsRecuesMissionLocale { ...Effectif }
    parcours {
      prescriptionsExaminees { ...Effectif } tauxIntegration { ...Taux }
      integrationParPartenaire { partenaire examinees { ...Effectif } admises { ...Effectif } tauxIntegration { ...Taux } }
      entrees { ...Ventilation } fileActive { ...Ventilation } sorties { ...Effectif }
      sortiesParCategorie { categorie nombre { ...Effectif } } sortiesPositives { ...Ventilation } tauxSortiesPositives { ...Taux }
      sortiesPositivesConfirmees6Mois { ...Effectif } dureeMoyenneMois
      objectifParticipants { cible realise ecart } objectifSortiesPositives { cible realise ecart }
    }
    clauses {
      nombreMarches heuresEngagees heuresRealisees tauxRealisation { ...Taux } contrats { ...Effectif }
      public { total { ...Effectif } femmes { ...Effectif } hommes { ...Effectif } moins26 { ...Effectif } de26a49 { ...Effectif } plus50 { ...Effectif } qpv { ...Effectif } }
    }
    financements { nombreOperations coutTotalProgramme fseProgramme fseConsomme coutParParticipant cofinancements { financeur montant part } }
  }
  query VueCopil($debut: Date!, $fin: Date!, $plies: [ID!], $organismeIntermediaire: String) {
    vueCopil(debut: $debut, fin: $fin, plies: $plies, organismeIntermediaire: $organismeIntermediaire) {
      ...Parties
      precedente { ...Parties }
      serieParcours { annee entrees { ...Effectif } sorties { ...Effectif } tauxSortiesPositives { ...Taux } }
      serieClauses { annee heuresRealisees }
    }
  }
`;
