// Storage upkeep that only the background does: its own read-then-write sequences (review
// alarms) go through one queue here, and old drafts are pruned. Updates of one item from any
// tab or page ("Ignore", card blanks, the personal layer) take that item's lock (src/stored-item.ts).

// Where `browser` is not defined (unit tests), the area is always passed in.
declare const browser: { storage: { local: LocalArea } };

/** Drafts of tickets not touched for this long are removed. */
export const DRAFT_DAYS = 90;

let queue: Promise<unknown> = Promise.resolve();

/** Runs read-then-write updates one after another, so no tab's write is lost to another's. */
export function serially<T>(update: () => Promise<T>): Promise<T> {
  const next = queue.then(update, update);
  queue = next.catch(() => undefined);
  return next;
}

interface LocalArea {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/** Removes drafts saved more than DRAFT_DAYS ago; returns how many. */
export async function pruneDrafts(now = Date.now(), area: LocalArea = browser.storage.local): Promise<number> {
  const all = await area.get(null);
  const old = Object.entries(all)
    .filter(([key, value]) => key.startsWith('draft:') && typeof (value as { savedAt?: unknown })?.savedAt === 'number')
    .filter(([, value]) => now - (value as { savedAt: number }).savedAt > DRAFT_DAYS * 24 * 60 * 60 * 1000)
    .map(([key]) => key);
  if (old.length) await area.remove(old);
  return old.length;
}
