import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { operationsOfFile } from '../governance/src/operations.ts';

/**
 * `import document from './fiches.graphql'`: the operation, printed exactly as the trusted-documents manifest
 * prints it (one operation per file, its fragments included), so its sha256 is the manifest's key and the schema
 * check validates what the console really sends.
 */
export function graphqlDocuments(): Plugin {
  return {
    name: 'plie-hub-graphql-documents',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.graphql')) return null;
      const operations = operationsOfFile(id, readFileSync(id, 'utf8'));
      if (operations.length !== 1) this.error(`${id}: one operation per file (found ${operations.length})`);
      return { code: `export default ${JSON.stringify(operations[0]!.document)};`, map: null };
    },
  };
}
