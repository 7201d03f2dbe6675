import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  /** The API's message for this field (shown under it and tied to it for screen readers). */
  error?: string;
  hint?: string;
  required?: boolean;
}

function Described({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

const describedBy = (id: string, error?: string, hint?: string) => [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id}>
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

export function TextField({
  label,
  error,
  hint,
  required,
  value,
  onChange,
  type = 'text',
  name,
  ...rest
}: FieldProps & { value: string; onChange: (value: string) => void; type?: string; name?: string; inputMode?: 'numeric' | 'text'; autoComplete?: string; min?: string; max?: string; step?: string }) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <Label id={id} label={label} required={required} />
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => onChange(e.target.value)}
        {...rest}
      />
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea({ label, error, hint, required, value, onChange, name }: FieldProps & { value: string; onChange: (value: string) => void; name?: string }) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <Label id={id} label={label} required={required} />
      <textarea id={id} name={name} value={value} rows={3} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} onChange={(e) => onChange(e.target.value)} />
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField<V extends string>({
  label,
  error,
  hint,
  required,
  value,
  onChange,
  options,
  name,
  placeholder,
}: FieldProps & { value: V | ''; onChange: (value: V) => void; options: readonly { value: V; label: string }[]; name?: string; placeholder?: string }) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <Label id={id} label={label} required={required} />
      <select id={id} name={name} value={value} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} onChange={(e) => onChange(e.target.value as V)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField({ label, checked, onChange, error, name }: { label: string; checked: boolean; onChange: (checked: boolean) => void; error?: string; name?: string }) {
  const id = useId();
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
      <input id={id} name={name} type="checkbox" checked={checked} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      <Described id={id} error={error} />
    </div>
  );
}

/** A file to send (imports): the chosen file, or null when the choice is cleared. */
export function FileField({ label, accept, error, hint, required, onChange }: FieldProps & { accept: string; onChange: (file: File | null) => void }) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <Label id={id} label={label} required={required} />
      <input id={id} type="file" accept={accept} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} onChange={(e) => onChange(e.target.files?.[0] ?? null)} />
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

/** A group of fields under its legend; `error` is the API's message for the group as a whole (tied to it). */
export function Fieldset({ legend, error, children }: { legend: string; error?: string; children: ReactNode }) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
