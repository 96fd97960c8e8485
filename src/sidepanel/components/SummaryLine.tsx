// The one-breath summary on its own, ready to say out loud or paste into chat.
import { useId } from 'react';
import { countWords } from '../../core/writeup/text';

export function SummaryLine({ summary, onCopy }: { summary: string; onCopy(): void }) {
  const id = useId();
  const words = countWords(summary);
  return (
    <section className="summary" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Say it in one breath</h2>
      {summary ? (
        <>
          <blockquote className="summary-text">{summary}</blockquote>
          <p className="hint">
            {words} words, about {Math.max(1, Math.round(words / 2.5))} seconds out loud.
          </p>
          <button type="button" onClick={onCopy}>
            Copy the summary for chat
          </button>
        </>
      ) : (
        <p className="hint">Fill in the customer task and what goes wrong, and the summary appears here.</p>
      )}
    </section>
  );
}
