import { loadSubgraphs } from '../registry';

/** The subgraphs a command names (all of them when it names none); exits 2 on an unknown name. */
export async function selectSubgraphs(names: string[]) {
  const all = await loadSubgraphs();
  const unknown = names.filter((name) => !all.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`Sous-graphe inconnu : ${unknown.join(', ')}. Connus : ${all.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  return all.filter((s) => names.length === 0 || names.includes(s.name));
}
