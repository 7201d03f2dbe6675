/** A person's identity as the API gives it on a fiche or a participant (the fields each screen may read). */
export interface Identite {
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  sexe: string;
  dateNaissance: string;
  communeInsee: string;
}

/** « Alice MARTIN », or « Alice DURAND (nom de naissance : MARTIN) » when a usage name is known. */
export const personName = (p: Pick<Identite, 'prenoms' | 'nomNaissance'> & { nomUsage?: string | null } | null | undefined) =>
  p ? `${p.prenoms} ${p.nomUsage ? `${p.nomUsage} (nom de naissance : ${p.nomNaissance})` : p.nomNaissance}` : '—';
