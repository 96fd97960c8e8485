// The phrase map's shape, validated with zod so a malformed entry is reported
// by id and field instead of half-loading.
import { z } from 'zod';

export const CATEGORIES = [
  'housekeeping',
  'system',
  'reliability',
  'observability',
  'metrics',
  'incident',
  'delivery',
  'component',
  'acronym',
  'identifier',
] as const;
export type Category = (typeof CATEGORIES)[number];

import { SLOTS, slotsIn } from '../slots';

export { SLOTS, slotsIn, type SlotName } from '../slots';

const DETERMINER_START = /^(?:a|an|the|this|that|these|those|our|your|their|its|my)\s/i;

const rewriteTextSchema = z
  .string()
  .trim()
  .min(1, 'a rewrite cannot be empty')
  .max(160, 'a rewrite must be at most 160 characters')
  .refine((s) => slotsIn(s).every((name) => name in SLOTS || name === 'object'), {
    message: `a rewrite may only use the slots ${Object.keys(SLOTS)
      .map((s) => `{${s}}`)
      .join(', ')} (and {object} in a verb)`,
  });

/**
 * A rewrite and the shape of words it fills in a sentence (see core/rewrite/usage):
 * - noun: replaces the phrase used as a noun, in the singular; a leading "a" or "the" is
 *   used only where the sentence has no determiner of its own ("the job queue" keeps "the");
 * - verb: replaces the phrase used as a verb, in its base form ("release"); conjugated to
 *   the original's tense; {object} stands for the words the verb acted on;
 * - goal: replaces a work verb together with the phrase as its object ("tune the retry
 *   logic" -> "make checkout work on the first try"), in its base form;
 * - modifier: replaces the phrase where it describes another noun ("TTL setting").
 * A plain string is a noun rewrite.
 */
export const REWRITE_SHAPES = ['noun', 'verb', 'goal', 'modifier'] as const;
export type RewriteShape = (typeof REWRITE_SHAPES)[number];

export const rewriteSchema = z
  .union([z.string(), z.strictObject({ as: z.enum(REWRITE_SHAPES), text: z.string() })])
  .transform((r) => (typeof r === 'string' ? { as: 'noun' as const, text: r } : r))
  .pipe(
    z
      .strictObject({ as: z.enum(REWRITE_SHAPES), text: rewriteTextSchema })
      .refine((r) => r.as === 'verb' || !slotsIn(r.text).includes('object'), {
        message: '{object} belongs in a verb rewrite only',
        path: ['text'],
      })
      .refine((r) => r.as !== 'verb' || !DETERMINER_START.test(r.text), {
        message: 'a verb rewrite starts with its verb',
        path: ['text'],
      }),
  );
export type Rewrite = z.output<typeof rewriteSchema>;

const phraseSchema = z
  .string()
  .trim()
  .min(1, 'a phrase cannot be empty')
  .max(80, 'a phrase must be at most 80 characters')
  .refine((s) => /[\p{L}\p{N}]/u.test(s), { message: 'a phrase needs at least one letter or digit' });

const exampleSchema = z.strictObject({
  /** A sentence or title containing the phrase. */
  from: z.string().min(1),
  /**
   * The sentence after applying the first rewrite the card offers there (slots from `slots`,
   * then from the sentence itself), or null when no rewrite fits the sentence in place.
   */
  to: z.string().min(1).nullable(),
  slots: z.record(z.string(), z.string()).optional(),
  /** `from` is a ticket's title. */
  title: z.boolean().optional(),
});
export type Example = z.infer<typeof exampleSchema>;

export const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase words joined by hyphens'),
  category: z.enum(CATEGORIES),
  phrases: z.array(phraseSchema).min(1, 'an entry needs at least one phrase'),
  /** "exact" keeps letter case (acronyms such as GC) and skips inflection. */
  match: z.enum(['words', 'exact']).default('words'),
  /** Longer phrases containing one of ours that are fine as they are. */
  exceptions: z.array(phraseSchema).default([]),
  why: z.string().trim().min(1, 'why cannot be empty').max(240, 'why must be one sentence (at most 240 characters)'),
  /** None is fine: the card then offers a sentence rewrite or the write-up instead of a swap. */
  rewrites: z.array(rewriteSchema).max(4, 'an entry has at most four rewrites').default([]),
  examples: z.array(exampleSchema).default([]),
});
export type PhraseEntry = z.output<typeof entrySchema>;
export type PhraseEntryInput = z.input<typeof entrySchema>;

/** A team map layered over the default: add or replace entries by id, disable by id. */
export const teamMapSchema = z.strictObject({
  version: z.literal(1).default(1),
  name: z.string().trim().max(80).optional(),
  entries: z.array(entrySchema).default([]),
  disable: z.array(z.string()).default([]),
});
export type TeamMap = z.output<typeof teamMapSchema>;
