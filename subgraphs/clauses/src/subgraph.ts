import { PersonneClausesResolver, PersonneEligibleResolver, PersonneRef } from './personne/personne.resolver';
import { defineSubgraph } from '@plie-hub/kit';
import { migrations } from '../migrations/index';
import { ContratClauseEntity } from './contrat/contrat.entity';
import { VueCopilClauses, VueCopilClausesResolver } from './copil/vue-copil-clauses.resolver';
import { ContratResolver } from './contrat/contrat.resolver';
import { seedDemo } from './demo/seed-demo';
import { clausesRetention } from './retention/clauses.retention';
import { DonneurOrdreEntity } from './donneur-ordre/donneur-ordre.entity';
import { EntrepriseEntity } from './entreprise/entreprise.entity';
import { HeuresInsertionEntity } from './heures/heures.entity';
import { AttributionEntity, LotEntity } from './marche/lot.entity';
import { MarcheEntity } from './marche/marche.entity';
import { loadMarche, MarcheResolver } from './marche/marche.resolver';
import { ParticipantClausesResolver, ParticipantRef } from './participant/participant-clauses.resolver';
import { PersonneEligibleEntity } from './personne/personne-eligible.entity';
import { PlieClausesResolver } from './plie/plie-clauses.resolver';
import { Plie } from './plie/plie.type';

export const clausesSubgraph = defineSubgraph({
  name: 'clauses',
  description: "Les clauses sociales d'insertion : marchés, attributaires, contrats et heures d'insertion.",
  resolvers: [MarcheResolver, ContratResolver, PlieClausesResolver, ParticipantClausesResolver, VueCopilClausesResolver, PersonneClausesResolver, PersonneEligibleResolver],
  orphanedTypes: [Plie, ParticipantRef, VueCopilClauses, PersonneRef],
  referenceResolvers: {
    Plie: (reference) => ({ code: String(reference.code) }),
    Participant: (reference) => reference,
    Personne: (reference) => ({ cleRapprochement: String(reference.cleRapprochement) }),
    VueCopil: (reference) => ({ id: String(reference.id) }),
    Marche: (reference, context) => loadMarche(context, String(reference.id)),
  },
  audited: ['PersonneEligible', 'ContratClause', 'Participant'],
  entities: [DonneurOrdreEntity, MarcheEntity, LotEntity, AttributionEntity, EntrepriseEntity, PersonneEligibleEntity, ContratClauseEntity, HeuresInsertionEntity],
  migrations,
  retention: clausesRetention,
  seedDemo,
});

export default clausesSubgraph;
