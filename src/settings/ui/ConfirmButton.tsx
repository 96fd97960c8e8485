// A destructive action in two steps: the button asks, and only "Yes" does it.
// Escape or "Cancel" goes back; focus moves to the question and back to the button.
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  label: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm(): Promise<void> | void;
  disabled?: boolean;
  describedBy?: string;
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled, describedBy }: Props) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (wasAsking.current) ask.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button
        ref={ask}
        type="button"
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset className="confirm" aria-label={label} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <p>{question}</p>
      <button
        ref={yes}
        type="button"
        className="danger"
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </fieldset>
  );
}
