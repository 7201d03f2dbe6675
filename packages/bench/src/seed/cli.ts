import { parseArgs } from 'node:util';
import { matchKeyFromEnv } from '@plie-hub/auth';
import { createLogger } from '@plie-hub/kit';
import { MissingReferentialError } from './context';
import { AlreadySeededError, seedScale } from './seed-scale';
import { withSeedTargets } from './seed-targets';

/**
 * `npm run seed -- --scale N [--seed S]`: opens each subgraph's storage as the environment designates it (as
 * `npm run migrate` does: DATABASE_URL, <SUBGRAPH>_DATABASE_URL, or embedded), applies the migrations, loads the demo
 * referential into empty databases, then writes the generated volume. Runs once per database.
 */
const USAGE = `Usage : npm run seed -- --scale N [--seed S]
  --scale N   volume (1 = 11 PLIEs, 6 000 participants sur 4 ans, 15 000 fiches… ; 10 = dix fois plus ; 0.1 = un dixième)
  --seed S    graine entière (défaut 1) : même échelle et même graine, mêmes données
Stockage : celui que désigne l'environnement (DATABASE_URL, <SOUS_GRAPHE>_DATABASE_URL, sinon PostgreSQL embarqué sous PLIE_DATA_DIR).`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ options: { scale: { type: 'string' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.scale === undefined) fail(`Indiquez l'échelle : --scale N.\n${USAGE}`);
const scale = Number(args.scale);
const seed = Number(args.seed);
if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) fail("L'échelle (--scale) doit être un nombre strictement positif, au plus 1000 (ex. 1, 10, 0.02).");
if (!Number.isInteger(seed)) fail('La graine (--seed) doit être un nombre entier.');

// Bulk inserts are slow statements by design: the SQL logger's warnings would drown the progress lines.
const log = createLogger('seed', process.env.LOG_LEVEL ?? 'error');
let matchKey: string;
try {
  matchKey = matchKeyFromEnv(process.env);
} catch (error) {
  fail((error as Error).message);
}
const started = performance.now();
let code = 0;
try {
  const report = await withSeedTargets(
    process.env,
    {
      log,
      matchKey,
      onOpened: (subgraph, where, applied) =>
        console.log(`${subgraph} (${where}) : ${applied.length ? `migrations ${applied.join(', ')}` : 'schéma à jour'}, référentiel de démonstration en place`),
    },
    (targets) => seedScale(targets, { scale, seed, matchKey, onProgress: (message) => console.log(message) }),
  );
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Terminé : ${rows.toLocaleString('fr-FR')} lignes (génération ${report.generationSeconds} s, écriture ${report.writeSeconds} s, total ${((performance.now() - started) / 1000).toFixed(1)} s). Empreinte ${report.digest.slice(0, 16)}.`,
  );
} catch (error) {
  code = 1;
  if (error instanceof AlreadySeededError || error instanceof MissingReferentialError) console.error(error.message);
  else console.error(`Échec de la génération : ${(error as Error).message}`);
}
process.exit(code);
