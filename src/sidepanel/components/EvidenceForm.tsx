// "Add evidence": for a support lead annotating someone else's issue. It adds
// a comment with ticket counts, a support case and deals at risk, and leaves
// the description alone.
import { useMemo } from 'react';
import type { InsertRequest, InsertResult, TicketSnapshot } from '../../messages';
import { TextField } from '../../ui/fields';
import { evidenceBlocks, evidenceMarkdown, type Evidence } from '../evidence';
import { InsertButton } from './InsertButton';
import { WriteUpPreview } from './WriteUpPreview';

interface Props {
  evidence: Evidence;
  onChange(evidence: Evidence): void;
  ticket: TicketSnapshot;
  insert(request: InsertRequest): Promise<InsertResult>;
  copy(text: string, what: string): void;
  onResult(message: string, ok: boolean): void;
}

export function EvidenceForm({ evidence, onChange, ticket, insert, copy, onResult }: Props) {
  const blocks = useMemo(() => evidenceBlocks(evidence), [evidence]);
  const markdown = useMemo(() => evidenceMarkdown(evidence), [evidence]);
  const set = (key: keyof Evidence) => (value: string) => onChange({ ...evidence, [key]: value });
  return (
    <details className="evidence">
      <summary>Add evidence to someone else’s issue</summary>
      <p className="hint">Adds a comment with support and sales evidence; the description stays as it is.</p>
      <TextField
        label="How many support tickets"
        value={evidence.ticketCount}
        onChange={set('ticketCount')}
        placeholder="e.g. 14 tickets in the last 30 days"
      />
      <TextField
        label="One support case, in a line"
        value={evidence.caseText}
        onChange={set('caseText')}
        placeholder="what the customer ran into"
      />
      <TextField
        label="Link to the case"
        value={evidence.caseLink}
        onChange={set('caseLink')}
        placeholder="a ticket link or reference"
      />
      <TextField
        label="Deals at risk because of it"
        value={evidence.dealsAtRisk}
        onChange={set('dealsAtRisk')}
        placeholder="e.g. 2 deals in trial"
      />
      <WriteUpPreview
        rich={ticket.tracker === 'jira'}
        blocks={blocks}
        markdown={markdown}
        label="Preview of the evidence comment"
      />
      <InsertButton
        label="Add as a comment"
        editing={ticket.editing}
        prefer="comment"
        build={() => ({ blocks, markdown })}
        insert={insert}
        onResult={onResult}
        disabled={!blocks.length}
      />
      <button type="button" onClick={() => copy(markdown, 'The evidence comment')} disabled={!blocks.length}>
        Copy the evidence comment
      </button>
    </details>
  );
}
