// Every storage item read with a stored value of the wrong shape (hand-edited, from an
// older version, corrupted): it reads as a safe default, or the parts that still fit,
// with the reason; what the user would miss is kept aside, not written over.
import { fakeBrowser } from '../settings/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

const storage = () => import('../../src/storage');
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

interface Case {
  name: string;
  key: string;
  area?: 'local' | 'session';
  bad: unknown;
  /** Stored beside it: the item's version. */
  meta?: unknown;
  /** What it reads as. */
  reads: unknown;
  item: (s: Awaited<ReturnType<typeof storage>>) => {
    fallback: unknown;
    read(): Promise<{ value: unknown; problem: string | null }>;
  };
}

const layer = { version: 1, entries: [], disable: ['redis'] };
const cases: Case[] = [
  {
    name: 'settings',
    key: 'settings',
    meta: { v: 2 },
    bad: { highlightWhileReading: 'yes', disabledTrackers: ['jira', 3] },
    reads: { highlightWhileReading: true, disabledTrackers: ['jira'] },
    item: (s) => s.settingsItem,
  },
  {
    name: 'policy',
    key: 'policy',
    bad: { highlightWhileReading: false, disabledTrackers: 5 },
    reads: { highlightWhileReading: false },
    item: (s) => s.policyItem,
  },
  { name: 'ignored phrases', key: 'ignoredPhrases', bad: 'redis', reads: [], item: (s) => s.ignoredPhrasesItem },
  {
    name: 'ignored phrases, partly',
    key: 'ignoredPhrases',
    bad: ['redis', null, 'cache'],
    reads: ['cache', 'redis'],
    item: (s) => s.ignoredPhrasesItem,
  },
  {
    name: 'card blanks',
    key: 'blanks:github:a/b#1',
    bad: { action: 'sign in', who: 42 },
    reads: { action: 'sign in' },
    item: (s) => s.cardBlanksItem('github:a/b#1'),
  },
  {
    name: 'card blanks, not an object',
    key: 'blanks:github:a/b#1',
    bad: 'sign in',
    reads: {},
    item: (s) => s.cardBlanksItem('github:a/b#1'),
  },
  {
    name: 'team map wrapper',
    key: 'teamMap',
    bad: { map: layer, source: 'team.json', savedAt: 'Tuesday' },
    reads: { map: layer, source: 'team.json', savedAt: 0 },
    item: (s) => s.teamMapItem,
  },
  {
    name: 'personal layer stored bare',
    key: 'personalMap',
    bad: layer,
    reads: { map: layer, source: 'unknown', savedAt: 0 },
    item: (s) => s.personalMapItem,
  },
  {
    name: 'compiled map',
    key: 'compiledMap',
    bad: {
      map: { version: 1, entries: 'all' },
      builtAt: 1,
      layers: { team: 1, personal: 0, disabled: 0 },
      problems: [],
    },
    reads: null,
    item: (s) => s.compiledMapItem,
  },
  {
    name: 'compiled map layer counts',
    key: 'compiledMapLayers',
    bad: { team: '2' },
    reads: null,
    item: (s) => s.compiledMapLayersItem,
  },
  {
    name: 'review',
    key: 'review:github:a/b#1',
    bad: { ticket: 'a/b#1', date: 'soon' },
    reads: null,
    item: (s) => s.reviewItem('github:a/b#1'),
  },
  {
    name: 'review notices',
    key: 'reviewNotices',
    bad: { 'github:a/b#1': '2026-12-01', 'github:a/b#2': 7 },
    reads: { 'github:a/b#1': '2026-12-01' },
    item: (s) => s.reviewNoticesItem,
  },
  {
    name: 'self-hosted origins',
    key: 'selfHosted',
    bad: [
      { origin: 'https://ghe.acme.io', kind: 'github-enterprise' },
      { origin: 'x', kind: 'gitlab' },
    ],
    reads: [{ origin: 'https://ghe.acme.io', kind: 'github-enterprise' }],
    item: (s) => s.selfHostedItem,
  },
  {
    name: 'pending review',
    key: 'pendingReview',
    area: 'session',
    bad: { key: 7 },
    reads: null,
    item: (s) => s.pendingReviewItem(),
  },
  {
    name: 'pending selection',
    key: 'selection:3',
    area: 'session',
    bad: ['text'],
    reads: null,
    item: (s) => s.pendingSelectionItem(3),
  },
  { name: 'draft', key: 'draft:github:a/b#1', bad: 17, reads: null, item: (s) => s.draftItem('github:a/b#1') },
];

describe('a stored value of the wrong shape', () => {
  test.each(cases)(
    '$name reads as a safe value, with the reason',
    async ({ key, area = 'local', bad, meta, reads, item }) => {
      await fakeBrowser.storage[area].set({ [key]: bad, ...(meta ? { [`${key}$`]: meta } : {}) });
      const reading = await item(await storage()).read();
      expect(reading.value).toEqual(reads);
      expect(reading.problem).toMatch(/\S/);
    },
  );

  test.each(cases)('$name: nothing stored reads as the fallback, with no problem', async ({ item }) => {
    const it = item(await storage());
    expect(await it.read()).toEqual({ value: it.fallback, problem: null });
  });
});

describe('what the user would miss is kept aside', () => {
  test('a draft with a part that no longer fits: the rest reads, the whole is kept aside and survives a save', async () => {
    const bad = {
      draft: { problem: 'Sign-in fails', task: 'not an object' },
      evidence: {},
      title: 'T',
      url: 'u',
      savedAt: 5,
    };
    await fakeBrowser.storage.local.set({ 'draft:github:a/b#1': bad });
    const { draftItem } = await storage();
    const item = draftItem('github:a/b#1');
    const reading = await item.read();
    expect(reading.value?.draft.problem).toBe('Sign-in fails');
    expect(reading.value?.draft.task).toEqual({ action: '', detail: '' });
    expect(reading.problem).toContain('draft.task');
    await item.setValue({ ...reading.value!, savedAt: 6 });
    expect(await stored('unreadable:draft:github:a/b#1')).toMatchObject({
      label: 'the write-up draft for github:a/b#1',
      raw: bad,
      reason: expect.stringContaining('draft.task'),
    });
  });

  test('a value written over without being read first is kept aside all the same', async () => {
    await fakeBrowser.storage.local.set({ personalMap: 'half a file' });
    const { personalMapItem } = await storage();
    await personalMapItem.setValue({ map: layer, source: 'settings page', savedAt: 1 });
    expect(await stored('unreadable:personalMap')).toMatchObject({
      raw: 'half a file',
      label: 'your personal phrase-map changes',
    });
    expect(await stored('personalMap')).toEqual({ map: layer, source: 'settings page', savedAt: 1 });
  });

  test('a second unreadable value goes beside the first, and the same one is not kept twice', async () => {
    const { teamMapItem } = await storage();
    await fakeBrowser.storage.local.set({ teamMap: 1 });
    await teamMapItem.read();
    await teamMapItem.read();
    await fakeBrowser.storage.local.set({ teamMap: 2 });
    await teamMapItem.read();
    const all = await fakeBrowser.storage.local.get(null);
    const kept = Object.entries(all).filter(([k]) => k.startsWith('unreadable:teamMap'));
    expect(kept.map(([, v]) => (v as { raw: unknown }).raw).sort()).toEqual([1, 2]);
  });

  test('what nobody would miss (the compiled map, card blanks) is not kept aside', async () => {
    await fakeBrowser.storage.local.set({ compiledMap: 'x', 'blanks:github:a/b#1': 'y' });
    const { compiledMapItem, cardBlanksItem } = await storage();
    await compiledMapItem.read();
    await cardBlanksItem('github:a/b#1').setValue({ action: 'sign in' });
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => k.startsWith('unreadable:'))).toEqual([]);
  });
});

describe('migrations', () => {
  test('settings from version 1 of the wrong shape migrate to the defaults and read without a problem', async () => {
    await fakeBrowser.storage.local.set({ settings: ['on'] });
    const { settingsItem } = await storage();
    expect(await settingsItem.read()).toEqual({
      value: { highlightWhileReading: true, disabledTrackers: [] },
      problem: null,
    });
    expect(await stored('settings$')).toEqual({ v: 2 });
  });

  test('settings from a later version (a downgrade) that fit are read; ones that do not, are salvaged', async () => {
    await fakeBrowser.storage.local.set({
      settings: { highlightWhileReading: false, disabledTrackers: 'all' },
      settings$: { v: 3 },
    });
    const { settingsItem } = await storage();
    const reading = await settingsItem.read();
    expect(reading.value).toEqual({ highlightWhileReading: false, disabledTrackers: [] });
    expect(reading.problem).toContain('disabledTrackers');
  });

  test('watchers hear the checked value, not the raw one', async () => {
    const { ignoredPhrasesItem } = await storage();
    const heard: unknown[] = [];
    const stop = ignoredPhrasesItem.watch((v) => heard.push(v));
    await fakeBrowser.storage.local.set({ ignoredPhrases: { redis: true } });
    await vi.waitFor(() => expect(heard).toEqual([[]]));
    stop();
  });
});
