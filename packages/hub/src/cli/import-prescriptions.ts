import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

/**
 * `npm run import:prescriptions -- --partenaire france-travail --fichier fiches.csv [--token …] [--rapport rejets.csv]`
 *
 * For partners without an API client: sends a CSV of fiches to the hub through the gateway, as the signed-in
 * prescriber (the token says which structure), and prints the report; rejected rows can be written to a CSV to fix
 * and send again (accepted rows are never created twice).
 */
const PARTNERS: Record<string, string> = {
  'france-travail': 'FranceTravail',
  departement: 'Departement',
  'mission-locale': 'MissionLocale',
};

const { values } = parseArgs({
  options: {
    partenaire: { type: 'string' },
    fichier: { type: 'string' },
    token: { type: 'string', default: process.env.PLIE_TOKEN },
    passerelle: { type: 'string', default: process.env.PLIE_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql' },
    rapport: { type: 'string' },
  },
});

const suffix = PARTNERS[values.partenaire ?? ''];
if (!suffix || !values.fichier || !values.token) {
  console.error(`Usage : npm run import:prescriptions -- --partenaire <${Object.keys(PARTNERS).join('|')}> --fichier <fichier.csv> --token <jeton> [--passerelle URL] [--rapport rejets.csv]`);
  process.exit(2);
}

const bytes = await readFile(values.fichier);
console.log(`Envoi de ${values.fichier} (${(bytes.length / 1024).toFixed(0)} Ko) à ${values.passerelle}…`);
const started = Date.now();
const response = await fetch(values.passerelle!, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${values.token}` },
  body: JSON.stringify({
    query: `mutation ($f: String!) { rapport: importerPrescriptions${suffix}(contenuBase64: $f) { encodage lignesLues creees dejaImportees rejetees { ligne champ message } } }`,
    variables: { f: bytes.toString('base64') },
  }),
});
const result = (await response.json()) as {
  data?: { rapport: { encodage: string; lignesLues: number; creees: number; dejaImportees: number; rejetees: Array<{ ligne: number; champ: string; message: string }> } };
  errors?: Array<{ message: string }>;
};
if (!result.data?.rapport) {
  console.error(`Import refusé : ${result.errors?.map((e) => e.message).join(' ; ') ?? response.statusText}`);
  process.exit(1);
}
const r = result.data.rapport;
console.log(
  `${r.lignesLues} lignes lues (${r.encodage}) en ${((Date.now() - started) / 1000).toFixed(1)} s : ${r.creees} fiches créées en brouillon, ${r.dejaImportees} déjà importées, ${new Set(r.rejetees.map((x) => x.ligne)).size} lignes rejetées.`,
);
for (const rejet of r.rejetees.slice(0, 20)) console.log(`  ligne ${rejet.ligne} · ${rejet.champ} : ${rejet.message}`);
if (r.rejetees.length > 20) console.log(`  … et ${r.rejetees.length - 20} autres (voir --rapport)`);
if (values.rapport) {
  const quote = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  await writeFile(values.rapport, ['ligne;champ;message', ...r.rejetees.map((x) => [x.ligne, x.champ, x.message].map(quote).join(';'))].join('\n'));
  console.log(`Rapport des rejets écrit dans ${values.rapport}`);
}
process.exit(r.rejetees.length > 0 ? 3 : 0);
