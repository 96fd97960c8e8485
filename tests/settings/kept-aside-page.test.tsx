// @vitest-environment happy-dom
// The settings page when stored values no longer read: it says which and why, keeps
// them until discarded, and the page still works on the defaults.
import { fakeBrowser } from './fake-browser';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { SettingsPage } from '../../src/settings/ui/SettingsPage';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation((() => Promise.resolve([])) as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

test('a personal layer and a draft of the wrong shape are named with what was wrong, and can be discarded', async () => {
  await fakeBrowser.storage.local.set({
    personalMap: ['not', 'a', 'layer'],
    ignoredPhrases: 'redis',
    settings: { highlightWhileReading: 'sometimes', disabledTrackers: [] },
    settings$: { v: 2 },
    'unreadable:draft:github:acme/shop#41': {
      label: 'the write-up draft for github:acme/shop#41',
      reason: 'draft.task: expected object',
      raw: { draft: { task: 'x' } },
      at: 1,
    },
  });
  const user = userEvent.setup();
  render(<SettingsPage />);
  const section = await screen.findByRole(
    'region',
    { name: 'Stored values that could not be read' },
    { timeout: 5000 },
  );
  await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(2));
  expect(section.textContent).toContain('your personal phrase-map changes');
  expect(section.textContent).toContain('expected object, received array');
  expect(section.textContent).toContain('the write-up draft for github:acme/shop#41');
  expect(section.textContent).toContain('draft.task: expected object');
  // The page itself runs on safe values: no ignored phrases, reading highlights on.
  expect(screen.getByText(/No ignored phrases/)).toBeTruthy();
  expect(screen.getByRole('checkbox', { name: /comments I am reading/ })).toHaveProperty('checked', true);
  // Still stored where it was: nothing was written over it by reading.
  expect((await fakeBrowser.storage.local.get('personalMap')).personalMap).toEqual(['not', 'a', 'layer']);
  const draftRow = section.querySelector('[data-kept="unreadable:draft:github:acme/shop#41"]') as HTMLElement;
  await user.click(within(draftRow).getByRole('button', { name: 'Discard it' }));
  // Asked first: nothing is gone until "Yes".
  expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain('unreadable:draft:github:acme/shop#41');
  await user.click(within(draftRow).getByRole('button', { name: 'Yes, discard it' }));
  await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
  expect(Object.keys(await fakeBrowser.storage.local.get(null))).not.toContain('unreadable:draft:github:acme/shop#41');
});
