// Labelled inputs shared by the extension's pages: every control has a visible
// label tied to it, and an optional hint read out with it.
import { useId, type ChangeEvent, type ClipboardEvent, type ReactNode } from 'react';

interface FieldProps {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  placeholder?: string;
  onPaste?(event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>): void;
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  placeholder,
  onPaste,
  type = 'text',
}: FieldProps & { type?: 'text' | 'date' | 'url' }) {
  const id = useId();
  return (
    <div className="field-row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        onPaste={onPaste}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextArea({
  label,
  value,
  onChange,
  hint,
  placeholder,
  onPaste,
  rows = 3,
}: FieldProps & { rows?: number }) {
  const id = useId();
  return (
    <div className="field-row">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onPaste={onPaste}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
