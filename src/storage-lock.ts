// One read-modify-write at a time per storage key, across the extension's own contexts:
// the background, the settings page and the side panel share an origin, so a Web Lock
// held in one is seen by all. (Content scripts run in the page's origin: they send their
// updates to the background instead.) Without Web Locks, one queue per key in this context.

const queues = new Map<string, Promise<unknown>>();

function queued<T>(name: string, task: () => Promise<T>): Promise<T> {
  const next = (queues.get(name) ?? Promise.resolve()).then(task, task);
  queues.set(
    name,
    next.catch(() => undefined),
  );
  return next;
}

/** Runs `task` while holding the lock `name`; tasks never nest (a Web Lock is not re-entrant). */
export function withStorageLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (locks) return locks.request(`customer-terms:${name}`, task) as Promise<T>;
  return queued(name, task);
}
