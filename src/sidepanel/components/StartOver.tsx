// "Start over" asks first: it forgets this ticket's saved draft.
import { useEffect, useId, useRef, useState } from 'react';

export function StartOver({ onConfirm }: { onConfirm(): void }) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
    returnFocus.current = false;
  }, [asking]);
  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  if (!asking) {
    return (
      <button type="button" ref={startRef} className="danger-quiet" onClick={() => setAsking(true)}>
        Start over
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled confirmation (a question and two buttons), not form fields: a fieldset would bring its border and padding
    <div role="group" aria-labelledby={id} className="confirm" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <p id={id}>
        Start over? This clears the write-up saved for this ticket, and its review reminder. It cannot be undone.
      </p>
      <button
        type="button"
        ref={confirmRef}
        className="danger"
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
          onConfirm();
        }}
      >
        Clear the write-up
      </button>
      <button type="button" onClick={cancel}>
        Keep it
      </button>
    </div>
  );
}
