// The malformed-file corpus: every way a team map or settings file can be wrong gets
// a clear message naming the entry and field, and nothing is stored.
import { fakeBrowser, setPolicy } from './fake-browser';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { PhraseMapError, type MapIssue } from '../../src/core/phrase-map/errors';
import { MAP_LIMITS, readMapFile } from '../../src/settings/phrase-layers';
import { exportSettingsFile, importSettingsFile } from '../../src/settings/settings-file';
import { ImportRefused, importTeamMap } from '../../src/settings/team-layer';
import { ignoredPhrasesItem, personalMapItem, settingsItem, teamMapItem } from '../../src/storage';

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'ledger-sync',
  category: 'system',
  phrases: ['ledger sync'],
  why: 'Our bookkeeping job; finance notices when balances disagree.',
  ...over,
});
const map = (entries: unknown[], rest: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, entries, ...rest });

function issuesOf(text: string): MapIssue[] {
  try {
    readMapFile(text);
  } catch (error) {
    if (error instanceof PhraseMapError) return error.issues;
    throw error;
  }
  throw new Error('the map was accepted');
}

/** [what is wrong, the file, the issue expected among those reported] */
const CORPUS: [string, string, Partial<Omit<MapIssue, 'message'>> & { message: RegExp }][] = [
  ['invalid JSON', '{"entries": [', { entry: '(file)', field: '(json)', message: /not valid JSON/ }],
  ['an empty file', '', { entry: '(file)', field: '(json)', message: /not valid JSON/ }],
  ['a list, not a map', '[]', { entry: '(file)', field: '(root)', message: /an object with "entries"/ }],
  ['a string, not a map', '"entries"', { entry: '(file)', field: '(root)', message: /an object/ }],
  ['null', 'null', { entry: '(file)', field: '(root)', message: /an object/ }],
  ['entries not a list', '{"entries": {"id": "x"}}', { entry: '(file)', field: 'entries', message: /must be a list/ }],
  ['an unknown field at the top', map([], { teams: [] }), { entry: '(file)', message: /Unrecognized key/i }],
  ['version 2', map([], { version: 2 }), { entry: '(file)', field: 'version', message: /1/ }],
  ['disable not a list', map([], { disable: 'kubernetes' }), { entry: '(file)', field: 'disable', message: /array/i }],
  [
    'phrases as a string',
    map([entry({ phrases: 'ledger sync' })]),
    { entry: 'ledger-sync', field: 'phrases', message: /array/i },
  ],
  ['why as a number', map([entry({ why: 5 })]), { entry: 'ledger-sync', field: 'why', message: /string/i }],
  ['a missing why', map([entry({ why: undefined })]), { entry: 'ledger-sync', field: 'why', message: /string/i }],
  [
    'missing phrases',
    map([entry({ phrases: undefined })]),
    { entry: 'ledger-sync', field: 'phrases', message: /array/i },
  ],
  [
    'no phrases',
    map([entry({ phrases: [] })]),
    { entry: 'ledger-sync', field: 'phrases', message: /at least one phrase/ },
  ],
  ['a missing id', map([entry({ id: undefined })]), { entry: 'entry #1', field: 'id', message: /string/i }],
  [
    'an id with spaces and capitals',
    map([entry({ id: 'Ledger Sync' })]),
    { entry: 'Ledger Sync', field: 'id', message: /lowercase words joined by hyphens/ },
  ],
  [
    'an unknown category',
    map([entry({ category: 'finance' })]),
    { entry: 'ledger-sync', field: 'category', message: /system/ },
  ],
  [
    'an unknown field in an entry',
    map([entry({ colour: 'red' })]),
    { entry: 'ledger-sync', message: /Unrecognized key/i },
  ],
  ['an entry that is a string', map(['ledger sync']), { entry: 'entry #1', message: /object/i }],
  [
    'a phrase with no letters',
    map([entry({ phrases: ['!!!'] })]),
    { entry: 'ledger-sync', field: 'phrases.0', message: /at least one letter or digit/ },
  ],
  [
    'an empty phrase',
    map([entry({ phrases: ['  '] })]),
    { entry: 'ledger-sync', field: 'phrases.0', message: /cannot be empty/ },
  ],
  [
    'a phrase past 80 characters',
    map([entry({ phrases: ['x'.repeat(81)] })]),
    { field: 'phrases.0', message: /at most 80/ },
  ],
  ['a why past 240 characters', map([entry({ why: 'w'.repeat(241) })]), { field: 'why', message: /at most 240/ }],
  [
    'duplicate ids',
    map([entry(), entry({ phrases: ['ledger job'] })]),
    { entry: 'ledger-sync', field: 'id', message: /same id/ },
  ],
  [
    'a phrase twice in one entry',
    map([entry({ phrases: ['ledger sync', 'Ledger  Sync'] })]),
    { entry: 'ledger-sync', field: 'phrases.1', message: /twice in this entry/ },
  ],
  [
    'a phrase in two entries',
    map([entry(), entry({ id: 'ledger-job', phrases: ['ledger sync'] })]),
    { entry: 'ledger-job', field: 'phrases.0', message: /in entry "ledger-sync" too/ },
  ],
  [
    'a phrase a built-in entry has',
    map([entry({ phrases: ['retry logic'] })]),
    { field: 'phrases.0', message: /"retry logic" is listed in entry/ },
  ],
  ['an empty rewrite', map([entry({ rewrites: [''] })]), { field: 'rewrites.0.text', message: /cannot be empty/ }],
  [
    'an unknown slot',
    map([entry({ rewrites: ['the fix for {customer}'] })]),
    { field: 'rewrites.0.text', message: /may only use the slots/ },
  ],
  [
    '{object} in a noun rewrite',
    map([entry({ rewrites: [{ as: 'noun', text: 'fixing {object}' }] })]),
    { field: 'rewrites.0.text', message: /\{object\} belongs in a verb/ },
  ],
  [
    'an unknown rewrite shape',
    map([entry({ rewrites: [{ as: 'adverb', text: 'quickly' }] })]),
    { field: 'rewrites.0', message: /noun|invalid/i },
  ],
  [
    'five rewrites',
    map([entry({ rewrites: ['a', 'b', 'c', 'd', 'e'] })]),
    { field: 'rewrites', message: /at most four/ },
  ],
  [
    'an example with no "to"',
    map([entry({ examples: [{ from: 'The ledger sync failed.' }] })]),
    { field: 'examples.0.to', message: /expected string|nullish|null/i },
  ],
  [
    'a failing example',
    map([
      entry({
        rewrites: ['the balance update'],
        examples: [{ from: 'The ledger sync failed.', to: 'The ledger sync works.' }],
      }),
    ]),
    {
      entry: 'ledger-sync',
      field: 'examples.0',
      message: /expected "The ledger sync works\.", got "The balance update failed\."/,
    },
  ],
  [
    'an example its entry does not flag',
    map([entry({ examples: [{ from: 'Nothing to see here.', to: null }] })]),
    { entry: 'ledger-sync', field: 'examples.0', message: /should be flagged once by this entry/ },
  ],
  [
    'disabling an id nobody has',
    map([], { disable: ['no-such-entry'] }),
    { entry: 'no-such-entry', field: 'disable', message: /no entry has this id/ },
  ],
  [
    'a 10 MB file',
    map([entry({ why: 'w'.repeat(10_000_000) })]),
    { entry: '(file)', field: '(size)', message: /the file is 10\.0 MB; at most 1\.0 MB/ },
  ],
  [
    'nesting 100,000 deep',
    `{"entries": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}`,
    { entry: '(file)', field: '(nesting)', message: /more than 32 levels/ },
  ],
  [
    'nesting in an example’s slots',
    map([entry({ examples: [{ from: 'x', to: null, slots: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) }] })]),
    { field: '(nesting)', message: /nested/ },
  ],
];

describe('readMapFile refuses a malformed map with the entry and field named', () => {
  for (const [what, text, expected] of CORPUS) {
    test(what, () => {
      const issues = issuesOf(text);
      const { message, ...where } = expected;
      const match = issues.find(
        (i) => Object.entries(where).every(([k, v]) => i[k as keyof MapIssue] === v) && message.test(i.message),
      );
      expect(match, JSON.stringify(issues, null, 1)).toBeTruthy();
    });
  }

  test(`more than ${MAP_LIMITS.entries} entries`, () => {
    const many = Array.from({ length: MAP_LIMITS.entries + 1 }, (_, i) =>
      entry({ id: `term-${i}`, phrases: [`zq${i}x term`] }),
    );
    expect(issuesOf(map(many))).toEqual([
      { entry: '(file)', field: 'entries', message: `a map holds at most 5000 entries; this one has 5001` },
    ]);
  });

  test('every problem is reported at once, not only the first', () => {
    const issues = issuesOf(
      map([entry({ why: '' }), entry({ id: 'Bad', category: 'x' }), entry({ id: 'ok-one', phrases: ['!!'] })]),
    );
    expect(issues.map((i) => `${i.entry} ${i.field}`)).toEqual(
      expect.arrayContaining(['ledger-sync why', 'Bad id', 'Bad category', 'ok-one phrases.0']),
    );
  });

  test('HTML and script in text fields are kept as text (shown inert by the page)', () => {
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const read = readMapFile(
      map([entry({ why: payload, rewrites: [`the <b>fix</b> ${'&lt;'}`], examples: [] })], { name: '<i>Team</i>' }),
    );
    expect(read.entries[0]!.why).toBe(payload);
    expect(read.name).toBe('<i>Team</i>');
  });

  test('a byte-order mark at the start is accepted; the example map imports cleanly', () => {
    const text = readFileSync('examples/team-map.json', 'utf8');
    const read = readMapFile(`\uFEFF${text}`);
    expect(read.name).toBe('Payments team');
    expect(read.entries.map((e) => e.id)).toEqual(['payment-provider', 'ledger-sync', 'backoff']);
    expect(read.disable).toEqual(['circuit-breaker']);
  });
});

describe('importing changes nothing when the file is wrong', () => {
  const before = { map: { version: 1, entries: [entry()], disable: [] }, source: 'before.json', savedAt: 1 };
  beforeEach(async () => {
    fakeBrowser.reset();
    await teamMapItem.setValue(before);
    await personalMapItem.setValue(null);
    await settingsItem.setValue({ highlightWhileReading: false, disabledTrackers: ['linear'] });
    await ignoredPhrasesItem.setValue(['cache']);
  });

  const unchanged = async () => {
    expect(await teamMapItem.getValue()).toEqual(before);
    expect(await personalMapItem.getValue()).toBeNull();
    expect(await settingsItem.getValue()).toEqual({ highlightWhileReading: false, disabledTrackers: ['linear'] });
    expect(await ignoredPhrasesItem.getValue()).toEqual(['cache']);
  };

  for (const [what, text] of CORPUS) {
    test(`a team map: ${what}`, async () => {
      await expect(importTeamMap(text, 'bad.json')).rejects.toBeInstanceOf(ImportRefused);
      await unchanged();
    });
  }

  test('a team map that clashes with personal changes is refused, naming them', async () => {
    await personalMapItem.setValue({
      map: { version: 1, entries: [], disable: ['ledger-sync'] },
      source: 'me',
      savedAt: 2,
    });
    const error = await importTeamMap(map([]), 'team.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect((error as ImportRefused).issues).toEqual([
      { entry: 'your personal changes: ledger-sync', field: 'disable', message: 'no entry has this id' },
    ]);
    expect(await teamMapItem.getValue()).toEqual(before);
  });

  test('a team map cannot be imported over one set by policy', async () => {
    await setPolicy({ teamMap: { version: 1, entries: [] }, managedBy: 'Demo IT' });
    const error = await importTeamMap(readFileSync('examples/team-map.json', 'utf8'), 'team.json').catch(
      (e: unknown) => e,
    );
    expect((error as ImportRefused).issues[0]!.message).toMatch(/set by Demo IT and cannot be imported over/);
    expect(await teamMapItem.getValue()).toEqual(before);
  });

  test('a good team map is stored with where it came from', async () => {
    const read = await importTeamMap(readFileSync('examples/team-map.json', 'utf8'), 'team-map.json');
    expect(read.entries).toHaveLength(3);
    expect(await teamMapItem.getValue()).toMatchObject({ source: 'team-map.json', map: { name: 'Payments team' } });
  });

  const SETTINGS_CORPUS: [string, string, RegExp][] = [
    ['invalid JSON', '{"kind": ', /\(file\), \(json\): not valid JSON/],
    ['another kind of file', JSON.stringify({ kind: 'something-else', version: 1 }), /\(file\), kind/],
    ['a team map instead of a settings file', map([entry()]), /\(file\), kind/],
    ['version 2', JSON.stringify({ kind: 'customer-terms-settings', version: 2 }), /\(file\), version/],
    [
      'a setting of the wrong type',
      JSON.stringify({ kind: 'customer-terms-settings', version: 1, settings: { highlightWhileReading: 'yes' } }),
      /settings\.highlightWhileReading/,
    ],
    [
      'trackers not a list',
      JSON.stringify({ kind: 'customer-terms-settings', version: 1, settings: { disabledTrackers: 'jira' } }),
      /settings\.disabledTrackers/,
    ],
    [
      'an unknown setting',
      JSON.stringify({ kind: 'customer-terms-settings', version: 1, settings: { colour: 'red' } }),
      /Unrecognized key/i,
    ],
    [
      'ignored phrases not a list',
      JSON.stringify({ kind: 'customer-terms-settings', version: 1, ignoredPhrases: 'cache' }),
      /ignoredPhrases/,
    ],
    [
      'a broken team map inside',
      JSON.stringify({ kind: 'customer-terms-settings', version: 1, teamMap: { entries: [{ id: 'x' }] } }),
      /team map: x, category/,
    ],
    [
      'a broken personal layer inside',
      JSON.stringify({ kind: 'customer-terms-settings', version: 1, personalMap: { disable: ['nope'] } }),
      /personal: nope, disable: no entry has this id/,
    ],
    [
      'a 10 MB file',
      JSON.stringify({ kind: 'customer-terms-settings', version: 1, ignoredPhrases: ['x'.repeat(10_000_000)] }),
      /\(file\), \(size\): the file is 10\.0 MB/,
    ],
    [
      'nesting 100,000 deep',
      `{"kind": "customer-terms-settings", "version": 1, "teamMap": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      /\(file\), \(nesting\)/,
    ],
  ];
  for (const [what, text, message] of SETTINGS_CORPUS) {
    test(`a settings file: ${what}`, async () => {
      const error = await importSettingsFile(text, 'settings.json').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PhraseMapError);
      expect((error as Error).message).toMatch(message);
      await unchanged();
    });
  }

  test('all settings round-trip through a file', async () => {
    await personalMapItem.setValue({ map: { version: 1, entries: [], disable: ['cache'] }, source: 'me', savedAt: 3 });
    const file = await exportSettingsFile();
    fakeBrowser.reset();
    await importSettingsFile(file, 'customer-terms-settings.json');
    expect(await settingsItem.getValue()).toEqual({ highlightWhileReading: false, disabledTrackers: ['linear'] });
    expect(await ignoredPhrasesItem.getValue()).toEqual(['cache']);
    expect((await teamMapItem.getValue())?.map).toEqual(before.map);
    expect((await personalMapItem.getValue())?.map).toEqual({ version: 1, entries: [], disable: ['cache'] });
  });
});

describe('personal changes over the team map', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a personal layer that disables a team entry loads over the team map, and survives re-reading', async () => {
    const { personalLayer, updatePersonalLayer } = await import('../../src/settings/personal-layer');
    await importTeamMap(readFileSync('examples/team-map.json', 'utf8'), 'team-map.json');
    await updatePersonalLayer(() => ({ version: 1, entries: [], disable: ['payment-provider'] }));
    expect((await personalLayer()).disable).toEqual(['payment-provider']);
    const { rebuildPhraseMap } = await import('../../src/background/phrase-map');
    expect(await rebuildPhraseMap()).toEqual([]);
    const { compiledMapItem } = await import('../../src/storage');
    const ids = (await compiledMapItem.getValue())!.map.entries.map((e) => e.id);
    expect(ids).toContain('ledger-sync');
    expect(ids).not.toContain('payment-provider');
    expect(ids).not.toContain('circuit-breaker');
  });

  test('a settings file whose personal layer disables its own team map’s entry imports', async () => {
    const team = JSON.parse(readFileSync('examples/team-map.json', 'utf8'));
    const file = JSON.stringify({
      kind: 'customer-terms-settings',
      version: 1,
      teamMap: team,
      personalMap: { disable: ['ledger-sync'] },
    });
    await importSettingsFile(file, 'settings.json');
    expect((await personalMapItem.getValue())?.map).toEqual({ disable: ['ledger-sync'] });
  });
});
