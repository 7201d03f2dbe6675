import { useId } from 'react';

/** A labelled file input with its hint and error tied to it (the ui kit has text, select and checkbox fields only). */
export function FileField({ label, accept, error, hint, onChange }: { label: string; accept: string; error?: string; hint?: string; onChange: (file: File | null) => void }) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept={accept} aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.files?.[0] ?? null)} />
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
    </div>
  );
}
