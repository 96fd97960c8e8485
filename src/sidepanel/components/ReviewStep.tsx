// The review step, on the day a write-up's review is due: record today's value
// and see it against the before and the target (in words and as a bar), add a
// short follow-up comment to the ticket through the same insert path as
// "Add evidence" (one edit, undone with Ctrl+Z in the page), then set the next
// review or close it.
import { useEffect, useId, useRef, useState } from 'react';
import { compareToTarget, dueText, followUpText, latestReading, progressText, type Review } from '../../core/reviews';
import { addDays } from '../../core/writeup/dates';
import type { InsertRequest, InsertResult, TicketSnapshot } from '../../messages';
import { TextArea, TextField } from '../../ui/fields';
import { InsertButton } from './InsertButton';

interface Props {
  review: Review;
  today: string;
  ticket: TicketSnapshot;
  insert(request: InsertRequest): Promise<InsertResult>;
  onResult(message: string, ok: boolean): void;
  /** Keeps today's value with the review. */
  onRecord(value: string): void;
  /** The next review on `date`; today's value, if typed, is kept first. */
  onNext(date: string, value: string): void;
  /** Ends the review: the reminder goes. */
  onClose(): void;
  /** Takes focus each time this changes to a number above 0 (opened from a notification or the list). */
  focus?: number;
}

function ProgressBar({ review, value }: { review: Review; value: string }) {
  const id = useId();
  const { before, target } = review.number;
  const p = value.trim() && before && target ? compareToTarget(before, target, value) : null;
  if (!p) return null;
  const pct = Math.round(Math.min(1, Math.max(0, p.share)) * 100);
  const tone = p.met ? 'ready' : pct >= 50 ? 'close' : 'early';
  return (
    <div className="review-bar">
      <span id={id} className="meter-label">
        Progress toward the target
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: drawn like the readiness meter, the same in every browser; <meter> is styled through vendor pseudo-elements only */}
      <div
        role="meter"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={
          p.met ? `target met: ${value.trim()} against ${target}` : `${pct}% of the way from ${before} to ${target}`
        }
        className={`meter ${tone}`}
      >
        <span className="meter-fill" style={{ width: `${Math.max(pct, 2)}%` }} />
      </div>
      <div className="review-bar-ends" aria-hidden="true">
        <span>before {before}</span>
        <span>target {target}</span>
      </div>
    </div>
  );
}

export function ReviewStep({ review, today, ticket, insert, onResult, onRecord, onNext, onClose, focus }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const last = latestReading(review);
  const [value, setValue] = useState(last?.day === today ? last.value : '');
  const [comment, setComment] = useState<string | null>(null);
  const [next, setNext] = useState(addDays(today, 30));
  const [recorded, setRecorded] = useState('');
  useEffect(() => {
    if (focus) heading.current?.focus({ preventScroll: false });
  }, [focus]);
  const { metric, before, target } = review.number;
  const offered = followUpText(review.number, value);
  const text = comment ?? offered;
  const trimmed = text.trim();
  return (
    <section className="step review-step" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        Review {dueText(review.date, today)}
      </h2>
      <p>
        {metric || 'The number'}: {before ? `before ${before}` : 'no before recorded'},{' '}
        {target ? `target ${target}` : 'no target recorded'}.{review.owner ? ` ${review.owner} updates the note.` : ''}
        {last && last.day !== today ? ` Last recorded: ${last.value} on ${last.day}.` : ''}
      </p>
      <TextField
        label="Today’s value"
        value={value}
        onChange={(v) => {
          setValue(v);
          setRecorded('');
        }}
        placeholder={before ? `as measured today, like ${before}` : 'as measured today'}
      />
      <p className="review-progress" aria-live="polite">
        {progressText(review.number, value)}
      </p>
      <ProgressBar review={review} value={value} />
      <div className="copy-row">
        <button
          type="button"
          disabled={!value.trim()}
          onClick={() => {
            onRecord(value);
            setRecorded(`Recorded ${value.trim()} for ${today}.`);
          }}
        >
          Record today’s value
        </button>
        <span className="hint" aria-live="polite">
          {recorded}
        </span>
      </div>
      <TextArea
        label="Follow-up comment"
        value={text}
        onChange={setComment}
        rows={2}
        hint={comment === null ? 'Written from today’s value; edit it as you like.' : undefined}
        placeholder="e.g. sign-in failures went from 3% to 0.4% since the fix"
      />
      <InsertButton
        label="Add the follow-up as a comment"
        editing={ticket.editing}
        prefer="comment"
        build={() => ({ blocks: [{ kind: 'paragraph', text: trimmed }], markdown: trimmed })}
        insert={insert}
        onResult={(message, ok) => {
          if (ok && value.trim()) onRecord(value);
          onResult(message, ok);
        }}
        disabled={!trimmed}
      />
      <fieldset className="review-next">
        <legend>What next</legend>
        <TextField
          type="date"
          label="Next review"
          value={next}
          onChange={setNext}
          hint="Another 30 days is usually enough to see a trend."
        />
        <div className="copy-row">
          <button type="button" disabled={!next || next <= today} onClick={() => onNext(next, value)}>
            Set the next review
          </button>
          <button type="button" className="danger-quiet" onClick={onClose}>
            Close the review
          </button>
        </div>
        <p className="hint">Closing removes the reminder and clears the write-up’s review date.</p>
      </fieldset>
    </section>
  );
}
