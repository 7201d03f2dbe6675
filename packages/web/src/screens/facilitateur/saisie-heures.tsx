import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/graphql';
import { Fieldset, SelectField, TextField } from '../../ui/fields';
import { formatDate, formatNumber } from '../../ui/format';
import { ErrorBanner } from '../../ui/problems';
import { useMutation } from '../../ui/use-api';
import { formatMois } from './labels';
import saisirHeuresDocument from './saisir-heures.graphql';
import type { Contrat, HeuresMensuelles } from './types';

const FIELDS = ['contratId', 'mois', 'heuresTravail', 'heuresFormation'];

/** `""` is not a number of hours; a decimal comma is (French keyboards). */
const parseHours = (value: string): number | null => {
  const text = value.trim().replace(',', '.');
  return text === '' || !Number.isFinite(Number(text)) ? null : Number(text);
};

/** The problems no field of the form shows (an unknown contract, a refusal): they go to the banner. */
const unplaced = (error: ApiError | null) => error?.unplaced(FIELDS) ?? null;

/**
 * One month of one contract (replaces what was entered for that month). The API checks the month against the
 * contract and the 10 h a day ceiling; its messages are shown by the field they concern, and nothing is written.
 */
export function SaisieHeuresForm({ contrats, contratId, onContratChange, onSaved }: { contrats: Contrat[]; contratId: string; onContratChange: (id: string) => void; onSaved: () => void }) {
  const [mois, setMois] = useState('');
  const [travail, setTravail] = useState('');
  const [formation, setFormation] = useState('0');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<{ reference: string; heures: HeuresMensuelles } | null>(null);
  const saisir = useMutation<{ input: Record<string, unknown> }, { saisirHeures: HeuresMensuelles }>(saisirHeuresDocument);
  const contrat = contrats.find((c) => c.id === contratId);
  const existing = contrat?.heures.find((h) => h.mois === mois);

  const edit = (apply: () => void) => {
    apply();
    setSaved(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const heuresTravail = parseHours(travail);
    const heuresFormation = parseHours(formation);
    const errors: Record<string, string> = {};
    if (heuresTravail == null) errors.heuresTravail = 'Indiquez un nombre d’heures de travail (0 si aucune).';
    if (heuresFormation == null) errors.heuresFormation = 'Indiquez un nombre d’heures de formation (0 si aucune).';
    if (!contrat) errors.contratId = 'Choisissez un contrat.';
    setLocalErrors(errors);
    if (Object.keys(errors).length) {
      saisir.reset();
      return;
    }
    const result = await saisir.run({ input: { contratId, mois: mois.trim(), heuresTravail, heuresFormation } });
    if (result) {
      setSaved({ reference: contrat!.reference, heures: result.saisirHeures });
      onSaved();
    }
  };

  const errorOf = (field: string) => localErrors[field] ?? saisir.error?.forField(field);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="saisie-title" className="facilitateur-form">
      <h2 id="saisie-title" tabIndex={-1}>
        Saisir les heures d’un mois
      </h2>
      <ErrorBanner error={unplaced(saisir.error)} title="Les heures n’ont pas été enregistrées" />
      <Fieldset legend="Heures d’insertion réalisées">
        <div className="grid">
          <SelectField
            label="Contrat"
            required
            value={contratId}
            onChange={(value) => edit(() => onContratChange(value))}
            options={contrats.map((c) => ({ value: c.id, label: `${c.reference} (du ${formatDate(c.debut)}${c.fin ? ` au ${formatDate(c.fin)}` : ''})` }))}
            placeholder="Choisir un contrat"
            error={errorOf('contratId')}
          />
          <TextField
            label="Mois"
            type="month"
            required
            value={mois}
            onChange={(value) => edit(() => setMois(value))}
            hint={existing ? `Déjà saisi : ${formatNumber(existing.heuresTravail)} h de travail et ${formatNumber(existing.heuresFormation)} h de formation (remplacées à l’enregistrement).` : 'AAAA-MM, dans la période du contrat.'}
            error={errorOf('mois')}
          />
          <TextField
            label="Heures de travail"
            type="number"
            inputMode="numeric"
            min="0"
            step="0.5"
            required
            value={travail}
            onChange={(value) => edit(() => setTravail(value))}
            hint="10 h au plus par jour de contrat dans le mois."
            error={errorOf('heuresTravail')}
          />
          <TextField
            label="Heures de formation"
            type="number"
            inputMode="numeric"
            min="0"
            step="0.5"
            value={formation}
            onChange={(value) => edit(() => setFormation(value))}
            error={errorOf('heuresFormation')}
          />
        </div>
        <div className="actions">
          <button type="submit" disabled={saisir.pending}>
            {saisir.pending ? 'Enregistrement…' : 'Enregistrer les heures'}
          </button>
        </div>
      </Fieldset>
      <div role="status" aria-live="polite">
        {saved && (
          <p className="banner banner-success">
            Heures de {formatMois(saved.heures.mois)} enregistrées sur le contrat {saved.reference} : {formatNumber(saved.heures.heuresTravail)} h de travail et{' '}
            {formatNumber(saved.heures.heuresFormation)} h de formation.
          </p>
        )}
      </div>
    </form>
  );
}
