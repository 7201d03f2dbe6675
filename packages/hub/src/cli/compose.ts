import { CompositionError, composeSupergraph, writeComposition } from '../compose';

try {
  const written = await writeComposition(await composeSupergraph());
  console.log(`Supergraph composed:\n${written.map((file) => `  ${file}`).join('\n')}`);
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
