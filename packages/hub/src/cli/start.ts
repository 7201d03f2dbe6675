import { signDevelopmentToken } from '@plie-hub/auth';
import { DEMO_IDENTITIES } from '@plie-hub/demo';
import { ensureConsoleBuilt } from '@plie-hub/web';
import { startHub } from '../start-hub';

/**
 * `npm start`: the whole hub in one process on embedded storage (or PostgreSQL when DATABASE_URL is set), with the
 * demo data on first run. Prints the gateway URL, a development token per demo role and an example query.
 */
const started = Date.now();
await ensureConsoleBuilt((message) => console.log(message));
const hub = await startHub({ demoData: process.env.PLIE_DEMO_DATA !== 'false' });
const tokens = await Promise.all(
  Object.entries(DEMO_IDENTITIES).map(async ([name, caller]) => [name, await signDevelopmentToken(caller)] as const),
);
const coordination = tokens.find(([name]) => name === 'coordination')![1];
const line = '─'.repeat(78);
console.log(`
${line}
 PLIE Hub prêt en ${((Date.now() - started) / 1000).toFixed(1)} s — passerelle : ${hub.gatewayUrl}
 Console web : ${hub.gatewayUrl.replace('/graphql', '/console/')}
 GraphiQL : ${hub.gatewayUrl}   santé : ${hub.gatewayUrl.replace('/graphql', '/readiness')}
${line}
 Jetons de développement (8 h), un par rôle de démonstration :
${tokens.map(([name, token]) => `\n  ${name}\n  ${token}`).join('\n')}

 Exemple (coordination du PLIE de Bordeaux) :

  curl -s ${hub.gatewayUrl} \\
    -H 'content-type: application/json' \\
    -H 'authorization: Bearer ${coordination}' \\
    -d '{"query":"{ prescriptionsFranceTravail(first: 3) { nodes { id statut plie { code nom } } } }"}'
${line}
 Ctrl-C pour tout arrêter.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nArrêt en cours…');
    hub.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
