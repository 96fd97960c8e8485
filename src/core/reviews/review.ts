// A review reminder: what a write-up's review date promises to come back to.
// It is made from the write-up (the ticket, its one number, who updates the
// note, the date) and keeps the values recorded at each review. Stored records
// and imported files are re-validated with `reviewSchema`, like drafts.
import { z } from 'zod';
import type { WriteUpDraft } from '../writeup/model';
import { dayNumber } from '../writeup/dates';

export const TRACKERS = ['github', 'jira', 'linear'] as const;
export type TrackerId = (typeof TRACKERS)[number];

/** A real calendar day, "YYYY-MM-DD". */
export const daySchema = z.string().refine((day) => dayNumber(day) !== null, 'use a real date as YYYY-MM-DD');

const line = z.string().max(2000);

export const reviewSchema = z
  .object({
    ticket: z.object({
      /** The draft's key ("github:owner/repo#41"); one review per ticket. */
      key: z.string().min(1).max(500),
      title: line,
      /** Where the review opens the ticket: an https address only. */
      url: z
        .string()
        .max(2000)
        .refine((url) => URL.canParse(url) && new URL(url).protocol === 'https:', 'use an https:// address'),
      tracker: z.enum(TRACKERS),
    }),
    /** The write-up's one number, as written ("3%", "below 0.5%"). */
    number: z.object({ metric: line, before: line, target: line }),
    /** Who updates the note. */
    owner: line,
    /** The day the review is due. */
    date: daySchema,
    /** Values recorded at earlier reviews, oldest first, at most one per day. */
    readings: z
      .array(z.object({ day: daySchema, value: z.string().min(1).max(200) }))
      .max(500)
      .default([]),
  })
  .refine((review) => review.ticket.key.startsWith(`${review.ticket.tracker}:`), {
    message: 'the ticket key does not belong to its tracker',
    path: ['ticket', 'key'],
  });

export type Review = z.output<typeof reviewSchema>;
export type Reading = Review['readings'][number];

export interface ReviewTicket {
  key: string;
  title: string;
  url: string;
  tracker: TrackerId;
}

/**
 * The reminder a saved write-up asks for: null when its review date is cleared (the
 * reminder goes). Readings recorded at earlier reviews are kept across date changes.
 */
export function reviewFromDraft(ticket: ReviewTicket, draft: WriteUpDraft, previous: Review | null): Review | null {
  const date = draft.plan.reviewDate;
  if (!date || dayNumber(date) === null) return null;
  const { metric, before, target } = draft.number;
  return {
    ticket: { key: ticket.key, title: ticket.title, url: ticket.url, tracker: ticket.tracker },
    number: { metric: metric.trim(), before: before.trim(), target: target.trim() },
    owner: draft.plan.owner.trim(),
    date,
    readings: previous?.readings ?? [],
  };
}

/** True when storing `next` over `previous` would change nothing. */
export function sameReview(previous: Review | null, next: Review | null): boolean {
  return JSON.stringify(previous) === JSON.stringify(next);
}

/** Today's value recorded (one per day: a second recording that day replaces the first). */
export function withReading(review: Review, day: string, value: string): Review {
  const text = value.trim();
  if (!text) return review;
  const readings = [...review.readings.filter((r) => r.day !== day), { day, value: text }].sort((a, b) =>
    a.day.localeCompare(b.day),
  );
  return { ...review, readings };
}

/** The last value recorded, if any. */
export function latestReading(review: Review): Reading | undefined {
  return review.readings.at(-1);
}
