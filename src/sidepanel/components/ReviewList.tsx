// The panel's start: reviews overdue, due today and upcoming, each opening its
// ticket; and the reviews file (export as a download, import checked whole).
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import {
  dueText,
  latestReading,
  readReviewsFile,
  reviewsFile,
  reviewsFileName,
  reviewStatus,
  sortReviews,
  type Review,
  type ReviewStatus,
} from '../../core/reviews';

const TRACKER_LABELS: Record<Review['ticket']['tracker'], string> = {
  github: 'GitHub',
  jira: 'Jira',
  linear: 'Linear',
};

const GROUPS: { status: ReviewStatus; heading: string }[] = [
  { status: 'overdue', heading: 'Overdue' },
  { status: 'today', heading: 'Due today' },
  { status: 'upcoming', heading: 'Upcoming' },
];

interface Props {
  reviews: readonly Review[];
  today: string;
  /** The ticket on screen: its review opens here rather than in the tab. */
  currentKey?: string;
  onOpen(review: Review): void;
  onImport(reviews: Review[]): Promise<void>;
  /** Open or closed as the user left it, kept by the panel across tickets; open by default when a review is due. */
  open?: boolean;
  onOpenChange?(open: boolean): void;
}

function numberLine(review: Review): string {
  const { metric, before, target } = review.number;
  const values = [before && `before ${before}`, target && `target ${target}`].filter(Boolean).join(', ');
  const last = latestReading(review);
  return [
    [metric, values].filter(Boolean).join(': '),
    last && `last recorded ${last.value} on ${last.day}`,
    review.owner && `updated by ${review.owner}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function ReviewItem({
  review,
  today,
  current,
  onOpen,
}: {
  review: Review;
  today: string;
  current: boolean;
  onOpen(r: Review): void;
}) {
  const line = numberLine(review);
  return (
    <li className={`review-item ${reviewStatus(review.date, today)}`}>
      <a
        href={review.ticket.url}
        onClick={(event) => {
          event.preventDefault();
          onOpen(review);
        }}
      >
        {review.ticket.title || review.ticket.key}
      </a>{' '}
      <span className="review-when">
        {dueText(review.date, today)} ({review.date}) · {TRACKER_LABELS[review.ticket.tracker]}
        {current ? ' · this ticket' : ''}
      </span>
      {line ? <span className="hint review-number">{line}</span> : null}
    </li>
  );
}

function summaryText(counts: Record<ReviewStatus, number>, total: number): string {
  if (!total) return 'Reviews: none yet';
  const parts = [
    counts.overdue && `${counts.overdue} overdue`,
    counts.today && `${counts.today} due today`,
    counts.upcoming && `${counts.upcoming} upcoming`,
  ].filter(Boolean);
  return `Reviews: ${parts.join(', ')}`;
}

function ReviewsFile({ reviews, today, onImport }: Pick<Props, 'reviews' | 'today' | 'onImport'>) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string; problems?: string[] } | null>(null);
  const href = useMemo(
    () => `data:application/json;charset=utf-8,${encodeURIComponent(reviewsFile(sortReviews(reviews), today))}`,
    [reviews, today],
  );
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const read = readReviewsFile(await file.text());
    if (input.current) input.current.value = '';
    if (!read.ok) {
      setResult({ ok: false, text: `${file.name} was not imported; nothing changed.`, problems: read.problems });
      return;
    }
    const here = new Set(reviews.map((r) => r.ticket.key));
    const replaced = read.reviews.filter((r) => here.has(r.ticket.key)).length;
    try {
      await onImport(read.reviews);
    } catch {
      setResult({ ok: false, text: `${file.name} could not be saved; nothing changed.` });
      return;
    }
    const n = read.reviews.length;
    setResult({
      ok: true,
      text: `Imported ${n} ${n === 1 ? 'review' : 'reviews'}${replaced ? ` (${replaced} replaced the one already here for the same ticket)` : ''}.`,
    });
  };
  return (
    <div className="reviews-file">
      {reviews.length ? (
        <a className="button-link" href={href} download={reviewsFileName(today)}>
          Export reviews (JSON)
        </a>
      ) : null}
      <div className="field-row">
        <label htmlFor={id}>Import reviews from a file</label>
        <input
          id={id}
          ref={input}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="hint">
          Choose a reviews file exported from here. It is checked as a whole before anything changes; a review for a
          ticket already listed is replaced.
        </p>
      </div>
      <div aria-live="polite">
        {result ? (
          <div className={`note ${result.ok ? 'ok' : 'failed'}`} role={result.ok ? undefined : 'alert'}>
            <p>{result.text}</p>
            {result.problems?.length ? (
              <ul>
                {result.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

export function ReviewList({ reviews, today, currentKey, onOpen, onImport, open: kept, onOpenChange }: Props) {
  const id = useId();
  const sorted = useMemo(() => sortReviews(reviews), [reviews]);
  const counts = useMemo(() => {
    const c: Record<ReviewStatus, number> = { overdue: 0, today: 0, upcoming: 0 };
    for (const r of sorted) c[reviewStatus(r.date, today)]++;
    return c;
  }, [sorted, today]);
  const open = kept ?? counts.overdue + counts.today > 0;
  return (
    <details
      className="reviews"
      open={open}
      onToggle={(e) => {
        if (e.currentTarget.open !== open) onOpenChange?.(e.currentTarget.open);
      }}
    >
      <summary id={id}>{summaryText(counts, sorted.length)}</summary>
      {sorted.length ? (
        <section aria-labelledby={id}>
          {GROUPS.filter((g) => counts[g.status]).map((g) => (
            <div key={g.status} className="review-group">
              <h3 id={`${id}-${g.status}`}>{g.heading}</h3>
              <ul aria-labelledby={`${id}-${g.status}`}>
                {sorted
                  .filter((r) => reviewStatus(r.date, today) === g.status)
                  .map((r) => (
                    <ReviewItem
                      key={r.ticket.key}
                      review={r}
                      today={today}
                      current={r.ticket.key === currentKey}
                      onOpen={onOpen}
                    />
                  ))}
              </ul>
            </div>
          ))}
        </section>
      ) : (
        <p className="hint">No reviews yet. A write-up’s review date adds one here once the write-up is saved.</p>
      )}
      <ReviewsFile reviews={sorted} today={today} onImport={onImport} />
    </details>
  );
}
