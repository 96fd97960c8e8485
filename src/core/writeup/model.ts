// The write-up draft the side panel edits. Drafts are saved per ticket and may
// come back from storage half-filled or from an older version, so every field
// has a default and `draftSchema.parse({})` yields an empty draft.
import { z } from 'zod';

export const EFFECT_PICKS = [
  'demos-interrupted',
  'trials-stalled',
  'renewals-at-risk',
  'repeat-tickets',
  'deals-at-risk',
] as const;
export type EffectPick = (typeof EFFECT_PICKS)[number];

/** What the side panel shows on each pick. */
export const EFFECT_LABELS: Record<EffectPick, string> = {
  'demos-interrupted': 'Demos interrupted',
  'trials-stalled': 'Trials stalled',
  'renewals-at-risk': 'Renewals at risk',
  'repeat-tickets': 'Repeat support tickets',
  'deals-at-risk': 'Deals at risk',
};

const text = z.string().default('');

/** A piece of proof: what happened, and where to see it (a URL or a count such as "14 tickets"). */
const proofSchema = z
  .object({
    text,
    link: text,
  })
  .prefault({});

export const draftSchema = z.object({
  /** 1. The customer task: `action` is a plain verb ("sign in"), `detail` when or where ("during a live demo"). */
  task: z.object({ action: text, detail: text }).prefault({}),
  /** 2. What goes wrong today, one short sentence. */
  problem: text,
  /** 3. The effect on sales or support. */
  effect: z
    .object({
      picks: z.array(z.enum(EFFECT_PICKS)).default([]),
      detail: text,
    })
    .prefault({}),
  /** 4. One number to measure later. Values are kept as written ("3%", "below 0.5%"). */
  number: z
    .object({
      metric: text,
      before: text,
      target: text,
      unit: text,
      window: text,
    })
    .prefault({}),
  /** The planning note for roadmap meetings. */
  plan: z
    .object({
      moment: text,
      salesStory: proofSchema,
      supportCase: proofSchema,
      scope: z.array(z.string()).default([]),
      /** "YYYY-MM-DD", or "" while unset. */
      reviewDate: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')]).default(''),
      owner: text,
    })
    .prefault({}),
});

export type WriteUpDraft = z.output<typeof draftSchema>;
/** Any part of a draft; what storage and `parseWriteUp` hand over. */
export type WriteUpDraftInput = z.input<typeof draftSchema>;
export type Proof = WriteUpDraft['plan']['salesStory'];

export function emptyDraft(): WriteUpDraft {
  return draftSchema.parse({});
}
