// What the panel read from the ticket: its title and the jargon in its title
// and description, each phrase once, with the customer-term rewrites.
import { useId } from 'react';
import type { Finding } from '../../core';
import { suggestFor } from '../../core/rewrite/suggest';
import type { TicketSnapshot } from '../../messages';
import type { TicketHints } from '../prefill';

interface Props {
  ticket: TicketSnapshot;
  hints: TicketHints;
  slots: { action: string; moment: string };
}

const PREVIEW_COUNT = 3;

function distinct(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = f.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function TicketOverview({ ticket, hints, slots }: Props) {
  const id = useId();
  const phrases = distinct(hints.findings.map((f) => f.finding));
  const fieldOf = new Map(hints.findings.map((f) => [f.finding, f.field]));
  const rewritesOf = (f: Finding) => {
    const isTitle = fieldOf.get(f) === 'title';
    const offer = suggestFor({
      text: isTitle ? ticket.title : ticket.description,
      finding: f,
      ticket: { title: ticket.title, body: ticket.description },
      isTitle,
      remembered: slots,
    });
    const first = offer.suggestions[0]?.text ?? offer.sentenceRewrite?.text;
    return first ? `Try: ${first}` : 'No rewrite fits in place: name the customer action in the steps below.';
  };
  const names = phrases
    .slice(0, PREVIEW_COUNT)
    .map((f) => `“${f.text}”`)
    .join(', ');
  const more = phrases.length > PREVIEW_COUNT ? ` and ${phrases.length - PREVIEW_COUNT} more` : '';
  return (
    <section className="ticket" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {ticket.trackerLabel} ticket{ticket.isNew ? ' (new)' : ''}
      </h2>
      <p className="ticket-title">{ticket.title || 'Untitled'}</p>
      {phrases.length ? (
        <details className="ticket-jargon">
          <summary>
            {phrases.length} internal {phrases.length === 1 ? 'phrase' : 'phrases'}: {names}
            {more}
          </summary>
          <ul className="rewrites">
            {phrases.map((f) => (
              <li key={f.text.toLowerCase()}>
                <strong>“{f.text}”</strong> {f.why}
                <span className="rewrite-list">{rewritesOf(f)}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="hint">No internal jargon in the title or description.</p>
      )}
    </section>
  );
}
