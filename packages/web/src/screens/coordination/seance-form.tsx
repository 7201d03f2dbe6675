import { useState, type FormEvent } from 'react';
import { Fieldset, SelectField, TextArea, TextField } from '../../ui/fields';
import { useMutation } from '../../ui/use-api';
import type { Seance } from './agenda-types';
import creerCommissionDocument from './creer-commission.graphql';
import { OtherProblems } from '../../ui/form-problems';
import { optionsOf } from '../../ui/labels';
import { todayIso, TYPES_COMMISSION, type TypeCommission } from './labels';

/** Opens a séance of the PLIE's commission: its date, its kind and who sits in it. */
export function NouvelleSeance({ plieCode, onCreated, onCancel }: { plieCode: string; onCreated: (seance: Seance) => void; onCancel?: () => void }) {
  const mutation = useMutation<{ input: Record<string, unknown> }, { creerCommission: Seance }>(creerCommissionDocument);
  const [date, setDate] = useState(todayIso());
  const [type, setType] = useState<TypeCommission>('INTEGRATION');
  const [membres, setMembres] = useState('Coordination PLIE\nFrance Travail\nDépartement\nMission Locale');
  const err = (field: string) => mutation.error?.forField(field);
  const membreError = mutation.error?.problems.find((p) => p.field?.includes('membres'))?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = membres.split('\n').map((m) => m.trim()).filter(Boolean);
    const created = await mutation.run({ input: { plieCode, date, type, membres: list } });
    if (created) onCreated(created.creerCommission);
  };

  return (
    <form onSubmit={submit}>
      <Fieldset legend="Ouvrir une séance">
        <OtherProblems error={mutation.error} fields={['date', 'type', 'membres']} />
        <div className="grid">
          <TextField label="Date de la séance" type="date" required value={date} onChange={setDate} error={err('date')} />
          <SelectField label="Type de séance" required value={type} onChange={setType} options={optionsOf(TYPES_COMMISSION)} error={err('type')} />
        </div>
        <TextArea label="Membres présents" hint="Une fonction ou une structure par ligne." value={membres} onChange={setMembres} error={membreError} />
        <div className="actions">
          <button type="submit" disabled={mutation.pending}>
            {mutation.pending ? 'Ouverture…' : 'Ouvrir la séance'}
          </button>
          {onCancel && (
            <button type="button" className="secondary" onClick={onCancel}>
              Annuler
            </button>
          )}
        </div>
      </Fieldset>
    </form>
  );
}
