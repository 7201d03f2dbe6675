import { defineSubgraph } from '@plie-hub/kit';
import { migrations } from '../migrations/index';
import { Plie } from './plie/plie.type';
import { seedDemo } from './demo/seed-demo';
import { MarcheEntity } from './marche/marche.entity';
import { marcheById } from './marche/marche.loader';
import { MarcheResolver } from './marche/marche.resolver';
import { assertCanReadMarche } from './marche/marche.service';
import { PlieClausesResolver } from './plie/plie-clauses.resolver';

export const clausesSubgraph = defineSubgraph({
  name: 'clauses',
  description: "Les clauses sociales d'insertion : marchés, attributaires, contrats et heures d'insertion.",
  resolvers: [MarcheResolver, PlieClausesResolver],
  orphanedTypes: [Plie],
  referenceResolvers: {
    Plie: (reference) => ({ code: String(reference.code) }),
    Marche: async (reference, context) => {
      const marche = await context.loaders.get(marcheById).load(String(reference.id));
      if (marche) assertCanReadMarche(context, marche);
      return marche;
    },
  },
  entities: [MarcheEntity],
  migrations,
  seedDemo,
});

export default clausesSubgraph;
