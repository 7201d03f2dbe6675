import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/graphql';
import { SelectField, TextField } from '../../ui/fields';
import { nomCourtOrganisme } from './libelles';
import { anneeCourante, anneeDe, bornesAnnee, PREMIERE_ANNEE } from './periodes';
import type { Demande, PlieDuReferentiel, Portee } from './types';

const PERSONNALISEE = 'personnalisee';

const valeurPortee = (portee: Portee) => (portee.type === 'plie' ? `plie:${portee.code}` : `oi:${portee.nom}`);
const porteeDe = (valeur: string): Portee => (valeur.startsWith('oi:') ? { type: 'oi', nom: valeur.slice(3) } : { type: 'plie', code: valeur.slice(5) });

/** The organismes intermédiaires of the caller's PLIEs, with how many of its PLIEs each covers here. */
export function organismesDe(plies: PlieDuReferentiel[]): { nom: string; plies: number }[] {
  const counts = new Map<string, number>();
  for (const plie of plies) if (plie.organismeIntermediaire) counts.set(plie.organismeIntermediaire, (counts.get(plie.organismeIntermediaire) ?? 0) + 1);
  return [...counts].map(([nom, n]) => ({ nom, plies: n })).sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
}

function optionsPortee(plies: PlieDuReferentiel[], demande: Demande) {
  const options = [
    ...organismesDe(plies).map((oi) => ({ value: `oi:${oi.nom}`, label: `Tous les PLIEs de ${nomCourtOrganisme(oi.nom)} (${oi.plies} PLIEs)` })),
    ...plies.map((plie) => ({ value: `plie:${plie.code}`, label: plie.nom })),
  ];
  // A link may name a scope outside the list (the API then says why): keep it selectable rather than silently swap it.
  const current = valeurPortee(demande.portee);
  if (!options.some((o) => o.value === current)) options.push({ value: current, label: demande.portee.type === 'plie' ? demande.portee.code : demande.portee.nom });
  return options;
}

function optionsPeriode() {
  const annees = [];
  for (let annee = anneeCourante(); annee >= PREMIERE_ANNEE; annee -= 1) annees.push({ value: String(annee), label: `Année ${annee}` });
  return [...annees, { value: PERSONNALISEE, label: 'Dates personnalisées' }];
}

/**
 * The scope (one PLIE, or all those of an organisme intermédiaire) and the period (a calendar year, or any dates).
 * The API's messages on these inputs are shown under the field they concern.
 */
export function FiltresVue({ plies, demande, error, onSubmit }: { plies: PlieDuReferentiel[]; demande: Demande; error: ApiError | null; onSubmit: (demande: Demande) => void }) {
  const [portee, setPortee] = useState(valeurPortee(demande.portee));
  const [debut, setDebut] = useState(demande.debut);
  const [fin, setFin] = useState(demande.fin);
  const [personnalisee, setPersonnalisee] = useState(false);
  const annee = anneeDe(debut, fin);
  const periode = !personnalisee && annee !== null && annee >= PREMIERE_ANNEE && annee <= anneeCourante() ? String(annee) : PERSONNALISEE;

  const choisirPeriode = (valeur: string) => {
    setPersonnalisee(valeur === PERSONNALISEE);
    if (valeur === PERSONNALISEE) return;
    const bornes = bornesAnnee(Number(valeur));
    setDebut(bornes.debut);
    setFin(bornes.fin);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ portee: porteeDe(portee), debut, fin });
  };
  return (
    <form className="card copil-filtres" onSubmit={submit} aria-label="Périmètre et période de la vue">
      <div className="copil-filtres-grid">
        <SelectField
          label="Périmètre"
          value={portee}
          onChange={setPortee}
          options={optionsPortee(plies, demande)}
          error={error?.forField('plies') ?? error?.forField('organismeIntermediaire')}
          hint="Un PLIE, ou tous ceux d’un organisme intermédiaire de votre périmètre."
        />
        <SelectField label="Période" value={periode} onChange={choisirPeriode} options={optionsPeriode()} hint="Une année civile, ou vos dates ci-contre." />
        <TextField label="Début" type="date" value={debut} onChange={setDebut} error={error?.forField('debut')} />
        <TextField label="Fin" type="date" value={fin} onChange={setFin} error={error?.forField('fin')} />
      </div>
      <div className="actions">
        <button type="submit">Afficher la vue</button>
      </div>
    </form>
  );
}

/** The API's problems that no field of the form shows, for the banner. */
export const FIELDS_OF_FORM = ['plies', 'organismeIntermediaire', 'debut', 'fin'];
