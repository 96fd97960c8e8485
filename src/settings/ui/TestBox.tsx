// Type a sentence, see what it gets with the map as edited: each phrase found, the
// entry and layer it comes from, and what the suggestion card would offer (finished text).
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { CompiledMap } from '../../core/phrase-map/compiled';
import type { LayerName } from '../phrase-layers';
import { TRY_LIMIT, tryText } from '../try-text';

interface Props {
  map: CompiledMap;
  /** Which layer an entry id comes from. */
  layerOf(id: string): LayerName;
  /** The map includes an unsaved edit. */
  edited: boolean;
}

export function TestBox({ map, layerOf, edited }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [action, setAction] = useState('');
  const deferredText = useDeferredValue(text);
  const deferredAction = useDeferredValue(action);
  const results = useMemo(() => tryText(map, deferredText, deferredAction), [map, deferredText, deferredAction]);
  return (
    <section className="test-box" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Try a sentence</h3>
      <p className="hint">
        {edited ? 'With the entry as you are editing it (not saved yet).' : 'With the map in use.'}
      </p>
      <div className="field-row">
        <label htmlFor={`${id}-text`}>Sentence to try</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          maxLength={TRY_LIMIT}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field-row">
        <label htmlFor={`${id}-action`}>Customer action, if the sentence names none (optional)</label>
        <input
          id={`${id}-action`}
          type="text"
          value={action}
          placeholder="check out"
          onChange={(e) => setAction(e.target.value)}
        />
      </div>
      <p aria-live="polite" className="try-count">
        {deferredText.trim() ? `${results.length} phrase${results.length === 1 ? '' : 's'} flagged` : ''}
      </p>
      {results.length ? (
        <ul className="try-results" aria-label="What the sentence gets">
          {results.map((r) => (
            <li key={`${r.finding.start}-${r.finding.entryId}`} data-entry={r.finding.entryId}>
              <p>
                <mark>{r.finding.text}</mark>{' '}
                <span className="hint">
                  — {r.finding.entryId} ({layerOf(r.finding.entryId)}, {r.finding.category})
                </span>
              </p>
              <p className="why">{r.finding.why}</p>
              {r.offers.length ? (
                <ol className="offers" aria-label={`Rewrites offered for “${r.finding.text}”`}>
                  {r.offers.map((o) => (
                    <li key={o.text}>
                      <strong>{o.text}</strong>
                      <span className="hint"> — {o.sentenceAfter}</span>
                    </li>
                  ))}
                </ol>
              ) : null}
              {r.awaiting.length ? (
                <p className="hint">
                  {r.awaiting.length} rewrite{r.awaiting.length === 1 ? '' : 's'} wait for the customer action: type it
                  above.
                </p>
              ) : null}
              {r.sentenceRewrite ? (
                <p>
                  Rewrite the sentence: <q>{r.sentenceRewrite}</q>
                </p>
              ) : null}
              {!r.offers.length && r.nothingFits ? <p className="hint">{r.nothingFits}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
