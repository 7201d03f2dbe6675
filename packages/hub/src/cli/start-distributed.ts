import { parseArgs } from 'node:util';
import { ensureConsoleBuilt } from '@plie-hub/web';
import { startDistributed } from '../distributed';

/**
 * `npm run start:distributed [-- --postgres postgres://user@host:5432]`: the topology of docker-compose.yml as
 * separate processes (see `startDistributed`). Ctrl-C or SIGTERM stops them all, each draining its requests.
 */
const { values } = parseArgs({ options: { postgres: { type: 'string' }, demo: { type: 'boolean', default: true } } });
try {
  await ensureConsoleBuilt((message) => console.log(message));
  const hub = await startDistributed({ postgres: values.postgres, demoData: values.demo });
  console.log(`\nPLIE Hub (processus séparés) prêt : ${hub.gatewayUrl} — console : ${hub.gatewayUrl.replace('/graphql', '/console/')} — jetons : npm run token -- --demo coordination\n`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void hub.stop().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
