// What a page reads from storage before its first check, and how it follows changes.
import { fakeBrowser } from '../settings/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CompiledMap } from '../../src/core/phrase-map/compiled';
import { askFirstKeys } from '../../src/page/first-read';
import { followPageState, type PageState } from '../../src/page/page-state';
import { compiledDefaultMap } from '../../src/phrases/compiled';
import { pageDefaultMap } from '../../src/phrases/page-map';

// A smaller map of the same shape: three entries, and only the forms that point at them.
const layered: CompiledMap = {
  ...compiledDefaultMap,
  entries: compiledDefaultMap.entries.slice(0, 3),
  words: compiledDefaultMap.words.filter(([, entry]) => entry < 3),
  exact: compiledDefaultMap.exact.filter(([, entry]) => entry < 3),
};
const stored = (map: CompiledMap, team = 0) => ({
  map,
  builtAt: 1,
  layers: { team, personal: 0, disabled: 0 },
  problems: [],
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

let stops: (() => void)[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  stops = [];
});
afterEach(() => {
  for (const stop of stops) stop();
  vi.restoreAllMocks();
});

async function follow() {
  const heard: PageState[] = [];
  const reads: unknown[] = [];
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((keys) => {
    reads.push(keys);
    return get(keys as never);
  });
  const { state, stop } = await followPageState((next) => heard.push(next));
  stops.push(stop);
  return { state, heard, reads };
}

describe('followPageState', () => {
  test("takes the read asked for at the script's first statement, once; later, storage is read again", async () => {
    await fakeBrowser.storage.local.set({ ignoredPhrases: ['redis'] });
    askFirstKeys();
    // Only the compiled map is read here (no layer counts stored yet): the first keys were asked for already.
    const first = await follow();
    expect(first.reads).toEqual(['compiledMap']);
    expect(first.state.ignored).toEqual(['redis']);
    vi.restoreAllMocks();
    const again = await follow();
    expect(again.reads).toHaveLength(2);
    expect(again.state.ignored).toEqual(['redis']);
  });

  test('a change made while storage answers the first read is taken over the answer, not lost', async () => {
    await fakeBrowser.storage.local.set({
      ignoredPhrases: ['redis'],
      compiledMapLayers: { team: 0, personal: 0, disabled: 0 },
    });
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let answered = () => {};
    const gate = new Promise<void>((resolve) => {
      answered = resolve;
    });
    // The answer is read before the change and arrives after it, as a slow storage would give it.
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const answer = await get(keys as never);
      await gate;
      return answer;
    });
    const heard: PageState[] = [];
    const following = followPageState((next) => heard.push(next));
    await settle();
    await fakeBrowser.storage.local.set({ ignoredPhrases: ['redis', 'kafka'] });
    answered();
    const { state, stop } = await following;
    stops.push(stop);
    expect(state.ignored).toEqual(['kafka', 'redis']);
    expect(heard).toEqual([]);
  });

  test('one read when no layer is compiled over the built-in map: settings with policy on top, ignored phrases', async () => {
    await fakeBrowser.storage.local.set({
      settings: { highlightWhileReading: true, disabledTrackers: ['linear'] },
      policy: { highlightWhileReading: false },
      ignoredPhrases: ['redis'],
      compiledMap: stored(compiledDefaultMap),
      compiledMapLayers: { team: 0, personal: 0, disabled: 0 },
    });
    const { state, reads } = await follow();
    expect(state.settings).toEqual({ highlightWhileReading: false, disabledTrackers: ['linear'] });
    expect(state.ignored).toEqual(['redis']);
    expect(state.map).toBe(pageDefaultMap);
    expect(reads).toHaveLength(1);
    expect(reads[0]).not.toContain('compiledMap');
  });

  test('the compiled map is read as well when layers are compiled into it, or nothing says yet', async () => {
    await fakeBrowser.storage.local.set({
      compiledMap: stored(layered, 2),
      compiledMapLayers: { team: 2, personal: 0, disabled: 0 },
    });
    expect((await follow()).state.map).toEqual(layered);
    for (const stop of stops) stop();
    vi.restoreAllMocks();
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ compiledMap: stored(layered, 2) });
    const { state, reads } = await follow();
    expect(state.map).toEqual(layered);
    expect(reads).toHaveLength(2);
  });

  test('follows changes from the events alone; the built-in map compiled again is no change', async () => {
    await fakeBrowser.storage.local.set({ compiledMapLayers: { team: 0, personal: 0, disabled: 0 } });
    const { heard, reads } = await follow();
    await fakeBrowser.storage.local.set({ compiledMap: stored(compiledDefaultMap) });
    await settle();
    expect(heard).toHaveLength(0);
    await fakeBrowser.storage.local.set({ settings: { highlightWhileReading: true, disabledTrackers: ['github'] } });
    await settle();
    expect(heard.at(-1)?.settings.disabledTrackers).toEqual(['github']);
    // A team map arrives: the background writes the map, then its layer counts.
    await fakeBrowser.storage.local.set({ compiledMap: stored(layered, 2) });
    await fakeBrowser.storage.local.set({ compiledMapLayers: { team: 2, personal: 0, disabled: 0 } });
    await settle();
    expect(heard.at(-1)?.map).toEqual(layered);
    expect(reads).toHaveLength(1);
  });
});

test('the background writes the compiled map only when it changed', async () => {
  const { rebuildPhraseMap } = await import('../../src/background/phrase-map');
  await rebuildPhraseMap();
  expect(await fakeBrowser.storage.local.get('compiledMapLayers')).toEqual({
    compiledMapLayers: { team: 0, personal: 0, disabled: 0 },
  });
  const writes: string[] = [];
  fakeBrowser.storage.onChanged.addListener((changes) => writes.push(...Object.keys(changes)));
  await rebuildPhraseMap();
  await settle();
  expect(writes).toEqual([]);
});

describe('stored values of the wrong shape', () => {
  test('a compiled map of another shape is not used: the page runs on the built-in map', async () => {
    const broken = { ...stored(layered, 2), map: { ...layered, words: [['cache', 9999]] } };
    await fakeBrowser.storage.local.set({
      compiledMap: broken,
      compiledMapLayers: { team: 2, personal: 0, disabled: 0 },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { state, heard } = await follow();
    expect(state.map).toBe(pageDefaultMap);
    await fakeBrowser.storage.local.set({ compiledMap: stored(layered, 2) });
    await settle();
    expect(heard.at(-1)?.map).toEqual(layered);
    await fakeBrowser.storage.local.set({ compiledMap: { ...stored(layered, 2), map: 'gone' } });
    await settle();
    expect(heard.at(-1)?.map).toBe(pageDefaultMap);
  });

  test('settings, policy, ignored phrases and layer counts of the wrong shape read as safe values', async () => {
    await fakeBrowser.storage.local.set({
      settings: 'on',
      policy: { disabledTrackers: 5, highlightWhileReading: 'no', managedBy: 'IT' },
      ignoredPhrases: { redis: true },
      compiledMapLayers: { team: 'many' },
      compiledMap: stored(compiledDefaultMap),
    });
    const { state } = await follow();
    expect(state.settings).toEqual({ highlightWhileReading: true, disabledTrackers: [] });
    expect(state.ignored).toEqual([]);
    expect(state.map).toBe(pageDefaultMap);
  });
});
