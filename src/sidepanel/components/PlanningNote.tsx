// The planning note for roadmap meetings: the customer moment, proof from both
// sides, a small scope, a review date and who keeps the note up to date.
import { useId } from 'react';
import type { Proof, WriteUpDraft } from '../../core/writeup';
import { addDays, dayNumber } from '../../core/writeup/dates';
import { TextField } from '../../ui/fields';
import { ScopeList } from './ScopeList';

type Plan = WriteUpDraft['plan'];

interface Props {
  plan: Plan;
  onChange(plan: Plan): void;
  today: string;
}

function ProofFields({
  legend,
  proof,
  onChange,
  example,
}: {
  legend: string;
  proof: Proof;
  onChange(p: Proof): void;
  example: string;
}) {
  return (
    <fieldset className="proof">
      <legend>{legend}</legend>
      <TextField
        label="What happened"
        value={proof.text}
        onChange={(text) => onChange({ ...proof, text })}
        placeholder={example}
      />
      <TextField
        label="Link or count"
        value={proof.link}
        onChange={(link) => onChange({ ...proof, link })}
        placeholder="a ticket link, or “14 tickets”"
      />
    </fieldset>
  );
}

/** The review date's hint: how far out the chosen date is, and what about 30 days gives. */
function reviewHint(today: string, chosen: string): string {
  const month = `About 30 days out (${addDays(today, 30)}) is enough to compare demo issues and ticket volume.`;
  const from = dayNumber(today);
  const to = dayNumber(chosen);
  if (from === null || to === null) return month;
  const days = to - from;
  if (days < 0) return `That date has passed, so the review would be due at once. ${month}`;
  if (days < 14) {
    const when = days === 0 ? 'Today' : days === 1 ? 'Tomorrow' : `In ${days} days`;
    return `${when}: early for demo issues and ticket volume to change. ${month}`;
  }
  return `In ${days} days: enough to compare demo issues and ticket volume.`;
}

export function PlanningNote({ plan, onChange, today }: Props) {
  const id = useId();
  const set =
    <K extends keyof Plan>(key: K) =>
    (value: Plan[K]) =>
      onChange({ ...plan, [key]: value });
  return (
    <section className="step" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Planning note</h2>
      <TextField
        label="Customer moment"
        value={plan.moment}
        onChange={set('moment')}
        placeholder="e.g. live demo login fails"
      />
      <ProofFields
        legend="Proof from sales"
        proof={plan.salesStory}
        onChange={set('salesStory')}
        example="what was at risk in one deal"
      />
      <ProofFields
        legend="Proof from support"
        proof={plan.supportCase}
        onChange={set('supportCase')}
        example="one customer’s case and what it cost them"
      />
      <ScopeList items={plan.scope} onChange={set('scope')} />
      <TextField
        type="date"
        label="Review date"
        value={plan.reviewDate}
        onChange={set('reviewDate')}
        hint={reviewHint(today, plan.reviewDate)}
      />
      <TextField
        label="Who updates this note after the next incident"
        value={plan.owner}
        onChange={set('owner')}
        placeholder="a name or a team"
      />
    </section>
  );
}
