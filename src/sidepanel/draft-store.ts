// Drafts per ticket: the store's contract, and reviving what storage hands back
// (the extension's store is extension-draft-store.ts: one storage.local item per ticket).
// A stored draft may be from an older version or half-broken; whatever still
// validates is kept, part by part, so one bad field never loses the rest.
import { z } from 'zod';
import { draftSchema, type WriteUpDraft } from '../core/writeup';
import type { TicketSnapshot } from '../messages';
import { emptyEvidence, evidenceSchema, type Evidence } from './evidence';

export interface PanelDraft {
  draft: WriteUpDraft;
  evidence: Evidence;
}

/** The ticket a draft belongs to, as saved with it (the tracker and whether it is new, for its review reminder). */
export type DraftTicket = Pick<TicketSnapshot, 'title' | 'url'> & Partial<Pick<TicketSnapshot, 'tracker' | 'isNew'>>;

export interface DraftStore {
  load(ticketKey: string): Promise<PanelDraft | null>;
  save(ticketKey: string, value: PanelDraft, ticket: DraftTicket): Promise<void>;
  remove(ticketKey: string): Promise<void>;
}

/** Validates a stored draft, dropping only the parts that no longer fit the model. */
export function reviveDraft(stored: { draft?: unknown; evidence?: unknown }): PanelDraft {
  const raw =
    typeof stored.draft === 'object' && stored.draft !== null ? (stored.draft as Record<string, unknown>) : {};
  const whole = draftSchema.safeParse(raw);
  let draft: WriteUpDraft;
  if (whole.success) draft = whole.data;
  else {
    const kept = Object.fromEntries(
      Object.entries(raw).filter(([key, value]) => draftSchema.safeParse({ [key]: value }).success),
    );
    draft = draftSchema.parse(kept);
  }
  const evidence = evidenceSchema.safeParse(stored.evidence ?? {});
  return { draft, evidence: evidence.success ? evidence.data : emptyEvidence() };
}

/** A draft as stored, whole: a draft with any part that no longer fits is unreadable (and kept aside). */
export const storedDraftSchema = z.object({
  draft: draftSchema,
  evidence: evidenceSchema,
  title: z.string(),
  url: z.string(),
  savedAt: z.number(),
});

/** What still reads of a stored draft that does not fit whole: the parts that do (see reviveDraft). */
export function salvageDraft(raw: unknown) {
  if (typeof raw !== 'object' || raw === null) return null;
  const stored = raw as Record<string, unknown>;
  return {
    ...reviveDraft(stored),
    title: typeof stored.title === 'string' ? stored.title : '',
    url: typeof stored.url === 'string' ? stored.url : '',
    savedAt: typeof stored.savedAt === 'number' ? stored.savedAt : 0,
  };
}

/** For tests and previews: the same contract, in memory. */
export function memoryDraftStore(
  initial: Record<string, PanelDraft> = {},
): DraftStore & { data: Map<string, PanelDraft> } {
  const data = new Map(Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]));
  return {
    data,
    load: async (key) => (data.has(key) ? reviveDraft(structuredClone(data.get(key)!)) : null),
    save: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
  };
}
