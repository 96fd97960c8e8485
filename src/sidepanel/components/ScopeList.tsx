// The planning note's scope: a short list, warned past three items.
import { useId, useRef } from 'react';
import { MAX_SCOPE } from '../../core/writeup';

interface Props {
  items: readonly string[];
  onChange(items: string[]): void;
}

export function ScopeList({ items, onChange }: Props) {
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const shown = items.length ? items : [''];
  const filled = items.filter((s) => s.trim()).length;
  const set = (i: number, value: string) => onChange(shown.map((s, j) => (j === i ? value : s)));
  const focusItem = (i: number) => requestAnimationFrame(() => list.current?.querySelectorAll('input')[i]?.focus());
  const add = () => {
    onChange([...shown, '']);
    focusItem(shown.length);
  };
  const remove = (i: number) => {
    onChange(shown.filter((_, j) => j !== i));
    focusItem(Math.max(0, i - 1));
  };
  return (
    <fieldset className="scope">
      <legend>Scope: small enough for one sprint</legend>
      <p className="hint" id={`${id}-hint`}>
        One clear fix, one alert if needed, a test of the full path.
      </p>
      <ol ref={list}>
        {shown.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the items are plain strings edited in place, so the text cannot be the key (it changes on every keystroke); add and remove move the focus themselves
          <li key={i}>
            <input
              aria-label={`Scope item ${i + 1}`}
              aria-describedby={`${id}-hint`}
              value={item}
              onChange={(e) => set(i, e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
            {shown.length > 1 ? (
              <button
                type="button"
                className="small"
                aria-label={`Remove scope item ${i + 1}`}
                onClick={() => remove(i)}
              >
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <button type="button" onClick={add}>
        Add a scope item
      </button>
      {filled > MAX_SCOPE ? (
        <p className="warning">
          {filled} items will not fit one sprint: keep {MAX_SCOPE} at most and move the rest to follow-up tickets.
        </p>
      ) : null}
    </fieldset>
  );
}
