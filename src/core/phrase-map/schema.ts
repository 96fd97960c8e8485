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

const rewriteSchema = z
  .string()
  .trim()
  .min(1, 'a rewrite cannot be empty')
  .max(160, 'a rewrite must be at most 160 characters')
  .refine((s) => slotsIn(s).every((name) => name in SLOTS), {
    message: `a rewrite may only use the slots ${Object.keys(SLOTS).map((s) => `{${s}}`).join(', ')}`,
  });

const phraseSchema = z
  .string()
  .trim()
  .min(1, 'a phrase cannot be empty')
  .max(80, 'a phrase must be at most 80 characters')
  .refine((s) => /[\p{L}\p{N}]/u.test(s), { message: 'a phrase needs at least one letter or digit' });

export const exampleSchema = z.strictObject({
  /** Text containing the phrase. */
  from: z.string().min(1),
  /** `from` after applying the entry's first rewrite, slots filled from `slots`. */
  to: z.string().min(1),
  slots: z.record(z.string(), z.string()).optional(),
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
  rewrites: z.array(rewriteSchema).min(1, 'an entry needs at least one rewrite').max(3, 'an entry has at most three rewrites'),
  examples: z.array(exampleSchema).default([]),
});
export type PhraseEntry = z.output<typeof entrySchema>;
export type PhraseEntryInput = z.input<typeof entrySchema>;

/** A category file: entries that share a category default. */
export const phraseFileSchema = z.strictObject({
  category: z.enum(CATEGORIES),
  entries: z.array(entrySchema.omit({ category: true }).extend({ category: z.enum(CATEGORIES).optional() })),
});

/** A team map layered over the default: add or replace entries by id, disable by id. */
export const teamMapSchema = z.strictObject({
  version: z.literal(1).default(1),
  name: z.string().trim().max(80).optional(),
  entries: z.array(entrySchema).default([]),
  disable: z.array(z.string()).default([]),
});
export type TeamMap = z.output<typeof teamMapSchema>;
