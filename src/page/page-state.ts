// What the page layer needs from storage: the effective settings (the user's, with the
// organisation's policy on top), the ignored phrases and the compiled phrase map (the
// built-in one until the background has compiled the layers). Read in ONE storage call
// when the page starts, then followed through storage.onChanged, which carries the new
// values, so nothing is read again. (Storage items would read each key when defined and
// again when asked, several round trips to the browser before the first highlight.)
import type { CompiledMap } from '../core/phrase-map/compiled';
import { compiledDefaultMap } from '../phrases/compiled';
import { effectiveSettings, PAGE_KEYS, type PolicySettings, type Settings } from '../settings/model';
import type { StoredCompiledMap } from '../storage';

export interface PageState {
  settings: Settings;
  ignored: readonly string[];
  map: CompiledMap;
}

/** What changed in one storage event. */
export interface PageStateChange {
  settings: boolean;
  ignored: boolean;
  map: boolean;
}

/** The raw values behind a PageState: settings and policy are combined only when read. */
interface Raw {
  settings: unknown;
  policy: unknown;
  ignored: unknown;
  map: unknown;
}

const KEYS = [PAGE_KEYS.settings, PAGE_KEYS.policy, PAGE_KEYS.ignoredPhrases, PAGE_KEYS.compiledMap];

function stateOf(raw: Raw): PageState {
  const policy = typeof raw.policy === 'object' && raw.policy !== null ? (raw.policy as PolicySettings) : {};
  const stored = raw.map as StoredCompiledMap | null | undefined;
  return {
    settings: effectiveSettings(raw.settings as Settings, policy),
    ignored: Array.isArray(raw.ignored) ? raw.ignored.filter((k): k is string => typeof k === 'string') : [],
    map: stored?.map ?? compiledDefaultMap,
  };
}

const sameSettings = (a: Settings, b: Settings) =>
  a.highlightWhileReading === b.highlightWhileReading && a.disabledTrackers.join() === b.disabledTrackers.join();

/**
 * Reads the page's state once, then calls `onChange` with the new state after each storage
 * change that alters it. Resolves to the first state and how to stop following.
 */
export async function followPageState(
  onChange: (state: PageState, changed: PageStateChange) => void,
): Promise<{ state: PageState; stop: () => void }> {
  const values = await browser.storage.local.get(KEYS);
  const raw: Raw = {
    settings: values[PAGE_KEYS.settings],
    policy: values[PAGE_KEYS.policy],
    ignored: values[PAGE_KEYS.ignoredPhrases],
    map: values[PAGE_KEYS.compiledMap],
  };
  let state = stateOf(raw);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    let touched = false;
    for (const [name, key] of [
      ['settings', PAGE_KEYS.settings],
      ['policy', PAGE_KEYS.policy],
      ['ignored', PAGE_KEYS.ignoredPhrases],
      ['map', PAGE_KEYS.compiledMap],
    ] as const) {
      if (!(key in changes)) continue;
      raw[name] = changes[key]!.newValue;
      touched = true;
    }
    if (!touched) return;
    const next = stateOf(raw);
    const changed = {
      settings: !sameSettings(next.settings, state.settings),
      ignored: next.ignored.join('\n') !== state.ignored.join('\n'),
      map: PAGE_KEYS.compiledMap in changes,
    };
    state = next;
    if (changed.settings || changed.ignored || changed.map) onChange(next, changed);
  };
  browser.storage.onChanged.addListener(listener);
  return { state, stop: () => browser.storage.onChanged.removeListener(listener) };
}
