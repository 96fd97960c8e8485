// The settings a page runs with: the user's, with whatever the organisation's policy
// sets on top. Content scripts follow both, so switching a tracker off (here or by
// policy) stops the extension on that tracker's open tabs without a reload. The policy
// is read from the background's mirror of it (content scripts cannot read storage.managed).
import { policyItem, settingsItem, type Settings } from '../storage';
import { effectiveSettings } from './model';

// Defined with the settings model (no storage code), where the page layer uses it too.
export { effectiveSettings };

export async function currentSettings(): Promise<Settings> {
  const [user, managed] = await Promise.all([settingsItem.getValue(), policyItem.getValue()]);
  return effectiveSettings(user, managed);
}

const same = (a: Settings, b: Settings) =>
  a.highlightWhileReading === b.highlightWhileReading && a.disabledTrackers.join() === b.disabledTrackers.join();

/**
 * Calls `listener` with the effective settings whenever the user's settings or the policy
 * change them; `known` is what the caller has already (not repeated), else the first call is now.
 */
export function watchSettings(listener: (settings: Settings) => void, known?: Settings): () => void {
  let live = true;
  let latest = 0;
  let last = known;
  const refresh = () => {
    const call = ++latest;
    void currentSettings()
      .then((settings) => {
        if (!live || call !== latest || (last && same(last, settings))) return;
        last = settings;
        listener(settings);
      })
      .catch(() => undefined);
  };
  refresh();
  const unwatch = [settingsItem.watch(refresh), policyItem.watch(refresh)];
  return () => {
    live = false;
    for (const stop of unwatch) stop();
  };
}

/** Calls `listener(on)` with whether the tracker is switched on, now and whenever that changes. */
export function watchTrackerSwitch(trackerId: string, listener: (on: boolean) => void): () => void {
  let last: boolean | undefined;
  return watchSettings((settings) => {
    const on = !settings.disabledTrackers.includes(trackerId);
    if (on === last) return;
    last = on;
    listener(on);
  });
}
