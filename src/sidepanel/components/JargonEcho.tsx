// The text with its jargon marked, and for each phrase the same customer-term
// rewrites the in-page card offers. Text is rendered as React text, never HTML.
import { useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../core';
import { applyRewrite, BLANK_LABELS, type SlotValues } from '../../core/rewrite';
import { suggestFor } from '../../core/rewrite/suggest';

const SETTLE_MS = 250;

/** `value` once it has stayed the same for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const blankNames = (blanks: string[]) =>
  blanks.map((b) => BLANK_LABELS[b as keyof typeof BLANK_LABELS] ?? b).join(', ');

interface Props {
  text: string;
  findings: readonly Finding[];
  slots: SlotValues;
  /** Replaces one phrase; absent where the text cannot be edited here. */
  onRewrite?(next: string): void;
  label: string;
}

export function JargonEcho({ text, findings, slots, onRewrite, label }: Props) {
  // The same offer as the in-page card: rewrites that fit each phrase's sentence. Reading the
  // sentence takes the tagger, so it waits for a pause in typing rather than running on every key.
  const settled = useSettled(text, SETTLE_MS);
  const offers = useMemo(
    () =>
      settled === text
        ? findings.map(
            (finding) =>
              suggestFor({ text, finding, ticket: { title: '', body: text }, remembered: slots }).suggestions,
          )
        : null,
    [settled, text, findings, slots],
  );
  if (!findings.length) return null;
  const parts: (string | Finding)[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start), f);
    at = f.end;
  }
  parts.push(text.slice(at));
  return (
    <div className="jargon">
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled group around a paragraph of text, not form controls: a fieldset would bring its border, padding and legend rules */}
      <div role="group" aria-label={label}>
        <p className="echo">
          {parts.map((part) =>
            typeof part === 'string' ? (
              part
            ) : (
              <span key={part.start}>
                <span className="visually-hidden">jargon: </span>
                <mark>{part.text}</mark>
              </span>
            ),
          )}
        </p>
      </div>
      <ul className="rewrites">
        {findings.map((f, i) => (
          <li key={`${f.start}-${f.text}`}>
            <span>
              <strong>“{f.text}”</strong> {f.why}
            </span>
            {!offers ? null : !offers[i]?.length ? (
              <span className="rewrite-list">
                No rewrite fits this sentence in place: the steps below say it in customer terms.
              </span>
            ) : onRewrite ? (
              // biome-ignore lint/a11y/useSemanticElements: an inline row of buttons inside the list item: a fieldset is a block with its own border and padding
              <span className="rewrite-buttons" role="group" aria-label={`Rewrites for “${f.text}”`}>
                {offers[i].map((s) =>
                  // A blank the draft cannot fill would go in as "[customer action]": such a rewrite says what it needs.
                  s.blanks.length ? (
                    <button key={s.sentenceAfter} type="button" disabled>
                      {s.text} (needs: {blankNames(s.blanks)})
                    </button>
                  ) : (
                    <button
                      key={s.sentenceAfter}
                      type="button"
                      onClick={() => onRewrite(applyRewrite(text, s, s.text))}
                    >
                      {s.text}
                    </button>
                  ),
                )}
              </span>
            ) : (
              <span className="rewrite-list">Try: {offers[i].map((s) => s.text).join(' · ')}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
