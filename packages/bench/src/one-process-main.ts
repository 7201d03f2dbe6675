import { startHub } from '@plie-hub/hub';

/**
 * Entry of the one-process hub the benchmark starts beside the distributed one (`startOneProcessHub`): the six
 * subgraphs and the gateway in this process, on the databases the environment names, no demo data loaded.
 */
const hub = await startHub({ demoData: false });
// The parent waits for this line before it sends anything.
console.log(JSON.stringify({ service: 'one-process-hub', url: hub.gatewayUrl, msg: 'ready' }));
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    hub.stop().then(() => process.exit(0), () => process.exit(1));
  });
}
