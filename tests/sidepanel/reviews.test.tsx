// @vitest-environment happy-dom
// Review reminders in the panel: a saved review date makes, moves or removes the
// reminder; the start lists reviews and opens their tickets; the review step on
// the day records today's value against the before and target, adds a follow-up
// comment through the insert path, and sets the next review or closes it; the
// reviews file is checked whole before anything changes.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { reviewsFile, type Review } from '../../src/core/reviews';
import { emptyDraft } from '../../src/core/writeup';
import { memoryDraftStore, type PanelDraft } from '../../src/sidepanel/draft-store';
import { emptyEvidence } from '../../src/sidepanel/evidence';
import { memoryReviewStore } from '../../src/sidepanel/review-store';
import { WriteUpPanel } from '../../src/sidepanel/WriteUpPanel';
import { fakeConnection, fieldValue, TODAY, ticket, type FakeConnection } from './helpers';

const KEY = 'github:acme/shop#41';

function review(overrides: Partial<Review> = {}): Review {
  return {
    ticket: {
      key: KEY,
      title: 'Shoppers get logged out at checkout',
      url: 'https://github.com/acme/shop/issues/41',
      tracker: 'github',
    },
    number: { metric: 'sign-in failures', before: '3%', target: 'below 0.5%' },
    owner: 'Priya',
    date: '2026-03-01', // the day before TODAY: overdue
    readings: [],
    ...overrides,
  };
}

function savedDraft(change: (d: PanelDraft['draft']) => void = () => {}): PanelDraft {
  const draft = emptyDraft();
  draft.problem = 'Shoppers get logged out at checkout.';
  draft.number = { ...draft.number, metric: 'sign-in failures', before: '3%', target: 'below 0.5%' };
  draft.plan.reviewDate = '2026-03-01';
  draft.plan.owner = 'Priya';
  change(draft);
  return { draft, evidence: emptyEvidence() };
}

async function renderWithReviews(
  options: { connection?: FakeConnection; reviews?: Review[]; drafts?: Record<string, PanelDraft> } = {},
) {
  const connection = options.connection ?? fakeConnection(ticket({ editing: { role: 'composer', rich: false } }));
  const store = memoryDraftStore(options.drafts);
  const reviewStore = memoryReviewStore(options.reviews);
  const open = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <WriteUpPanel
      connection={connection}
      store={store}
      today={TODAY}
      copy={async () => true}
      reviews={{ store: reviewStore, open }}
    />,
  );
  await screen.findByRole('form', { name: 'The four-part write-up' });
  return { ...view, user, connection, store, reviewStore, open };
}

const reviewStep = () => screen.getByRole('region', { name: /^Review / });
const reviewsSummary = () => screen.getByText(/^Reviews:/, { selector: 'summary' });

describe('remembered from the write-up', () => {
  test('a saved review date remembers the ticket, its number, who updates the note and the date', async () => {
    const { user, reviewStore } = await renderWithReviews();
    await user.type(screen.getByLabelText('What is measured'), 'sign-in failures');
    await user.type(screen.getByLabelText('Today', { exact: true }), '3%');
    await user.type(screen.getByLabelText('Target'), 'below 0.5%');
    await user.type(screen.getByLabelText('Who updates this note after the next incident'), 'Priya');
    await waitFor(() => expect(reviewStore.data.get(KEY)?.owner).toBe('Priya'), { timeout: 2000 });
    expect(reviewStore.data.get(KEY)).toEqual({
      ticket: {
        key: KEY,
        title: 'Refactor session handling in checkout',
        url: 'https://github.com/acme/shop/issues/41',
        tracker: 'github',
      },
      number: { metric: 'sign-in failures', before: '3%', target: 'below 0.5%' },
      owner: 'Priya',
      date: '2026-04-01', // the prefilled 30 days out
      readings: [],
    });
    expect(reviewsSummary().textContent).toBe('Reviews: 1 upcoming');
  });

  test('changing the date moves the reminder; clearing it removes the reminder', async () => {
    const { user, reviewStore } = await renderWithReviews();
    const date = screen.getByLabelText('Review date');
    fireEvent.change(date, { target: { value: '2026-05-15' } });
    await waitFor(() => expect(reviewStore.data.get(KEY)?.date).toBe('2026-05-15'), { timeout: 2000 });
    fireEvent.change(date, { target: { value: '' } });
    await waitFor(() => expect(reviewStore.data.has(KEY)).toBe(false), { timeout: 2000 });
    await user.click(reviewsSummary());
    expect(screen.getByText(/No reviews yet/)).toBeTruthy();
  });

  test('evidence alone on someone else’s issue makes no reminder; a ticket still being created gets none', async () => {
    const { user, reviewStore, store, unmount } = await renderWithReviews();
    await user.click(screen.getByText('Add evidence to someone else’s issue'));
    await user.type(screen.getByLabelText('How many support tickets'), '14 tickets');
    await waitFor(() => expect(store.data.get(KEY)?.evidence.ticketCount).toBe('14 tickets'), { timeout: 2000 });
    expect(reviewStore.data.size).toBe(0);
    unmount();

    const fresh = fakeConnection(
      ticket({
        key: 'github:new:github.com/acme/shop/issues/new',
        isNew: true,
        url: 'https://github.com/acme/shop/issues/new',
      }),
    );
    const again = await renderWithReviews({ connection: fresh });
    await again.user.type(screen.getByLabelText('In one short sentence'), 'Checkout fails.');
    await waitFor(() => expect(again.store.data.size).toBe(1), { timeout: 2000 });
    expect(again.reviewStore.data.size).toBe(0);
  });

  test('starting over forgets the reminder with the draft', async () => {
    const { user, reviewStore } = await renderWithReviews({
      reviews: [review({ date: '2026-06-01' })],
      drafts: { [KEY]: savedDraft((d) => (d.plan.reviewDate = '2026-06-01')) },
    });
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear the write-up' }));
    await waitFor(() => expect(reviewStore.data.has(KEY)).toBe(false));
  });
});

describe('listed at the start', () => {
  const other = review({
    ticket: {
      key: 'linear:acme/SHOP-8',
      title: 'Exports time out for big accounts',
      url: 'https://linear.app/acme/issue/SHOP-8/exports',
      tracker: 'linear',
    },
    number: { metric: 'failed exports', before: '12 per 1,000', target: '2 per 1,000' },
    date: '2026-03-20',
    readings: [{ day: '2026-02-20', value: '9 per 1,000' }],
  });

  test('overdue and upcoming reviews, grouped, each a link to its ticket', async () => {
    const { user, open } = await renderWithReviews({ reviews: [other, review()], drafts: { [KEY]: savedDraft() } });
    expect(reviewsSummary().textContent).toBe('Reviews: 1 overdue, 1 upcoming');
    const overdue = screen.getByRole('list', { name: 'Overdue' });
    expect(
      within(overdue).getByRole('link', { name: 'Shoppers get logged out at checkout' }).getAttribute('href'),
    ).toBe('https://github.com/acme/shop/issues/41');
    expect(overdue.textContent).toContain('1 day overdue (2026-03-01) · GitHub · this ticket');
    const upcoming = screen.getByRole('list', { name: 'Upcoming' });
    expect(upcoming.textContent).toContain('due in 18 days (2026-03-20) · Linear');
    expect(upcoming.textContent).toContain(
      'failed exports: before 12 per 1,000, target 2 per 1,000 · last recorded 9 per 1,000 on 2026-02-20',
    );
    await user.click(within(upcoming).getByRole('link', { name: 'Exports time out for big accounts' }));
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ ticket: other.ticket }));
  });

  test('the ticket on screen opens its review step in place, focused, even before its day', async () => {
    const upcoming = review({ date: '2026-03-25' });
    const { user, open } = await renderWithReviews({
      reviews: [upcoming],
      drafts: { [KEY]: savedDraft((d) => (d.plan.reviewDate = '2026-03-25')) },
    });
    expect(screen.queryByRole('region', { name: /^Review / })).toBeNull();
    await user.click(reviewsSummary());
    await user.click(screen.getByRole('link', { name: 'Shoppers get logged out at checkout' }));
    expect(open).not.toHaveBeenCalled();
    expect(reviewStep()).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Review due in 23 days');
  });

  test('a notification’s click (a pending review) opens the step when the panel shows the ticket', async () => {
    const upcoming = review({ date: '2026-03-25' });
    const { reviewStore } = await renderWithReviews({
      reviews: [upcoming],
      drafts: { [KEY]: savedDraft((d) => (d.plan.reviewDate = '2026-03-25')) },
    });
    act(() => reviewStore.ask(KEY));
    await waitFor(() => expect(reviewStep()).toBeTruthy());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Review due in 23 days'));
  });
});

describe('the review step on the day', () => {
  test('today’s value against the before and the target, in words and as a meter; recorded with the review', async () => {
    const { user, reviewStore } = await renderWithReviews({ reviews: [review()], drafts: { [KEY]: savedDraft() } });
    const step = reviewStep();
    expect(within(step).getByRole('heading', { name: 'Review 1 day overdue' })).toBeTruthy();
    expect(step.textContent).toContain('sign-in failures: before 3%, target below 0.5%. Priya updates the note.');
    await user.type(within(step).getByLabelText('Today’s value'), '1.75%');
    expect(step.textContent).toContain('1.75% today: 50% of the way from 3% to the target (below 0.5%).');
    const meter = within(step).getByRole('meter', { name: 'Progress toward the target' });
    expect(meter.getAttribute('aria-valuenow')).toBe('50');
    expect(meter.getAttribute('aria-valuetext')).toBe('50% of the way from 3% to below 0.5%');
    await user.clear(within(step).getByLabelText('Today’s value'));
    await user.type(within(step).getByLabelText('Today’s value'), '0.4%');
    expect(step.textContent).toContain('0.4% today: the target (below 0.5%) is met. It was 3% before.');
    // The meter goes while the value is empty, so it is a new one now.
    expect(within(step).getByRole('meter', { name: 'Progress toward the target' }).getAttribute('aria-valuenow')).toBe(
      '100',
    );
    await user.click(within(step).getByRole('button', { name: 'Record today’s value' }));
    await waitFor(() => expect(reviewStore.data.get(KEY)?.readings).toEqual([{ day: TODAY, value: '0.4%' }]));
    expect(step.textContent).toContain(`Recorded 0.4% for ${TODAY}.`);
  });

  test('values that do not compare as numbers are shown, not judged, and no bar is drawn', async () => {
    const { user } = await renderWithReviews({ reviews: [review()], drafts: { [KEY]: savedDraft() } });
    await user.type(within(reviewStep()).getByLabelText('Today’s value'), 'hard to say');
    expect(reviewStep().textContent).toContain(
      'hard to say today (before 3%, target below 0.5%); these do not compare as numbers',
    );
    expect(within(reviewStep()).queryByRole('meter')).toBeNull();
  });

  test('the follow-up comment goes in through the insert path as a comment, and says where it goes', async () => {
    const { user, connection, reviewStore } = await renderWithReviews({
      reviews: [review()],
      drafts: { [KEY]: savedDraft() },
    });
    connection.insertResult = { ok: true, role: 'composer' };
    const step = reviewStep();
    const add = within(step).getByRole('button', { name: 'Add the follow-up as a comment' });
    expect((add as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(step).getByLabelText('Today’s value'), '0.4%');
    expect(fieldValue('Follow-up comment')).toBe(
      'Sign-in failures went from 3% to 0.4% since the fix (target: below 0.5%).',
    );
    expect(step.textContent).toContain(
      'Goes into the new comment box, as one change you can undo in the page (Ctrl+Z).',
    );
    await user.click(add);
    expect(connection.inserts).toHaveLength(1);
    expect(connection.inserts[0]).toMatchObject({
      prefer: 'comment',
      markdown: 'Sign-in failures went from 3% to 0.4% since the fix (target: below 0.5%).',
      blocks: [
        { kind: 'paragraph', text: 'Sign-in failures went from 3% to 0.4% since the fix (target: below 0.5%).' },
      ],
    });
    await screen.findByText('Inserted into the new comment box. Undo it in the page with Ctrl+Z if needed.');
    await waitFor(() => expect(reviewStore.data.get(KEY)?.readings).toEqual([{ day: TODAY, value: '0.4%' }]));
  });

  test('an edited comment is kept as typed; a failed insert says so and keeps it', async () => {
    const { user, connection } = await renderWithReviews({ reviews: [review()], drafts: { [KEY]: savedDraft() } });
    connection.insertResult = { ok: false, reason: 'No comment box is open.' };
    const step = reviewStep();
    await user.type(within(step).getByLabelText('Today’s value'), '1%');
    const comment = within(step).getByLabelText('Follow-up comment');
    await user.clear(comment);
    await user.type(comment, 'Down to 1% after the session fix; support tickets halved.');
    await user.type(within(step).getByLabelText('Today’s value'), '{Backspace}2%');
    expect(fieldValue('Follow-up comment')).toBe('Down to 1% after the session fix; support tickets halved.');
    await user.click(within(step).getByRole('button', { name: 'Add the follow-up as a comment' }));
    await screen.findByText('Not inserted: No comment box is open. Your text is still here.');
  });

  test('setting the next review moves the reminder and the write-up’s date, keeping today’s value', async () => {
    const { user, reviewStore, store } = await renderWithReviews({
      reviews: [review()],
      drafts: { [KEY]: savedDraft() },
    });
    const step = reviewStep();
    await user.type(within(step).getByLabelText('Today’s value'), '0.9%');
    expect(fieldValue('Next review')).toBe('2026-04-01');
    fireEvent.change(within(step).getByLabelText('Next review'), { target: { value: '2026-04-15' } });
    await user.click(within(step).getByRole('button', { name: 'Set the next review' }));
    await screen.findByText('Next review set for 2026-04-15.');
    expect(screen.queryByRole('region', { name: /^Review / })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Next review set for 2026-04-15.');
    expect(reviewStore.data.get(KEY)).toMatchObject({ date: '2026-04-15', readings: [{ day: TODAY, value: '0.9%' }] });
    expect(fieldValue('Review date')).toBe('2026-04-15');
    await waitFor(() => expect(store.data.get(KEY)?.draft.plan.reviewDate).toBe('2026-04-15'), { timeout: 2000 });
    expect(reviewStore.data.get(KEY)?.readings).toHaveLength(1);
  });

  test('closing the review removes the reminder and clears the write-up’s date', async () => {
    const { user, reviewStore, store } = await renderWithReviews({
      reviews: [review()],
      drafts: { [KEY]: savedDraft() },
    });
    await user.click(within(reviewStep()).getByRole('button', { name: 'Close the review' }));
    await screen.findByText('Review closed; its reminder is removed.');
    expect(reviewStore.data.has(KEY)).toBe(false);
    expect(fieldValue('Review date')).toBe('');
    await waitFor(() => expect(store.data.get(KEY)?.draft.plan.reviewDate).toBe(''), { timeout: 2000 });
    expect(reviewStore.data.has(KEY)).toBe(false);
  });

  test('usable by keyboard alone: value, record, comment, next', async () => {
    const { user, reviewStore } = await renderWithReviews({ reviews: [review()], drafts: { [KEY]: savedDraft() } });
    within(reviewStep()).getByRole('heading').focus();
    await user.tab();
    expect(document.activeElement).toBe(within(reviewStep()).getByLabelText('Today’s value'));
    await user.keyboard('0.4%');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Record today’s value');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(reviewStore.data.get(KEY)?.readings).toHaveLength(1));
  });
});

describe('carried in a file', () => {
  const upload = async (user: ReturnType<typeof userEvent.setup>, text: string) => {
    await user.click(reviewsSummary());
    await user.upload(
      screen.getByLabelText('Import reviews from a file'),
      new File([text], 'reviews.json', { type: 'application/json' }),
    );
  };

  test('export is a download link holding the reviews file', async () => {
    const { user } = await renderWithReviews({ reviews: [review()], drafts: { [KEY]: savedDraft() } });
    await user.click(reviewsSummary());
    const link = screen.getByRole('link', { name: 'Export reviews (JSON)' });
    expect(link.getAttribute('download')).toBe(`customer-terms-reviews-${TODAY}.json`);
    const json = decodeURIComponent(link.getAttribute('href')!.replace(/^data:application\/json;charset=utf-8,/, ''));
    expect(JSON.parse(json)).toMatchObject({ kind: 'customer-terms-reviews', version: 1, reviews: [review()] });
  });

  test('a file with one bad review changes nothing and names the problem', async () => {
    const { user, reviewStore } = await renderWithReviews({ reviews: [review()], drafts: { [KEY]: savedDraft() } });
    const bad = reviewsFile(
      [
        review({ ticket: { ...review().ticket, key: 'github:acme/shop#50' }, date: 'soon' }),
        review({ date: '2026-09-09' }),
      ],
      TODAY,
    );
    await upload(user, bad);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('reviews.json was not imported; nothing changed.');
    expect(alert.textContent).toContain('review 1 (github:acme/shop#50), date: use a real date as YYYY-MM-DD');
    expect(reviewStore.data.get(KEY)?.date).toBe('2026-03-01');
    expect(reviewStore.data.size).toBe(1);
  });

  test('a good file adds its reviews, replaces the same ticket’s, and the write-up takes the imported date', async () => {
    const { user, reviewStore } = await renderWithReviews({ reviews: [review()], drafts: { [KEY]: savedDraft() } });
    const other = review({
      ticket: {
        key: 'jira:acme.atlassian.net/SHOP-7',
        title: 'Renewals fail',
        url: 'https://acme.atlassian.net/browse/SHOP-7',
        tracker: 'jira',
      },
      date: '2026-03-10',
    });
    await upload(user, reviewsFile([review({ date: '2026-03-30' }), other], TODAY));
    await screen.findByText('Imported 2 reviews (1 replaced the one already here for the same ticket).');
    expect(reviewStore.data.get(KEY)?.date).toBe('2026-03-30');
    expect(reviewStore.data.get(other.ticket.key)).toEqual(other);
    expect(fieldValue('Review date')).toBe('2026-03-30');
    await waitFor(() => expect(reviewsSummary().textContent).toBe('Reviews: 2 upcoming'));
  });

  test('a ticket with no draft on this device takes its imported review into the fresh write-up', async () => {
    await renderWithReviews({ reviews: [review({ date: '2026-03-30', owner: 'Sam' })] });
    await waitFor(() => expect(fieldValue('Review date')).toBe('2026-03-30'));
    expect(fieldValue('Who updates this note after the next incident')).toBe('Sam');
    expect(fieldValue('What is measured')).toBe('sign-in failures');
  });
});
