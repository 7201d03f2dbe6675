import { parseArgs } from 'node:util';
import { isOrganisationType, isRole, signDevelopmentToken, type Caller } from '@plie-hub/auth';
import { DEMO_IDENTITIES } from '@plie-hub/demo';

const USAGE = `Usage: npm run token -- [--demo <nom>] [--role <ROLE>...] [--org <TYPE>:<id>] [--plie <CODE>...] [--sub <id>] [--hours <n>]

Émet un jeton de développement (HS256, secret de développement ou PLIE_JWT_SECRET).
  --demo     une identité de démonstration : ${Object.keys(DEMO_IDENTITIES).join(', ')}
  --role     rôle(s) : PRESCRIPTEUR, REFERENT, COORDINATION_PLIE, FACILITATEUR_CLAUSES, GESTIONNAIRE_FSE, COPIL, DPO, ADMIN
  --org      organisation, ex. FRANCE_TRAVAIL:france_travail-bordeaux
  --plie     PLIE(s) de rattachement, ex. BORDEAUX
Exemple : npm run token -- --role COORDINATION_PLIE --org PLIE:BORDEAUX --plie BORDEAUX`;

const { values } = parseArgs({
  options: {
    demo: { type: 'string' },
    role: { type: 'string', multiple: true },
    org: { type: 'string' },
    plie: { type: 'string', multiple: true },
    sub: { type: 'string' },
    hours: { type: 'string', default: '8' },
    help: { type: 'boolean' },
  },
});

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (process.env.NODE_ENV === 'production') fail('Les jetons de développement sont refusés en production.');

/** A demo identity named by --demo, or the first one holding the requested role, then overridden by the flags. */
const base = values.demo
  ? (DEMO_IDENTITIES[values.demo] ?? fail(`Identité de démonstration inconnue : ${values.demo}`))
  : (Object.values(DEMO_IDENTITIES).find((caller) => values.role?.every((role) => caller.roles.includes(role as never))) ??
    DEMO_IDENTITIES.referent!);
const caller: Caller = { ...base };
if (values.role) {
  const roles = values.role.flatMap((r) => r.split(','));
  if (!roles.every(isRole)) fail(`Rôle inconnu parmi : ${roles.join(', ')}`);
  caller.roles = roles;
}
if (values.org) {
  const [type, id] = values.org.split(':');
  if (!isOrganisationType(type) || !id) fail(`Organisation invalide : ${values.org} (attendu TYPE:id)`);
  caller.org = { type, id };
}
if (values.plie) caller.plies = values.plie.flatMap((p) => p.split(','));
if (values.sub) caller.sub = values.sub;
const hours = Number(values.hours);
if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) fail('--hours doit être un nombre d’heures entre 0 et 720');

console.log(await signDevelopmentToken(caller, { secret: process.env.PLIE_JWT_SECRET, expiresInSeconds: Math.round(hours * 3600) }));
