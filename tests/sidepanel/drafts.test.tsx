// @vitest-environment happy-dom
// Drafts: saved per ticket as you type, found again after a reload, kept when
// the tab moves to another ticket, and cleared only after "Start over" is confirmed.
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { emptyDraft, renderMarkdown } from '../../src/core/writeup';
import { memoryDraftStore, reviveDraft } from '../../src/sidepanel/draft-store';
import { emptyEvidence } from '../../src/sidepanel/evidence';
import { fakeConnection, renderPanel, ticket, fieldValue } from './helpers';

const KEY = 'github:acme/shop#41';
const problem = () => screen.getByLabelText('In one short sentence') as HTMLTextAreaElement;

describe('saving', () => {
  test('typing is saved under the ticket key shortly after, and a new panel finds it', async () => {
    const store = memoryDraftStore();
    const { user } = await renderPanel({ store });
    await user.type(problem(), 'Shoppers get logged out.');
    expect(store.data.has(KEY)).toBe(false); // debounced, not on every key
    await waitFor(() => expect(store.data.get(KEY)?.draft.problem).toBe('Shoppers get logged out.'), { timeout: 2000 });
    expect(screen.getByText('Draft saved on this device.')).toBeTruthy();
    cleanup();
    await renderPanel({ store });
    expect(problem().value).toBe('Shoppers get logged out.');
    expect(screen.getByText('Your saved draft for this ticket.')).toBeTruthy();
  });

  test('closing the panel mid-typing still saves the last edit', async () => {
    const store = memoryDraftStore();
    const { user, unmount } = await renderPanel({ store });
    await user.type(problem(), 'Half a thought');
    unmount();
    await waitFor(() => expect(store.data.get(KEY)?.draft.problem).toBe('Half a thought'));
  });

  test('navigating to another ticket saves this one and loads that one’s draft', async () => {
    const other = ticket({
      key: 'github:acme/shop#42',
      title: 'Flaky tests block deploys',
      url: 'https://github.com/acme/shop/issues/42',
    });
    const store = memoryDraftStore({
      [other.key]: { draft: { ...emptyDraft(), problem: 'Releases slip a day.' }, evidence: emptyEvidence() },
    });
    const connection = fakeConnection();
    const { user } = await renderPanel({ connection, store });
    await user.type(problem(), 'Typed on 41');
    act(() => connection.change(other));
    await waitFor(() => expect(problem().value).toBe('Releases slip a day.'));
    expect(screen.getByText('Flaky tests block deploys')).toBeTruthy();
    await waitFor(() => expect(store.data.get(KEY)?.draft.problem).toBe('Typed on 41'));
    act(() => connection.change(ticket()));
    await waitFor(() => expect(problem().value).toBe('Typed on 41'));
  });

  test('a different field being edited on the same ticket keeps the draft as it is', async () => {
    const connection = fakeConnection();
    const { user } = await renderPanel({ connection });
    await user.type(problem(), 'Still here');
    act(() => connection.change(ticket({ editing: { role: 'composer', rich: false } })));
    expect((await screen.findAllByText(/Goes into the new comment box, as one change/)).length).toBe(2);
    expect(problem().value).toBe('Still here');
  });
});

describe('start over', () => {
  test('asks first; "Keep it" keeps everything and returns focus', async () => {
    const { user } = await renderPanel();
    await user.type(problem(), 'Keep me');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    const question = screen.getByRole('group', { name: /Start over\? This clears the write-up/ });
    expect(document.activeElement?.textContent).toBe('Clear the write-up');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Start over\?/ })).toBeNull();
    expect(question.isConnected).toBe(false);
    expect(problem().value).toBe('Keep me');
    expect(document.activeElement?.textContent).toBe('Start over');
  });

  test('confirming clears the saved draft and starts again from the ticket', async () => {
    const store = memoryDraftStore();
    const { user } = await renderPanel({ store });
    await user.type(problem(), 'Throw me away');
    await user.clear(screen.getByLabelText('Action, in plain words'));
    await waitFor(() => expect(store.data.has(KEY)).toBe(true), { timeout: 2000 });
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear the write-up' }));
    await waitFor(() => expect(problem().value).toBe(''));
    expect(fieldValue('Action, in plain words')).toBe('pay'); // prefilled from the ticket again
    expect(store.data.has(KEY)).toBe(false);
    expect(screen.getByText('Started over from the ticket.')).toBeTruthy();
  });
});

describe('prefill', () => {
  test('a ticket already in the four-part structure is read back into its parts', async () => {
    const existing = {
      ...emptyDraft(),
      task: { action: 'export', detail: 'at month end' },
      problem: 'Exports time out.',
    };
    existing.number = { ...existing.number, before: '12 per 1,000', target: '2 per 1,000' };
    existing.plan.reviewDate = '2026-05-01';
    const connection = fakeConnection(ticket({ description: renderMarkdown(existing) }));
    await renderPanel({ connection });
    expect(fieldValue('Action, in plain words')).toBe('export');
    expect(fieldValue('When or where')).toBe('at month end');
    expect(problem().value).toBe('Exports time out.');
    expect(fieldValue('Today')).toBe('12 per 1,000');
    expect(fieldValue('Review date')).toBe('2026-05-01');
  });

  test('the ticket’s title and jargon are shown with rewrites', async () => {
    await renderPanel();
    expect(screen.getByText('Refactor session handling in checkout')).toBeTruthy();
    const summary = screen.getByText(/internal phrases: “Refactor”, “session handling”, “retry logic”/);
    expect(summary.closest('details')?.textContent).toMatch(/“retry logic”.*Try: /s);
  });

  test('a tab without a ticket says what to do', async () => {
    const { render } = await import('@testing-library/react');
    const { WriteUpPanel } = await import('../../src/sidepanel/WriteUpPanel');
    render(<WriteUpPanel connection={fakeConnection(null)} store={memoryDraftStore()} today="2026-03-02" />);
    expect(await screen.findByText(/This tab does not show a ticket/)).toBeTruthy();
  });
});

describe('stored drafts from older versions', () => {
  test('parts that no longer validate are dropped, the rest is kept', () => {
    const revived = reviveDraft({
      draft: { problem: 'Kept', plan: { reviewDate: 'next week' }, task: { action: 'sign in' } },
      evidence: 42,
    });
    expect(revived.draft.problem).toBe('Kept');
    expect(revived.draft.task.action).toBe('sign in');
    expect(revived.draft.plan.reviewDate).toBe('');
    expect(revived.evidence).toEqual(emptyEvidence());
  });
});

test('an untouched prefill follows the ticket when the page fills in late; a touched draft does not', async () => {
  const connection = fakeConnection(ticket({ title: '', description: '' }));
  const { user } = await renderPanel({ connection });
  expect(fieldValue('Action, in plain words')).toBe('');
  act(() => connection.change(ticket({ title: 'Exports time out at month end', description: '' })));
  await waitFor(() => expect(fieldValue('Action, in plain words')).toBe('export'));
  await user.type(problem(), 'Mine now');
  act(() => connection.change(ticket({ title: 'Sign-in is slow', description: '' })));
  await new Promise((r) => setTimeout(r, 50));
  expect(fieldValue('Action, in plain words')).toBe('export');
  expect(problem().value).toBe('Mine now');
});
