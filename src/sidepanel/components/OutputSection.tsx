// The write-up in the tracker's own format, then into the ticket or the clipboard.
import { useId, useMemo } from 'react';
import {
  renderJiraBlocks,
  renderMarkdown,
  renderPlainText,
  summarySentence,
  type WriteUpDraft,
} from '../../core/writeup';
import type { InsertRequest, InsertResult, TicketSnapshot } from '../../messages';
import { InsertButton } from './InsertButton';
import { WriteUpPreview } from './WriteUpPreview';

interface Props {
  draft: WriteUpDraft;
  ticket: TicketSnapshot;
  /** The summary of a write-up already in the description, which an insert replaces. */
  oldSummary: string;
  insert(request: InsertRequest): Promise<InsertResult>;
  copy(text: string, what: string): void;
  onResult(message: string, ok: boolean): void;
}

export function OutputSection({ draft, ticket, oldSummary, insert, copy, onResult }: Props) {
  const id = useId();
  const blocks = useMemo(() => renderJiraBlocks(draft), [draft]);
  const markdown = useMemo(() => renderMarkdown(draft), [draft]);
  const rich = ticket.tracker === 'jira';
  const format = rich ? 'Jira rich text' : `${ticket.trackerLabel} markdown`;
  return (
    <section className="output" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Put it in the ticket</h2>
      <p className="hint">Preview as {format}.</p>
      <WriteUpPreview rich={rich} blocks={blocks} markdown={markdown} label={`Preview as ${format}`} />
      <InsertButton
        label="Insert into ticket"
        editing={ticket.editing}
        prefer="description"
        build={() => ({ blocks, markdown, ...(oldSummary ? { oldSummary } : {}) })}
        insert={insert}
        onResult={onResult}
        disabled={!blocks.length}
      />
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled row of buttons, laid out as a flex row: a fieldset would bring its border, padding and min-width */}
      <div className="copy-row" role="group" aria-label="Copy the write-up">
        <button type="button" onClick={() => copy(markdown, 'Markdown')} disabled={!blocks.length}>
          Copy markdown
        </button>
        <button type="button" onClick={() => copy(renderPlainText(draft), 'Plain text')} disabled={!blocks.length}>
          Copy plain text
        </button>
        <button
          type="button"
          onClick={() => copy(summarySentence(draft), 'The summary')}
          disabled={!summarySentence(draft)}
        >
          Copy summary
        </button>
      </div>
    </section>
  );
}
