import { decodePerimetre, defineSubgraph, type SubgraphContext } from '@plie-hub/kit';
import { migrations } from '../migrations/index';
import { AgendaResolver } from './agenda/agenda.resolver';
import { CommissionEntity } from './commission/commission.entity';
import { VueCopilResolver } from './copil/vue-copil.resolver';
import { CommissionResolver } from './commission/commission.resolver';
import { DecisionEntity } from './commission/decision.entity';
import { seedDemo } from './demo/seed-demo';
import { FileActiveResolver, OperationFseResolver } from './fse/indicateurs-fse.resolver';
import { OperationRef } from './fse/indicateurs-fse.type';
import { ParcoursResolver } from './parcours/parcours.resolver';
import { ParcoursEntity } from './parcours/parcours.entity';
import { AffectationReferentEntity, EntretienEntity, EtapeEntity, MesureEntity, VeilleEntity } from './parcours/suivi.entities';
import { ParticipantEntity } from './participant/participant.entity';
import { loadReadableParticipant } from './participant/participant.access';
import { ParticipantResolver } from './participant/participant.resolver';
import { RectificationParticipantEntity } from './participant/rectification.entity';
import { parcoursRetention } from './retention/parcours.retention';
import { PlieEntity } from './plie/plie.entity';
import { plieByCode } from './plie/plie.loader';
import { DroitAccesResolver } from './personne/droit-acces.resolver';
import { PersonneRef, PersonneResolver } from './personne/personne.resolver';
import { PlieResolver } from './plie/plie.resolver';
import { prescriptionOutcomeResolver } from './prescription/prescription-outcome.resolver';
import { PrescriptionDepartementRef, PrescriptionFranceTravailRef, PrescriptionMissionLocaleRef } from './prescription/prescription-refs';
import { ReferentEntity } from './referentiel/referent.entity';
import { ReferentielResolver } from './referentiel/referentiel.resolver';
import { StructurePorteuseEntity } from './referentiel/structure-porteuse.entity';
import { SortieEntity } from './sortie/sortie.entity';
import { StatistiquesResolver } from './statistiques/statistiques.resolver';

const decodeVue = (id: string, context: SubgraphContext) => {
  const p = decodePerimetre(id, context);
  return { plies: p.plies, debut: p.debut, fin: p.fin, seuilMasquage: p.seuil };
};

/** The representation the gateway sends already holds the fields this subgraph needs (`@requires`). */
const asRepresentation = (reference: Record<string, unknown>) => reference;

export const parcoursSubgraph = defineSubgraph({
  name: 'parcours',
  description: 'Le PLIE : référentiel, commissions, participants, parcours, étapes et sorties.',
  resolvers: [
    PlieResolver,
    ReferentielResolver,
    CommissionResolver,
    ParticipantResolver,
    ParcoursResolver,
    StatistiquesResolver,
    AgendaResolver,
    VueCopilResolver,
    OperationFseResolver,
    FileActiveResolver,
    PersonneResolver,
    DroitAccesResolver,
    prescriptionOutcomeResolver(PrescriptionFranceTravailRef, 'FRANCE_TRAVAIL'),
    prescriptionOutcomeResolver(PrescriptionDepartementRef, 'DEPARTEMENT'),
    prescriptionOutcomeResolver(PrescriptionMissionLocaleRef, 'MISSION_LOCALE'),
  ],
  orphanedTypes: [PrescriptionFranceTravailRef, PrescriptionDepartementRef, PrescriptionMissionLocaleRef, PersonneRef, OperationRef],
  referenceResolvers: {
    Plie: (reference, context) => context.loaders.get(plieByCode).load(String(reference.code)),
    Participant: (reference, context) => loadReadableParticipant(context, String(reference.id)),
    Personne: (reference) => ({ cleRapprochement: String(reference.cleRapprochement) }),
    Operation: asRepresentation,
    VueCopil: (reference, context) => ({ id: String(reference.id), ...decodeVue(String(reference.id), context) }),
    PrescriptionFranceTravail: asRepresentation,
    PrescriptionDepartement: asRepresentation,
    PrescriptionMissionLocale: asRepresentation,
  },
  audited: ['Participant', 'Parcours', 'Personne'],
  entities: [
    PlieEntity,
    StructurePorteuseEntity,
    ReferentEntity,
    CommissionEntity,
    DecisionEntity,
    ParticipantEntity,
    RectificationParticipantEntity,
    ParcoursEntity,
    AffectationReferentEntity,
    MesureEntity,
    EntretienEntity,
    EtapeEntity,
    VeilleEntity,
    SortieEntity,
  ],
  migrations,
  retention: parcoursRetention,
  seedDemo,
});

export default parcoursSubgraph;
