// A browser slow to answer for policy (Chromium while its policy service starts, or never,
// headless) does not hold up the first phrase map; a map already compiled waits for it.
import { fakeBrowser } from '../settings/fake-browser';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { rebuildPhraseMap } from '../../src/background/phrase-map';
import { CHANGE_WAIT_MS, MANAGED_WAIT_MS, managedSettingsWithin } from '../../src/settings/policy';
import { compiledMapItem, compiledMapLayersItem } from '../../src/storage';

const teamMap = JSON.parse(readFileSync('examples/team-map.json', 'utf8'));

/** storage.managed answering only when `answer` is called. */
function slowPolicy() {
  let answer: (values: Record<string, unknown>) => void = () => undefined;
  const pending = new Promise<Record<string, unknown>>((resolve) => {
    answer = resolve;
  });
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(pending as never);
  return (values: Record<string, unknown>) => answer(values);
}

const settled = async <T>(promise: Promise<T>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('an answer in time is the policy; none in time is null, and a late one is reported once', async () => {
  await fakeBrowser.storage.managed.set({ managedBy: 'Demo IT' });
  const onLate = vi.fn();
  const inTime = managedSettingsWithin(onLate, 100);
  await vi.advanceTimersByTimeAsync(0);
  expect(await inTime).toEqual({ managedBy: 'Demo IT' });

  const answer = slowPolicy();
  const late = managedSettingsWithin(onLate, 100);
  await vi.advanceTimersByTimeAsync(100);
  expect(await late).toBeNull();
  expect(onLate).not.toHaveBeenCalled();
  answer({ managedBy: 'Demo IT' });
  await vi.advanceTimersByTimeAsync(0);
  expect(onLate).toHaveBeenCalledTimes(1);
});

test('the first map is compiled without a policy that has not answered, and again with it once it does', async () => {
  const answer = slowPolicy();
  const onLate = vi.fn();
  const first = rebuildPhraseMap(onLate);
  expect(await settled(first)).toBe(false);
  await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
  expect(await first).toEqual([]);
  expect(await compiledMapLayersItem.getValue()).toEqual({ team: 0, personal: 0, disabled: 0 });
  // A layer changed meanwhile (a team map imported): compiled too, not held up by the same wait.
  const second = rebuildPhraseMap(onLate);
  await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
  expect(await second).toEqual([]);

  answer({ teamMap });
  await vi.advanceTimersByTimeAsync(0);
  expect(onLate).toHaveBeenCalledTimes(2);
  vi.restoreAllMocks();
  await fakeBrowser.storage.managed.set({ teamMap });
  await rebuildPhraseMap(onLate);
  expect((await compiledMapLayersItem.getValue())?.team).toBe(teamMap.entries.length);
  expect((await compiledMapItem.getValue())?.map.entries.map((e) => e.id)).toContain('ledger-sync');
});

test('once a map is compiled, a rebuild waits for the policy rather than drop its team map', async () => {
  await fakeBrowser.storage.managed.set({ teamMap });
  await rebuildPhraseMap(() => undefined);
  const answer = slowPolicy();
  const again = rebuildPhraseMap(() => undefined);
  await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS * 2);
  expect(await settled(again)).toBe(false);
  answer({ teamMap });
  await again;
  expect((await compiledMapLayersItem.getValue())?.team).toBe(teamMap.entries.length);
});

test('a phrase-map change waits a while for a policy that has not answered, and then changes nothing', async () => {
  const { addPhraseEntry } = await import('../../src/background/add-to-map');
  const { PolicyNotReadyError } = await import('../../src/settings/policy');
  // A personal layer that only loads over the policy's team map: it disables an entry only that map has.
  const personal = {
    map: { version: 1, entries: [], disable: ['payment-provider'] },
    source: 'settings page',
    savedAt: 1,
  };
  await fakeBrowser.storage.local.set({ personalMap: personal });
  const answer = slowPolicy();
  const adding = addPhraseEntry('flux capacitor');
  const refused = expect(adding).rejects.toBeInstanceOf(PolicyNotReadyError);
  await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
  expect(await settled(adding.catch(() => undefined))).toBe(false);
  await vi.advanceTimersByTimeAsync(CHANGE_WAIT_MS - MANAGED_WAIT_MS);
  await refused;
  // Nothing set aside, nothing lost.
  const stored = await fakeBrowser.storage.local.get(['personalMap', 'unreadable:personalMap']);
  expect(stored).toEqual({ personalMap: personal });
  // Once the policy answers, the add is decided on its team map, and the layer over it is kept.
  answer({ teamMap });
  vi.restoreAllMocks();
  await fakeBrowser.storage.managed.set({ teamMap });
  const added = addPhraseEntry('flux capacitor');
  await vi.advanceTimersByTimeAsync(0);
  expect(await added).toEqual({ id: 'flux-capacitor', added: true });
  const known = addPhraseEntry('Ledger Sync');
  await vi.advanceTimersByTimeAsync(0);
  expect(await known).toEqual({ id: 'ledger-sync', added: false });
  const layer = ((await fakeBrowser.storage.local.get('personalMap')).personalMap as typeof personal).map;
  expect(layer.disable).toEqual(['payment-provider']);
});
