// An entry's examples: a sentence, and how it reads after the first rewrite the card
// offers (or that none fits in place). They run as you edit: a failing one shows what
// it expected and what it gives, and can take what it gives.
import { useId } from 'react';
import type { MapIssue } from '../../core/phrase-map/errors';
import { SLOTS } from '../../core/phrase-map/schema';
import { emptyExample, exampleMessage, issuesFor, type ExampleDraft, type ExampleRun } from '../entry-draft';
import { FieldError, fieldErrorProps } from './form-bits';

interface Props {
  examples: ExampleDraft[];
  onChange(next: ExampleDraft[]): void;
  issues: MapIssue[];
  /** Results of running them, by position; null while the entry has other problems. */
  runs: ExampleRun[] | null;
  showErrors: boolean;
}

function Result({ run }: { run: ExampleRun | null | undefined }) {
  if (!run) return <p className="example-result pending">Runs once the entry has no other problems.</p>;
  if (run.ok) return <p className="example-result pass">✓ Passes</p>;
  return (
    <div className="example-result fail">
      <p>✗ Fails: {exampleMessage(run)}</p>
      <dl>
        <dt>Expected</dt>
        <dd>{run.example.to ?? '(no rewrite in place)'}</dd>
        <dt>Gives</dt>
        <dd>{run.got === undefined ? '(not flagged once by this entry)' : (run.got ?? '(no rewrite in place)')}</dd>
      </dl>
    </div>
  );
}

export function ExamplesEditor({ examples, onChange, issues, runs, showErrors }: Props) {
  const id = useId();
  const set = (i: number, patch: Partial<ExampleDraft>) =>
    onChange(examples.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const passing = runs?.filter((r) => r.ok).length ?? 0;
  return (
    <fieldset className="examples-editor">
      <legend>Examples</legend>
      <p className="hint">
        Each example runs through the card’s own offer, as it would on a ticket. The slots you give stand in for what
        the ticket would say.
      </p>
      {runs && examples.length ? (
        <p aria-live="polite" className={passing === runs.length ? 'ok-text' : 'fail-text'}>
          {passing} of {runs.length} example{runs.length === 1 ? '' : 's'} pass
        </p>
      ) : null}
      <ol className="example-list">
        {examples.map((example, i) => {
          const rowId = `${id}-${i}`;
          const schemaIssues = showErrors
            ? issuesFor(issues, `examples.${i}`).filter((x) => x.field !== `examples.${i}`)
            : [];
          const run = runs?.[i];
          return (
            <li key={example.key} className={run && !run.ok ? 'failing' : undefined}>
              <div className="field-row">
                <label htmlFor={`${rowId}-from`}>Example {i + 1}: sentence</label>
                <textarea
                  id={`${rowId}-from`}
                  rows={2}
                  value={example.from}
                  onChange={(e) => set(i, { from: e.target.value })}
                  {...fieldErrorProps(`${rowId}-from`, issuesFor(schemaIssues, `examples.${i}.from`))}
                />
                <FieldError
                  id={`${rowId}-from`}
                  issues={issuesFor(schemaIssues, `examples.${i}.from`)}
                  base={`examples.${i}.from`}
                />
              </div>
              <div className="switch">
                <input
                  id={`${rowId}-nofit`}
                  type="checkbox"
                  checked={example.noFit}
                  onChange={(e) => set(i, { noFit: e.target.checked })}
                />
                <label htmlFor={`${rowId}-nofit`}>No rewrite fits this sentence in place</label>
              </div>
              {example.noFit ? null : (
                <div className="field-row">
                  <label htmlFor={`${rowId}-to`}>Example {i + 1}: after the first rewrite</label>
                  <textarea
                    id={`${rowId}-to`}
                    rows={2}
                    value={example.to}
                    onChange={(e) => set(i, { to: e.target.value })}
                    {...fieldErrorProps(`${rowId}-to`, issuesFor(schemaIssues, `examples.${i}.to`))}
                  />
                  <FieldError
                    id={`${rowId}-to`}
                    issues={issuesFor(schemaIssues, `examples.${i}.to`)}
                    base={`examples.${i}.to`}
                  />
                </div>
              )}
              <div className="switch">
                <input
                  id={`${rowId}-title`}
                  type="checkbox"
                  checked={example.title}
                  onChange={(e) => set(i, { title: e.target.checked })}
                />
                <label htmlFor={`${rowId}-title`}>The sentence is a ticket title</label>
              </div>
              <fieldset className="slots">
                <legend>Example {i + 1}: slots</legend>
                {Object.keys(SLOTS).map((slot) => (
                  <div className="field-row" key={slot}>
                    <label htmlFor={`${rowId}-slot-${slot}`}>{slot}</label>
                    <input
                      id={`${rowId}-slot-${slot}`}
                      type="text"
                      value={example.slots[slot] ?? ''}
                      onChange={(e) => set(i, { slots: { ...example.slots, [slot]: e.target.value } })}
                    />
                  </div>
                ))}
              </fieldset>
              <Result run={run} />
              <div className="actions">
                {run && !run.ok && run.got !== undefined ? (
                  <button
                    type="button"
                    onClick={() => set(i, run.got === null ? { noFit: true } : { noFit: false, to: run.got ?? '' })}
                  >
                    Use what example {i + 1} gives
                  </button>
                ) : null}
                <button
                  type="button"
                  aria-label={`Remove example ${i + 1}`}
                  onClick={() => onChange(examples.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...examples, emptyExample()])}>
        Add an example
      </button>
    </fieldset>
  );
}
