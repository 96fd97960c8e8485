// "Insert into ticket": says where the text will go before it goes, and what
// happened after. A failed insert changes nothing here: the draft stays as it is.
import { useId, useState } from 'react';
import type { InsertRequest, InsertResult, TicketSnapshot } from '../../messages';

const WHERE: Record<NonNullable<TicketSnapshot['editing']>['role'], string> = {
  description: 'the description being edited',
  comment: 'the comment being edited',
  composer: 'the new comment box',
};

function insertTargetText(editing: TicketSnapshot['editing'], prefer: InsertRequest['prefer']): string {
  if (!editing)
    return 'No field is open for editing in the ticket yet: open the description or a comment for editing first.';
  const where = prefer === 'comment' && editing.role === 'description' ? 'composer' : editing.role;
  const keeps =
    where === 'description'
      ? 'It replaces an earlier write-up there, or goes on top; nothing else you wrote is removed.'
      : 'It goes at the cursor (after any selected text) or at the end; nothing you wrote is removed.';
  return `Goes into ${WHERE[where]}, as one change you can undo in the page (Ctrl+Z). ${keeps}`;
}

interface Props {
  label: string;
  editing: TicketSnapshot['editing'];
  prefer: InsertRequest['prefer'];
  build(): Omit<InsertRequest, 'prefer'>;
  insert(request: InsertRequest): Promise<InsertResult>;
  onResult(message: string, ok: boolean): void;
  disabled?: boolean;
}

export function InsertButton({ label, editing, prefer, build, insert, onResult, disabled }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const go = async () => {
    if (busy) return; // stays enabled while busy, so keyboard focus is not thrown off the button
    setBusy(true);
    const result = await insert({ ...build(), prefer }).catch(() => ({
      ok: false as const,
      reason: 'The ticket page did not answer; reload it and try again.',
    }));
    setBusy(false);
    if (result.ok) onResult(`Inserted into ${WHERE[result.role]}. Undo it in the page with Ctrl+Z if needed.`, true);
    else onResult(`Not inserted: ${result.reason} Your text is still here.`, false);
  };
  return (
    <div className="insert">
      <button
        type="button"
        className="primary"
        onClick={go}
        disabled={disabled}
        aria-busy={busy}
        aria-describedby={`${id}-where`}
      >
        {busy ? 'Inserting…' : label}
      </button>
      <p className="hint" id={`${id}-where`}>
        {insertTargetText(editing, prefer)}
      </p>
    </div>
  );
}
