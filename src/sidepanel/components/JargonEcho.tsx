// The text with its jargon marked, and for each phrase the same customer-term
// rewrites the in-page card offers. Text is rendered as React text, never HTML.
import type { Finding } from '../../core';
import { applyRewrite, fillRewrite, startsSentence, type SlotValues } from '../../core/rewrite';

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
      <p className="echo" aria-label={label}>
        {parts.map((part, i) => (typeof part === 'string' ? part : <mark key={i}>{part.text}</mark>))}
      </p>
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
