// Read-modify-write updates fired at the same time (two tabs, the card and the settings
// page): each waits for the one before under the item's lock, so both survive. Without
// the lock both would read the same old value and the second write would drop the first.
import { fakeBrowser } from '../settings/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

test('card blanks typed in two tabs at once: both are kept', async () => {
  const { rememberBlanks } = await import('../../src/background/card-blanks');
  const { cardBlanksItem } = await import('../../src/storage');
  await cardBlanksItem('github:acme/shop#41').setValue({ moment: 'during live demos' });
  await Promise.all([
    rememberBlanks('github:acme/shop#41', { action: ' sign in ' }),
    rememberBlanks('github:acme/shop#41', { who: 'trial users' }),
  ]);
  expect(await cardBlanksItem('github:acme/shop#41').getValue()).toEqual({
    moment: 'during live demos',
    action: 'sign in',
    who: 'trial users',
  });
});

test('an emptied blank is cleared, and another ticket’s blanks are untouched', async () => {
  const { rememberBlanks } = await import('../../src/background/card-blanks');
  const { cardBlanksItem } = await import('../../src/storage');
  await Promise.all([
    rememberBlanks('github:acme/shop#41', { action: 'sign in', who: 'trial users' }),
    rememberBlanks('github:acme/shop#42', { action: 'check out' }),
  ]);
  await rememberBlanks('github:acme/shop#41', { who: '  ' });
  expect(await cardBlanksItem('github:acme/shop#41').getValue()).toEqual({ action: 'sign in' });
  expect(await cardBlanksItem('github:acme/shop#42').getValue()).toEqual({ action: 'check out' });
});

test('"Add to phrase map" from two tabs at once: both entries land in the personal layer', async () => {
  const { addPhraseEntry } = await import('../../src/background/add-to-map');
  const { personalLayer } = await import('../../src/settings/personal-layer');
  const ids = await Promise.all([addPhraseEntry('ledger sync'), addPhraseEntry('  flux   capacitor ')]);
  expect(ids).toEqual([
    { id: 'ledger-sync', added: true },
    { id: 'flux-capacitor', added: true },
  ]);
  const layer = await personalLayer();
  expect(layer.entries.map((e) => [e.id, e.phrases])).toEqual([
    ['ledger-sync', ['ledger sync']],
    ['flux-capacitor', ['flux capacitor']],
  ]);
});

test('a settings-page change made after the card added an entry keeps that entry (the page’s view was older)', async () => {
  const { addPhraseEntry } = await import('../../src/background/add-to-map');
  const { personalLayer, updatePersonalLayer } = await import('../../src/settings/personal-layer');
  const seenByPage = await personalLayer();
  await addPhraseEntry('ledger sync');
  await updatePersonalLayer((layer) => ({ ...layer, disable: [...layer.disable, 'job-queue'] }));
  expect(seenByPage.entries).toEqual([]);
  const layer = await personalLayer();
  expect(layer.disable).toEqual(['job-queue']);
  expect(layer.entries.map((e) => e.id)).toEqual(['ledger-sync']);
});

test('the same phrase added twice at once makes one entry', async () => {
  const { addPhraseEntry } = await import('../../src/background/add-to-map');
  const { personalLayer } = await import('../../src/settings/personal-layer');
  expect(await Promise.all([addPhraseEntry('ledger sync'), addPhraseEntry('Ledger Sync')])).toEqual([
    { id: 'ledger-sync', added: true },
    { id: 'ledger-sync', added: false },
  ]);
  expect((await personalLayer()).entries).toHaveLength(1);
});

test('words flagged in an inflected form open the entry that flagged them, not a new one', async () => {
  const { addPhraseEntry } = await import('../../src/background/add-to-map');
  const { personalLayer } = await import('../../src/settings/personal-layer');
  expect(await addPhraseEntry('refactored', 'refactor')).toEqual({ id: 'refactor', added: false });
  expect(await addPhraseEntry('SLOs', 'slo-sli')).toEqual({ id: 'slo-sli', added: false });
  expect((await personalLayer()).entries).toEqual([]);
});

test('ignoring two phrases at once keeps both', async () => {
  const { ignorePhrase, ignoredPhrasesItem } = await import('../../src/storage');
  await Promise.all([ignorePhrase('redis'), ignorePhrase('cache'), ignorePhrase('redis')]);
  expect(await ignoredPhrasesItem.getValue()).toEqual(['cache', 'redis']);
});

test('a personal layer that no longer loads is kept aside before an add writes over it', async () => {
  const broken = {
    map: { version: 1, entries: [{ id: 'x', phrases: 'not a list' }], disable: [] },
    source: 'settings page',
    savedAt: 1,
  };
  await fakeBrowser.storage.local.set({ personalMap: broken });
  const { addPhraseEntry } = await import('../../src/background/add-to-map');
  await addPhraseEntry('ledger sync');
  const all = await fakeBrowser.storage.local.get(['personalMap', 'unreadable:personalMap']);
  expect(all['unreadable:personalMap']).toMatchObject({ raw: broken, reason: expect.stringContaining('phrases') });
  expect((all.personalMap as { map: { entries: { id: string }[] } }).map.entries.map((e) => e.id)).toEqual([
    'ledger-sync',
  ]);
});

test('a lock is held across contexts when the browser has Web Locks', async () => {
  const requested: string[] = [];
  const locks = {
    request: (name: string, task: () => Promise<unknown>) => {
      requested.push(name);
      return task();
    },
  };
  vi.stubGlobal('navigator', { locks });
  const { rememberBlanks } = await import('../../src/background/card-blanks');
  await rememberBlanks('github:acme/shop#41', { action: 'sign in' });
  expect(requested).toEqual(['customer-terms:local:blanks:github:acme/shop#41']);
  vi.unstubAllGlobals();
});
