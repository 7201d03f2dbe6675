import { writeFileSync } from 'node:fs';
import { clientOperations, TRUSTED_DOCUMENTS_PATH, trustedDocuments } from '../repository';

/** `npm run schema:documents`: rewrites the trusted documents manifest from the clients' operations. */
const manifest = trustedDocuments(clientOperations());
writeFileSync(TRUSTED_DOCUMENTS_PATH, JSON.stringify(manifest, null, 2) + '\n');
console.log(`${Object.keys(manifest).length} documents de confiance écrits dans gateway/trusted-documents.json`);
