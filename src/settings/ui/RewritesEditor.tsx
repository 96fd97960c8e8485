// An entry's rewrites: each with the shape of words it fills in a sentence and its
// text, slots included ({action}, {who}, {moment}, {number}; {object} in a verb).
import { useId } from 'react';
import type { MapIssue } from '../../core/phrase-map/errors';
import { SLOTS, slotsIn } from '../../core/phrase-map/schema';
import { emptyRewrite, issuesFor, REWRITE_SHAPES, type RewriteDraft } from '../entry-draft';
import { FieldError, fieldErrorProps } from './form-bits';

const SHAPE_HINTS: Record<RewriteDraft['as'], string> = {
  noun: 'noun: replaces the phrase used as a noun, in the singular',
  verb: 'verb: replaces the phrase used as a verb, in its base form; {object} is what it acted on',
  goal: 'goal: replaces a work verb and the phrase it acts on ("tune the retry logic")',
  modifier: 'modifier: replaces the phrase where it describes another noun',
};

interface Props {
  rewrites: RewriteDraft[];
  onChange(next: RewriteDraft[]): void;
  issues: MapIssue[];
  showErrors: boolean;
}

export function RewritesEditor({ rewrites, onChange, issues, showErrors }: Props) {
  const id = useId();
  const set = (i: number, patch: Partial<RewriteDraft>) =>
    onChange(rewrites.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const own = showErrors ? issues.filter((i) => i.field === 'rewrites') : [];
  return (
    <fieldset className="rewrites-editor" aria-describedby={`${id}-hint`}>
      <legend>Rewrites</legend>
      <p className="hint" id={`${id}-hint`}>
        At most four, in the order the card tries them. Slots:{' '}
        {Object.keys(SLOTS)
          .map((s) => `{${s}}`)
          .join(', ')}
        , and {'{object}'} in a verb. None is fine: the card then offers a sentence rewrite or the write-up.
      </p>
      <FieldError id={`${id}-all`} issues={own} base="rewrites" unit="rewrite" />
      <ol className="rewrite-list">
        {rewrites.map((rewrite, i) => {
          const rowId = `${id}-${i}`;
          const rowIssues = showErrors ? issuesFor(issues, `rewrites.${i}`) : [];
          const slots = slotsIn(rewrite.text);
          return (
            <li key={rewrite.key}>
              <div className="rewrite-row">
                <div className="field-row">
                  <label htmlFor={`${rowId}-as`}>Shape of rewrite {i + 1}</label>
                  <select
                    id={`${rowId}-as`}
                    value={rewrite.as}
                    onChange={(e) => set(i, { as: e.target.value as RewriteDraft['as'] })}
                  >
                    {REWRITE_SHAPES.map((shape) => (
                      <option key={shape} value={shape}>
                        {shape}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field-row grow">
                  <label htmlFor={`${rowId}-text`}>Rewrite {i + 1}</label>
                  <input
                    id={`${rowId}-text`}
                    type="text"
                    value={rewrite.text}
                    onChange={(e) => set(i, { text: e.target.value })}
                    {...fieldErrorProps(rowId, rowIssues, `${rowId}-shape`)}
                  />
                </div>
                <button
                  type="button"
                  className="remove"
                  aria-label={`Remove rewrite ${i + 1}`}
                  onClick={() => onChange(rewrites.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </div>
              <p className="hint" id={`${rowId}-shape`}>
                {SHAPE_HINTS[rewrite.as]}
                {slots.length ? `. Slots: ${slots.map((s) => `{${s}}`).join(' ')}` : ''}
              </p>
              <FieldError id={rowId} issues={rowIssues} base={`rewrites.${i}`} unit="rewrite" />
            </li>
          );
        })}
      </ol>
      <button type="button" disabled={rewrites.length >= 4} onClick={() => onChange([...rewrites, emptyRewrite()])}>
        Add a rewrite
      </button>
    </fieldset>
  );
}
