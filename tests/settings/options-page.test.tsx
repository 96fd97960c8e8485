// @vitest-environment happy-dom
// The settings page against WXT's fake browser: the phrase map editor, layers,
// import and export, policy locks, and text from files and fields kept inert.
import { fakeBrowser, setPolicy } from './fake-browser';
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { SettingsPage } from '../../src/settings/ui/SettingsPage';
import { personalMapItem, settingsItem, teamMapItem } from '../../src/storage';

const TEAM_MAP = readFileSync('examples/team-map.json', 'utf8');
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no commands; these are what Chromium reports for the built extension.
  const commands = [
    { name: 'open-write-up', description: 'Open the write-up for this ticket', shortcut: 'Alt+Shift+W' },
    { name: '_execute_action', description: '', shortcut: '' },
  ];
  vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation((() => Promise.resolve(commands)) as never);
  location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderPage() {
  const user = userEvent.setup();
  const view = render(<SettingsPage />);
  await screen.findByRole('heading', { name: 'Phrase map' });
  return { ...view, user };
}

const row = (id: string) => {
  const el = document.querySelector<HTMLElement>(`li.entry-row[data-entry="${id}"]`);
  if (!el) throw new Error(`no row for ${id}`);
  return el;
};
const editor = () => screen.getByRole('form', { name: /New entry|Edit “/ });

async function storeTeamMap() {
  await teamMapItem.setValue({ map: JSON.parse(TEAM_MAP), source: 'team-map.json', savedAt: 1 });
}

test('lists every entry with its layer, and searches by id, phrase, category and layer', async () => {
  await storeTeamMap();
  const { user } = await renderPage();
  await waitFor(() => expect(row('ledger-sync').textContent).toContain('Team'));
  expect(row('backoff').textContent).toMatch(/Team.*replaces built-in/);
  expect(row('circuit-breaker').textContent).toContain('disabled by the team map');
  expect(row('cache').textContent).toContain('Built-in');
  const search = screen.getByLabelText('Search entries');
  await user.type(search, 'payment gateway');
  expect(document.querySelectorAll('li.entry-row')).toHaveLength(1);
  await user.clear(search);
  await user.type(search, 'team');
  const ids = [...document.querySelectorAll<HTMLElement>('li.entry-row')].map((li) => li.dataset.entry);
  expect(ids).toEqual(['backoff', 'ledger-sync', 'payment-provider']);
  await user.clear(search);
  await user.type(search, 'acronym ttl');
  expect([...document.querySelectorAll<HTMLElement>('li.entry-row')].map((li) => li.dataset.entry)).toEqual(['ttl']);
});

test('adds an entry to the personal layer; the test box flags it before saving', async () => {
  const { user } = await renderPage();
  await user.click(screen.getByRole('button', { name: 'Add an entry' }));
  const form = editor();
  await user.type(within(form).getByLabelText('Phrases, one a line'), 'jitter');
  await user.type(
    within(form).getByLabelText('Why it reads as internal (one sentence)'),
    'Jitter is our timing trick; buyers see whether paying works.',
  );
  await user.click(within(form).getByRole('button', { name: 'Add a rewrite' }));
  await user.type(within(form).getByLabelText('Rewrite 1'), 'the spread-out retries');
  await user.type(screen.getByLabelText('Sentence to try'), 'The jitter broke again.');
  const results = await screen.findByRole('list', { name: 'What the sentence gets' });
  await waitFor(() =>
    expect(results.querySelector('[data-entry="jitter"]')?.textContent).toContain(
      'The spread-out retries broke again.',
    ),
  );
  expect(personalMapItem.fallback).toBeNull();
  expect(await personalMapItem.getValue()).toBeNull();
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  await screen.findByText('Saved “jitter” in your personal layer. Open tabs use it now.');
  const stored = await personalMapItem.getValue();
  expect(stored?.map).toMatchObject({
    entries: [{ id: 'jitter', phrases: ['jitter'], rewrites: [{ as: 'noun', text: 'the spread-out retries' }] }],
  });
  expect(row('jitter').textContent).toContain('Personal');
});

test('invalid edits show the problem by field and are not saved', async () => {
  const { user } = await renderPage();
  await user.click(screen.getByRole('button', { name: 'Add an entry' }));
  const form = editor();
  await user.type(within(form).getByLabelText('Phrases, one a line'), 'retry logic');
  await user.type(within(form).getByLabelText('Id'), 'Bad Id');
  await user.click(within(form).getByRole('button', { name: 'Add a rewrite' }));
  await user.click(within(form).getByLabelText('Rewrite 1'));
  await user.paste('fix for {customer}');
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  expect(
    await within(form).findByText(/Not saved: \d+ problems? to fix first\. The map in use is unchanged\./),
  ).toBeTruthy();
  expect(within(form).getByLabelText('Id').getAttribute('aria-invalid')).toBe('true');
  expect(form.textContent).toContain('an id is lowercase words joined by hyphens');
  expect(form.textContent).toContain('why cannot be empty');
  const rewrite = within(form).getByLabelText('Rewrite 1');
  expect(rewrite.getAttribute('aria-invalid')).toBe('true');
  expect(rewrite.closest('li')?.querySelector('.field-error')?.textContent).toMatch(
    /^a rewrite may only use the slots \{action\}/,
  );
  // Fix the id and the rewrite: the duplicate phrase is what is left.
  await user.clear(within(form).getByLabelText('Id'));
  await user.type(within(form).getByLabelText('Id'), 'retries');
  await user.clear(within(form).getByLabelText('Rewrite 1'));
  await user.type(within(form).getByLabelText('Rewrite 1'), 'the fix');
  await user.type(within(form).getByLabelText('Why it reads as internal (one sentence)'), 'Because.');
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(form.textContent).toMatch(/"retry logic" is listed in entry/));
  expect(await personalMapItem.getValue()).toBeNull();
});

test('an example runs as you edit: a failing one shows what it expected and what it gives', async () => {
  const { user } = await renderPage();
  await user.type(screen.getByLabelText('Search entries'), 'cve');
  await user.click(within(row('cve')).getByRole('button', { name: 'Edit cve' }));
  const form = editor();
  expect(await within(form).findByText('3 of 3 examples pass')).toBeTruthy();
  const rewrite = within(form).getByLabelText('Rewrite 1');
  await user.clear(rewrite);
  await user.type(rewrite, 'a safety switch');
  await waitFor(() => expect(within(form).getByText('2 of 3 examples pass')).toBeTruthy());
  const failing = form.querySelector('.example-list > li.failing')!;
  expect(failing.textContent).toContain('Expected');
  expect(failing.textContent).toContain('There is a security hole in the PDF export library.');
  expect(failing.textContent).toContain('There is a safety switch in the PDF export library.');
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  expect(await within(form).findByText(/Not saved/)).toBeTruthy();
  expect(await personalMapItem.getValue()).toBeNull();
  await user.click(within(form).getByRole('button', { name: 'Use what example 1 gives' }));
  await waitFor(() => expect(within(form).getByText('3 of 3 examples pass')).toBeTruthy());
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  await screen.findByText(/Saved “cve”/);
  expect(row('cve').textContent).toMatch(/Personal.*replaces built-in/);
  await user.click(within(row('cve')).getByRole('button', { name: 'Compare with built-in: cve' }));
  const table = within(row('cve')).getByRole('table');
  expect(within(table).getByRole('rowheader', { name: /Rewrites \(changed\)/ })).toBeTruthy();
  expect(within(table).getByRole('rowheader', { name: 'Phrases' })).toBeTruthy();
});

test('disable, enable and delete are personal changes', async () => {
  await personalMapItem.setValue({
    map: {
      version: 1,
      entries: [{ id: 'jitter', category: 'system', phrases: ['jitter'], why: 'Timing.' }],
      disable: [],
    },
    source: 'test',
    savedAt: 1,
  });
  const { user } = await renderPage();
  await waitFor(() => row('jitter'));
  await user.click(within(row('cache')).getByRole('button', { name: 'Disable cache' }));
  await waitFor(() => expect(row('cache').textContent).toContain('disabled by you'));
  expect((await personalMapItem.getValue())?.map).toMatchObject({ disable: ['cache'] });
  await user.click(within(row('cache')).getByRole('button', { name: 'Enable cache' }));
  await waitFor(() => expect(row('cache').textContent).not.toContain('disabled'));
  await user.click(within(row('jitter')).getByRole('button', { name: 'Delete jitter…' }));
  await user.click(within(row('jitter')).getByRole('button', { name: 'Yes, delete jitter' }));
  await waitFor(() => expect(document.querySelector('li.entry-row[data-entry="jitter"]')).toBeNull());
  expect((await personalMapItem.getValue())?.map).toMatchObject({ entries: [], disable: [] });
});

test('a broken team map is refused with every problem, and nothing changes', async () => {
  await storeTeamMap();
  const { user } = await renderPage();
  const paste = screen.getByLabelText('Or paste a team map');
  await user.click(paste);
  await user.paste(
    JSON.stringify({
      entries: [
        { id: 'Bad', phrases: [], why: '' },
        { id: 'x', category: 'system', phrases: ['retry logic'], why: 'w' },
      ],
    }),
  );
  await user.click(screen.getByRole('button', { name: 'Import the pasted team map' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Team map not imported: nothing was changed.');
  const issues = within(alert).getByRole('list', { name: 'Why the team map was not imported' });
  expect(issues.textContent).toContain('Bad, id: an id is lowercase words joined by hyphens');
  expect(issues.textContent).toContain('Bad, phrases: an entry needs at least one phrase');
  expect(issues.textContent).toContain('Bad, category');
  expect((await teamMapItem.getValue())?.source).toBe('team-map.json');
});

test('a team map file imports; a 10 MB file is refused before it is read', async () => {
  const { user } = await renderPage();
  const input = screen.getByLabelText('Team map file (JSON)') as HTMLInputElement;
  const huge = new File(['x'], 'huge.json', { type: 'application/json' });
  Object.defineProperty(huge, 'size', { value: 10_000_000 });
  const read = vi.spyOn(huge, 'text');
  await user.upload(input, huge);
  expect((await screen.findByRole('alert')).textContent).toContain(
    '(file), (size): the file is 10.0 MB; at most 1.0 MB is accepted',
  );
  expect(read).not.toHaveBeenCalled();
  await user.upload(input, new File([TEAM_MAP], 'team-map.json', { type: 'application/json' }));
  expect(
    await screen.findByText(/Imported “Payments team” from team-map\.json: 3 entries, 1 id disabled/),
  ).toBeTruthy();
  expect((await teamMapItem.getValue())?.source).toBe('team-map.json');
});

test('a storage quota reached while importing is said, and nothing changes', async () => {
  const { user } = await renderPage();
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    if ('teamMap' in items) throw new Error('Resource::kQuotaBytes quota exceeded');
    return set(items);
  });
  const input = screen.getByLabelText('Team map file (JSON)') as HTMLInputElement;
  await user.upload(input, new File([TEAM_MAP], 'team-map.json', { type: 'application/json' }));
  expect((await screen.findByRole('alert')).textContent).toContain(
    "the browser's storage for this extension on this device is full. Nothing was changed",
  );
  expect(await teamMapItem.getValue()).toBeNull();
});

test('layers: counts, and reset asks first', async () => {
  await storeTeamMap();
  const { user } = await renderPage();
  await waitFor(() =>
    expect(document.querySelector('[data-layer="team"]')?.textContent).toContain(
      '2 entries added, 1 replaced, 1 disabled',
    ),
  );
  await user.click(screen.getByRole('button', { name: 'Reset the team map…' }));
  const confirm = screen.getByRole('group', { name: 'Reset the team map…' });
  await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
  expect(await teamMapItem.getValue()).not.toBeNull();
  expect(document.activeElement?.textContent).toBe('Reset the team map…');
  await user.click(screen.getByRole('button', { name: 'Reset the team map…' }));
  await user.click(screen.getByRole('button', { name: 'Yes, remove the team map' }));
  await waitFor(async () => expect(await teamMapItem.getValue()).toBeNull());
  expect(await screen.findByText('The team map was removed.')).toBeTruthy();
});

test('exports are <a download> links to files made in the page', async () => {
  await storeTeamMap();
  await renderPage();
  const team = await screen.findByRole('link', { name: 'The team map' });
  expect(team.getAttribute('download')).toBe('team-map.json');
  expect(team.getAttribute('href')).toMatch(/^blob:/);
  const all = await screen.findByRole('link', { name: 'All settings' });
  expect(all.getAttribute('download')).toBe('customer-terms-settings.json');
  expect(screen.getByText(/My personal changes: nothing to export yet/)).toBeTruthy();
});

test('settings set by policy are locked and say who set them', async () => {
  await storeTeamMap();
  await setPolicy({
    teamMap: {
      version: 1,
      name: 'Acme',
      entries: [{ id: 'acme-sync', category: 'system', phrases: ['acme sync'], why: 'Acme’s job.' }],
    },
    managedBy: 'Demo IT',
    highlightWhileReading: false,
    disabledTrackers: ['jira'],
  });
  await renderPage();
  await waitFor(() => expect(screen.getAllByText('Set by Demo IT').length).toBeGreaterThanOrEqual(4));
  expect((screen.getByLabelText('Team map file (JSON)') as HTMLInputElement).disabled).toBe(true);
  expect((screen.getByLabelText('Or paste a team map') as HTMLTextAreaElement).disabled).toBe(true);
  expect((screen.getByRole('button', { name: 'Reset the team map…' }) as HTMLButtonElement).disabled).toBe(true);
  const reading = screen.getByLabelText(/Highlight jargon in issues and comments I am reading/) as HTMLInputElement;
  expect([reading.disabled, reading.checked]).toEqual([true, false]);
  const jira = screen.getByLabelText(/^Jira Cloud, and Jira Data Center/) as HTMLInputElement;
  expect([jira.disabled, jira.checked]).toEqual([true, false]);
  expect((screen.getByLabelText(/^GitHub, and GitHub Enterprise/) as HTMLInputElement).disabled).toBe(false);
  // The policy's map replaces the imported one.
  expect(row('acme-sync').textContent).toContain('Team');
  expect(document.querySelector('li.entry-row[data-entry="ledger-sync"]')).toBeNull();
});

test('tracker switches and the reading switch save the user’s settings', async () => {
  const { user } = await renderPage();
  await user.click(screen.getByLabelText(/^GitHub, and GitHub Enterprise/));
  await waitFor(async () => expect((await settingsItem.getValue()).disabledTrackers).toEqual(['github']));
  await user.click(screen.getByLabelText(/Highlight jargon in issues and comments I am reading/));
  await waitFor(async () =>
    expect(await settingsItem.getValue()).toEqual({ highlightWhileReading: false, disabledTrackers: ['github'] }),
  );
});

test('the browser’s shortcuts are listed with how to change them', async () => {
  await renderPage();
  const table = await screen.findByRole('table', { name: 'Set in the browser' });
  expect(table.textContent).toContain('Open the write-up for this ticket');
  expect(table.textContent).toContain('Alt+Shift+W');
  expect(table.textContent).toContain('Not set');
  expect(screen.getByText('chrome://extensions/shortcuts')).toBeTruthy();
});

test('HTML and script from a map, a search and the test box stay text', async () => {
  await teamMapItem.setValue({
    map: {
      version: 1,
      name: PAYLOAD.slice(0, 60),
      entries: [
        { id: 'xss', category: 'system', phrases: ['ledger sync'], why: PAYLOAD, rewrites: [`the <b>fix</b>`] },
      ],
    },
    source: PAYLOAD,
    savedAt: 1,
  });
  const { user } = await renderPage();
  await waitFor(() => row('xss'));
  await user.click(within(row('xss')).getByRole('button', { name: 'Edit xss' }));
  await user.type(
    screen.getByLabelText('Search entries'),
    PAYLOAD.replace(/[{[]/g, (c) => c + c),
  );
  await user.click(screen.getByLabelText('Sentence to try'));
  await user.paste(`The ledger sync ${PAYLOAD}`);
  const results = await screen.findByRole('list', { name: 'What the sentence gets' });
  await waitFor(() => expect(results.textContent).toContain(PAYLOAD));
  expect(
    (within(editor()).getByLabelText('Why it reads as internal (one sentence)') as HTMLTextAreaElement).value,
  ).toBe(PAYLOAD);
  expect(document.querySelector('main img, main script, main b')).toBeNull();
  expect(document.body.textContent).toContain('<img src=x onerror=');
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
});

test('#entry=<id> opens that entry (from "Add to phrase map")', async () => {
  location.hash = '#entry=cache';
  await renderPage();
  expect(await screen.findByRole('heading', { name: 'Edit “cache”' })).toBeTruthy();
});
