// The text with its jargon marked, and for each phrase the same customer-term
// rewrites the in-page card offers. Text is rendered as React text, never HTML.
import type { Finding } from '../../core';
import { applyRewrite, fillRewrite, missingSlots, startsSentence, type SlotValues } from '../../core/rewrite';
import { SLOTS, type SlotName } from '../../core/slots';

/** "who feels it" for {who}: the slot's description without its example. */
const slotNeed = (name: string) => (SLOTS[name as SlotName] ?? name).replace(/,\s*e\.g\..*$/, '');

interface Props {
  text: string;
  findings: readonly Finding[];
  slots: SlotValues;
  /** Replaces one phrase; absent where the text cannot be edited here. */
  onRewrite?(next: string): void;
  label: string;
}

export function JargonEcho({ text, findings, slots, onRewrite, label }: Props) {
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
      <div role="group" aria-label={label}>
        <p className="echo">
          {parts.map((part, i) =>
            typeof part === 'string' ? (
              part
            ) : (
              <span key={i}>
                <span className="visually-hidden">jargon: </span>
                <mark>{part.text}</mark>
              </span>
            ),
          )}
        </p>
      </div>
      <ul className="rewrites">
        {findings.map((f) => (
          <li key={`${f.start}-${f.text}`}>
            <span>
              <strong>“{f.text}”</strong> {f.why}
            </span>
            {onRewrite ? (
              <span className="rewrite-buttons" role="group" aria-label={`Rewrites for “${f.text}”`}>
                {f.rewrites.map((template) => {
                  const rewrite = fillRewrite(template, slots, startsSentence(text, f));
                  // A slot the draft cannot fill would go in as literal {braces}: such a rewrite only says what it needs.
                  const missing = missingSlots(template, slots);
                  if (missing.length) {
                    return (
                      <button key={template} type="button" disabled>
                        {rewrite.replace(/\{([^{}]*)\}/g, '…')} (needs: {missing.map(slotNeed).join(', ')})
                      </button>
                    );
                  }
                  return (
                    <button key={template} type="button" onClick={() => onRewrite(applyRewrite(text, f, rewrite))}>
                      {rewrite}
                    </button>
                  );
                })}
              </span>
            ) : (
              <span className="rewrite-list">Try: {f.rewrites.map((t) => fillRewrite(t, slots)).join(' · ')}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
