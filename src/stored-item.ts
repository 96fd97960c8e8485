// A storage item checked on every read: a WXT item (versions and migrations) paired with
// the shape its value must have. A value of the wrong shape (hand-edited, from an older
// version, corrupted) reads as the fallback, or the parts of it that still fit, with the
// reason; where the user would miss it, it is also kept aside (UNREADABLE_PREFIX) for the
// settings page to show, before anything is written over it.
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { withStorageLock } from './storage-lock';
import { describeIssues, type StoredShape } from './stored-shape';

/** storage.local keys of values kept aside because they no longer read: `unreadable:<key>`. */
export const UNREADABLE_PREFIX = 'unreadable:';

export interface KeptAside {
  /** What it was, for a person: "your personal phrase-map changes". */
  label: string;
  reason: string;
  raw: unknown;
  at: number;
}

export interface Reading<T> {
  value: T;
  /** Why the stored value was not used as it is; null when it was, or nothing was stored. */
  problem: string | null;
}

export interface CheckedItemOptions<T> {
  shape: StoredShape<T>;
  /** What nothing stored reads as. */
  fallback: T;
  /** What an unreadable value reads as: the parts that still fit (default: the fallback). */
  salvage?: (raw: unknown) => T;
  version?: number;
  migrations?: Record<number, (old: unknown) => unknown>;
  /** Keep an unreadable value aside under this label (for what the user would miss). */
  keepAsideAs?: string;
}

export interface CheckedItem<T> {
  /** The key in its storage area, without the area. */
  key: string;
  /** What nothing stored reads as. */
  fallback: T;
  read(): Promise<Reading<T>>;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Reads, changes and writes while no other context of the extension updates this key (`current` back: no write). */
  update(change: (current: T) => T | Promise<T>): Promise<T>;
  removeValue(): Promise<void>;
  watch(callback: (value: T) => void): () => void;
  /** Keeps a value aside that reads but no longer loads (a layer whose map fails its checks). */
  keepAside(value: unknown, reason: string): Promise<void>;
}

export function checkedItem<T>(fullKey: StorageItemKey, options: CheckedItemOptions<T>): CheckedItem<T> {
  const { shape, fallback, salvage, keepAsideAs } = options;
  const raw = storage.defineItem<unknown>(fullKey, {
    version: options.version ?? 1,
    ...(options.migrations ? { migrations: options.migrations } : {}),
  });
  const key = fullKey.slice(fullKey.indexOf(':') + 1);
  const area = fullKey.slice(0, fullKey.indexOf(':'));

  const check = (value: unknown): Reading<T> => {
    if (value === null || value === undefined) return { value: fallback, problem: null };
    const parsed = shape.safeParse(value);
    if (parsed.success) return { value: parsed.data, problem: null };
    return { value: salvage ? salvage(value) : fallback, problem: describeIssues(parsed.error.issues) };
  };
  const readNow = async (): Promise<Reading<T>> => {
    const value = await raw.getValue();
    const reading = check(value);
    if (reading.problem && keepAsideAs && area === 'local') await keepAside(key, value, keepAsideAs, reading.problem);
    return reading;
  };
  const write = async (value: T) => {
    // Whatever is written over must have been read (and, if unreadable, kept aside) first.
    if (keepAsideAs) await readNow();
    await raw.setValue(value);
  };
  const locked = <R>(task: () => Promise<R>) => withStorageLock(fullKey, task);

  return {
    key,
    fallback,
    read: readNow,
    getValue: async () => (await readNow()).value,
    setValue: (value) => locked(() => write(value)),
    update: (change) =>
      locked(async () => {
        const current = (await readNow()).value;
        const next = await change(current);
        // Nothing changed: nothing written (watchers hear of no change).
        if (next !== current) await raw.setValue(next);
        return next;
      }),
    removeValue: () => locked(() => raw.removeValue()),
    watch: (callback) => raw.watch((value) => callback(check(value).value)),
    keepAside: (value, reason) => keepAside(key, value, keepAsideAs ?? key, reason),
  };
}

/** Keeps an unreadable value aside, once; one kept before for the same key stays (the new one goes beside it). */
async function keepAside(key: string, value: unknown, label: string, reason: string): Promise<void> {
  const at = Date.now();
  const first = `local:${UNREADABLE_PREFIX}${key}` as const;
  const kept = await storage.getItem<KeptAside>(first);
  if (kept && JSON.stringify(kept.raw) === JSON.stringify(value)) return;
  await storage.setItem<KeptAside>(kept ? `${first}@${at}` : first, { label, reason, raw: value, at });
}
