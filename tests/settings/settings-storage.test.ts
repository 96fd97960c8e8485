// Settings as stored by every earlier version, and the settings a page runs with
// once the organisation's policy is applied.
import { fakeBrowser, setPolicy } from './fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

test('version 1 settings ({ highlightWhileReading }) migrate to version 2 with no tracker switched off', async () => {
  await fakeBrowser.storage.local.set({ settings: { highlightWhileReading: false } });
  const { settingsItem } = await import('../../src/storage');
  expect(await settingsItem.getValue()).toEqual({ highlightWhileReading: false, disabledTrackers: [] });
  expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
});

test('a version 1 value of the wrong shape migrates to the defaults, not to an error', async () => {
  await fakeBrowser.storage.local.set({ settings: 'nonsense' });
  const { settingsItem } = await import('../../src/storage');
  expect(await settingsItem.getValue()).toEqual({ highlightWhileReading: true, disabledTrackers: [] });
});

test('a fresh install reads the defaults', async () => {
  const { settingsItem } = await import('../../src/storage');
  expect(await settingsItem.getValue()).toEqual({ highlightWhileReading: true, disabledTrackers: [] });
});

test('version 2 settings are read as saved', async () => {
  await fakeBrowser.storage.local.set({
    settings: { highlightWhileReading: true, disabledTrackers: ['jira'] },
    settings$: { v: 2 },
  });
  const { settingsItem } = await import('../../src/storage');
  expect(await settingsItem.getValue()).toEqual({ highlightWhileReading: true, disabledTrackers: ['jira'] });
});

test('policy wins over the user: reading switched off, and its trackers added to the user’s', async () => {
  const { settingsItem } = await import('../../src/storage');
  const { currentSettings } = await import('../../src/settings/effective');
  await settingsItem.setValue({ highlightWhileReading: true, disabledTrackers: ['linear'] });
  await setPolicy({ highlightWhileReading: false, disabledTrackers: ['jira'], managedBy: 'Demo IT' });
  expect(await currentSettings()).toEqual({ highlightWhileReading: false, disabledTrackers: ['jira', 'linear'] });
});

test('a tracker switch follows the user’s settings and the policy as they change', async () => {
  const { settingsItem } = await import('../../src/storage');
  const { watchTrackerSwitch } = await import('../../src/settings/effective');
  const seen: boolean[] = [];
  const stop = watchTrackerSwitch('jira', (on) => seen.push(on));
  await vi.waitFor(() => expect(seen).toEqual([true]));
  await settingsItem.setValue({ highlightWhileReading: true, disabledTrackers: ['jira'] });
  await vi.waitFor(() => expect(seen).toEqual([true, false]));
  await settingsItem.setValue({ highlightWhileReading: false, disabledTrackers: [] });
  await vi.waitFor(() => expect(seen).toEqual([true, false, true]));
  await setPolicy({ disabledTrackers: ['jira'] });
  await vi.waitFor(() => expect(seen).toEqual([true, false, true, false]));
  stop();
});

test('a policy team map: an example without "to" (a policy holds no null) means no rewrite fits', async () => {
  const { fromPolicy } = await import('../../src/settings/policy');
  const { readMapFile } = await import('../../src/settings/phrase-layers');
  const pushed = {
    version: 1,
    entries: [
      {
        id: 'flux-capacitor',
        category: 'component',
        phrases: ['flux capacitor'],
        why: 'Our name for the time-travel core.',
        rewrites: [{ as: 'noun', text: 'the time-travel core' }],
        examples: [
          { from: 'The flux capacitor overheated.', to: 'The time-travel core overheated.' },
          { from: 'Replace the flux capacitor wiring.' },
        ],
      },
    ],
  };
  const map = readMapFile(JSON.stringify(fromPolicy(pushed)));
  expect(map.entries[0]!.examples.map((x) => x.to)).toEqual(['The time-travel core overheated.', null]);
  await setPolicy({ teamMap: pushed, managedBy: 'Demo IT' });
  const { managedSettings } = await import('../../src/settings/policy');
  expect(await managedSettings()).toMatchObject({
    managedBy: 'Demo IT',
    teamMap: { entries: [{ examples: [{}, { to: null }] }] },
  });
});

test('the example policy files (Chrome and Firefox) carry the example team map, and it loads from either', async () => {
  const { readFileSync } = await import('node:fs');
  const { fromPolicy } = await import('../../src/settings/policy');
  const { readMapFile } = await import('../../src/settings/phrase-layers');
  const team = readMapFile(readFileSync('examples/team-map.json', 'utf8'));
  const chrome = JSON.parse(readFileSync('examples/policies/chrome-customer-terms.json', 'utf8'));
  const firefox = JSON.parse(readFileSync('examples/policies/firefox-policies.json', 'utf8'));
  const pushed = [
    chrome['3rdparty'].extensions.jaoaolegbdkakoklfaceeojgfglfmgpn,
    firefox.policies['3rdparty'].Extensions['customer-terms@customer-terms.dev'],
  ];
  for (const settings of pushed) {
    expect(settings).toMatchObject({
      managedBy: 'IT at Acme',
      highlightWhileReading: true,
      disabledTrackers: ['linear'],
    });
    expect(readMapFile(JSON.stringify(fromPolicy(settings.teamMap)))).toEqual(team);
  }
  // Chrome's policy schema has no null: the Chrome file leaves "to" out instead.
  expect(JSON.stringify(chrome)).not.toContain('null');
});
