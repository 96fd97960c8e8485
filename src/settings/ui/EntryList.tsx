// The entries matching the search, each with its layer, what it replaces, and the
// actions that apply to it: edit, disable or enable, delete (personal), compare.
import { useState } from 'react';
import type { EntryRow } from '../map-rows';
import { CompareWithBuiltIn } from './CompareWithBuiltIn';
import { ConfirmButton } from './ConfirmButton';

const PAGE = 40;

const LAYER_LABEL: Record<EntryRow['layer'], string> = { 'built-in': 'Built-in', team: 'Team', personal: 'Personal' };

interface Props {
  rows: EntryRow[];
  total: number;
  onEdit(row: EntryRow): void;
  onDisable(row: EntryRow): void;
  onEnable(row: EntryRow): void;
  onDelete(row: EntryRow): Promise<void>;
}

function Row({ row, onEdit, onDisable, onEnable, onDelete }: { row: EntryRow } & Omit<Props, 'rows' | 'total'>) {
  const [comparing, setComparing] = useState(false);
  const replaces = row.layer !== 'built-in' && row.builtIn !== null;
  return (
    <li className={row.disabledBy ? 'entry-row disabled' : 'entry-row'} data-entry={row.id}>
      <div className="entry-head">
        <strong className="entry-id">{row.id}</strong>
        <span className={`badge layer-${row.layer}`}>{LAYER_LABEL[row.layer]}</span>
        {replaces ? <span className="badge">replaces built-in</span> : null}
        {row.layer === 'personal' && row.team ? <span className="badge">replaces team</span> : null}
        {row.disabledBy ? (
          <span className="badge off">disabled by {row.disabledBy === 'team' ? 'the team map' : 'you'}</span>
        ) : null}
        <span className="hint">{row.entry.category}</span>
      </div>
      <p className="entry-phrases">{row.entry.phrases.join(', ')}</p>
      <div className="actions">
        <button type="button" aria-label={`Edit ${row.id}`} onClick={() => onEdit(row)}>
          Edit
        </button>
        {row.disabledBy === 'personal' ? (
          <button type="button" aria-label={`Enable ${row.id}`} onClick={() => onEnable(row)}>
            Enable
          </button>
        ) : row.disabledBy === null ? (
          <button type="button" aria-label={`Disable ${row.id}`} onClick={() => onDisable(row)}>
            Disable
          </button>
        ) : null}
        {row.layer === 'personal' ? (
          <ConfirmButton
            label={`Delete ${row.id}…`}
            question={
              row.builtIn || row.team
                ? `Delete your version of “${row.id}”? The ${row.team ? 'team' : 'built-in'} version is used again.`
                : `Delete “${row.id}”? It is no longer flagged.`
            }
            confirmLabel={`Yes, delete ${row.id}`}
            onConfirm={() => onDelete(row)}
          />
        ) : null}
        {replaces ? (
          <button
            type="button"
            aria-expanded={comparing}
            onClick={() => setComparing((c) => !c)}
            aria-label={`Compare with built-in: ${row.id}`}
          >
            Compare with built-in
          </button>
        ) : null}
      </div>
      {comparing && row.builtIn ? (
        <CompareWithBuiltIn builtIn={row.builtIn} current={row.entry} layer={row.layer} />
      ) : null}
    </li>
  );
}

export function EntryList({ rows, total, ...actions }: Props) {
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <p aria-live="polite" className="hint">
        {rows.length === total ? `${total} entries` : `${rows.length} of ${total} entries match`}
      </p>
      <ul className="entries" aria-label="Phrase map entries">
        {rows.slice(0, shown).map((row) => (
          <Row key={row.id} row={row} {...actions} />
        ))}
      </ul>
      {rows.length > shown ? (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more
        </button>
      ) : null}
    </>
  );
}
