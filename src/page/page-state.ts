// What the page layer needs from storage: the effective settings (the user's, with the
// organisation's policy on top), the ignored phrases and the phrase map. Read in one
// storage call when the page starts, then followed through storage.onChanged, which
// carries the new values. (Storage items read each key when defined and again when
// asked: several round trips to the browser before the first highlight.)
//
// The map is the built-in one unless the background compiled team or personal layers
// over it: the layer counts are a small item, and only when they say so is the compiled
// map (some 200 KB, about 50 ms to read) read as well.
import { analyzeWith } from '../core/analyze';
import { firstKeys, PAGE_STATE_KEYS } from './first-read';
import type { CompiledMap } from '../core/phrase-map/compiled';
import { pageDefaultMap } from '../phrases/page-map';
import { storedCompiledMapShape, type StoredCompiledMap } from '../core/phrase-map/compiled-shape';
import {
  effectiveSettings,
  isLayered,
  layersShape,
  normalizeIgnored,
  normalizePolicy,
  normalizeSettings,
  PAGE_KEYS,
  type MapLayers,
  type Settings,
} from '../settings/model';
import { report } from './guard';

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
  /** The compiled map's layer counts; null until the background has written them. */
  layers: MapLayers | null;
  /** The compiled map as stored, once read (undefined: not read). */
  map: StoredCompiledMap | null | undefined;
}

/**
 * Whether the compiled map is needed: layers over the built-in one, or no word yet on whether
 * there are (the map itself says, once read, until the background has written its counts).
 */
function needsMap(raw: Raw): boolean {
  const layers = raw.layers ?? raw.map?.layers ?? null;
  return layers === null || isLayered(layers);
}

function stateOf(raw: Raw): PageState {
  return {
    settings: effectiveSettings(normalizeSettings(raw.settings), normalizePolicy(raw.policy)),
    ignored: normalizeIgnored(raw.ignored),
    map: (needsMap(raw) && raw.map?.map) || pageDefaultMap,
  };
}

const layersOf = (value: unknown): MapLayers | null => {
  const parsed = layersShape.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** The stored compiled map if it has the shape pages rely on; else none (the built-in map is used). */
function compiledOf(value: unknown): StoredCompiledMap | null {
  if (value === undefined || value === null) return null;
  const parsed = storedCompiledMapShape.safeParse(value);
  if (parsed.success) return parsed.data;
  report(new Error(`the stored phrase map is unreadable (${parsed.error.issues[0]?.message}); using the built-in one`));
  return null;
}

async function readMap(): Promise<StoredCompiledMap | null> {
  return compiledOf((await browser.storage.local.get(PAGE_KEYS.compiledMap))[PAGE_KEYS.compiledMap]);
}

/**
 * Builds the built-in map's matcher ahead of the first check, which would otherwise build it:
 * most pages use it. The page layer calls it while storage answers, or when the page is idle.
 */
export function warmUpDefaultMatcher() {
  try {
    analyzeWith(pageDefaultMap, 'Warm up the cache check.');
  } catch {
    // Only a head start: the first check does the same work and reports what fails.
  }
}

const sameSettings = (a: Settings, b: Settings) =>
  a.highlightWhileReading === b.highlightWhileReading && a.disabledTrackers.join() === b.disabledTrackers.join();

/**
 * Reads the page's state, then calls `onChange` with the new state after each storage
 * change that alters it. Resolves to the first state and how to stop following.
 */
export async function followPageState(
  onChange: (state: PageState, changed: PageStateChange) => void,
): Promise<{ state: PageState; stop: () => void }> {
  type Changes = Record<string, { newValue?: unknown }>;
  // Followed from before the first read: a change made while storage answers is applied over the
  // answer (each change carries the whole new value), never lost.
  let early: Changes[] | null = [];
  let take: (changes: Changes) => void = () => {};
  const listener = (changes: Changes, area: string) => {
    if (area !== 'local') return;
    if (early) early.push(changes);
    else take(changes);
  };
  browser.storage.onChanged.addListener(listener);
  let values: Record<string, unknown>;
  try {
    values = await firstKeys();
  } catch (error) {
    browser.storage.onChanged.removeListener(listener);
    throw error;
  }
  const raw: Raw = {
    settings: values[PAGE_KEYS.settings],
    policy: values[PAGE_KEYS.policy],
    ignored: values[PAGE_KEYS.ignoredPhrases],
    layers: layersOf(values[PAGE_KEYS.compiledMapLayers]),
    map: undefined,
  };
  /** Puts a change's new values into `raw`; true when it touched any. */
  const record = (changes: Changes) => {
    let touched = false;
    for (const [name, key] of PAGE_STATE_KEYS) {
      if (!(key in changes)) continue;
      const value = changes[key]!.newValue;
      if (name === 'layers') raw.layers = layersOf(value);
      else raw[name] = value;
      touched = true;
    }
    if (PAGE_KEYS.compiledMap in changes) {
      raw.map = compiledOf(changes[PAGE_KEYS.compiledMap]!.newValue);
      touched = true;
    }
    return touched;
  };
  let recorded = 0;
  const catchUp = () => {
    for (; early && recorded < early.length; recorded++) record(early[recorded]!);
  };
  catchUp();
  if (needsMap(raw) && raw.map === undefined) {
    raw.map = await readMap();
    catchUp();
  }
  early = null;
  let state = stateOf(raw);
  let live = true;
  const apply = () => {
    if (!live) return;
    const next = stateOf(raw);
    const changed = {
      settings: !sameSettings(next.settings, state.settings),
      ignored: next.ignored.join('\n') !== state.ignored.join('\n'),
      // The built-in map again (the background starting over) is no change.
      map: next.map !== state.map,
    };
    state = next;
    if (changed.settings || changed.ignored || changed.map) onChange(next, changed);
  };
  take = (changes) => {
    if (!record(changes)) return;
    // Layers arrived, and the map they are in was never read: read it first.
    if (needsMap(raw) && raw.map === undefined) {
      void readMap()
        .then((map) => {
          raw.map ??= map;
          apply();
        })
        .catch(() => undefined);
    } else apply();
  };
  return {
    state,
    stop: () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    },
  };
}
