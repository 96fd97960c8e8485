// @vitest-environment happy-dom
// The planning note and the quick checks: each check turns green for the right
// reason; the meter and the one status line follow.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { CHECK_IDS, emptyDraft, runChecks } from '../../src/core/writeup';
import { checkStatus } from '../../src/sidepanel/components/QuickChecks';
import { checkItem, fakeConnection, passes, renderPanel, ticket, fieldValue, waitForCheck } from './helpers';

const plain = () => fakeConnection(ticket({ title: 'Sign-in keeps failing', description: '' }));

describe('planning note', () => {
  test('proof needs a sales story and a support case, each with a link or count', async () => {
    const { user } = await renderPanel({ connection: plain() });
    expect(checkItem('proof').textContent).toContain('No sales story and no support case.');
    const sales = screen.getByRole('group', { name: 'Proof from sales' });
    const support = screen.getByRole('group', { name: 'Proof from support' });
    await user.type(within(sales).getByLabelText('What happened'), 'A prospect could not sign in during the demo');
    await user.type(within(sales).getByLabelText('Link or count'), 'ACME deal, 3 seats');
    expect(checkItem('proof').textContent).toContain('No support case.');
    await user.type(within(support).getByLabelText('What happened'), 'Locked-out users write in');
    await user.type(within(support).getByLabelText('Link or count'), 'soon');
    expect(checkItem('proof').textContent).toMatch(/the support case has no link or count/i);
    await user.clear(within(support).getByLabelText('Link or count'));
    await user.type(within(support).getByLabelText('Link or count'), '14 tickets');
    expect(passes('proof')).toBe(true);
  });

  test('scope: one to three items fit; a fourth warns; housekeeping words fail', async () => {
    const { user } = await renderPanel({ connection: plain() });
    expect(checkItem('scope').textContent).toContain('No scope yet.');
    await user.type(screen.getByLabelText('Scope item 1'), 'Keep sessions alive while the store is slow{Enter}');
    await user.type(screen.getByLabelText('Scope item 2'), 'One alert on forced logouts{Enter}');
    await user.type(screen.getByLabelText('Scope item 3'), 'Test sign-in to checkout end to end');
    expect(passes('scope')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Add a scope item' }));
    await user.type(screen.getByLabelText('Scope item 4'), 'Backend cleanup');
    expect(screen.getByText(/4 items will not fit one sprint/)).toBeTruthy();
    expect(passes('scope')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Remove scope item 4' }));
    expect(screen.queryByLabelText('Scope item 4')).toBeNull();
    expect(passes('scope')).toBe(true);
    await user.clear(screen.getByLabelText('Scope item 3'));
    await user.type(screen.getByLabelText('Scope item 3'), 'misc refactor');
    expect(checkItem('scope').textContent).toContain('reads like housekeeping');
  });

  test('the review date defaults to 30 days out; a past date fails', async () => {
    const { user } = await renderPanel({ connection: plain() });
    expect(fieldValue('Review date')).toBe('2026-04-01');
    expect(checkItem('review-date').textContent).toContain('Review on 2026-04-01, in 30 days.');
    await user.clear(screen.getByLabelText('Review date'));
    expect(checkItem('review-date').textContent).toContain('No review date yet.');
    await user.type(screen.getByLabelText('Review date'), '2026-02-01');
    expect(checkItem('review-date').textContent).toContain('has passed');
    // The hint under the field follows the date chosen.
    expect(screen.getByText(/^That date has passed, so the review would be due at once\./)).toBeTruthy();
    await user.clear(screen.getByLabelText('Review date'));
    await user.type(screen.getByLabelText('Review date'), '2026-03-14');
    expect(
      screen.getByText(
        'In 12 days: early for demo issues and ticket volume to change. About 30 days out (2026-04-01) is enough to compare demo issues and ticket volume.',
      ),
    ).toBeTruthy();
    await user.clear(screen.getByLabelText('Review date'));
    await user.type(screen.getByLabelText('Review date'), '2026-04-01');
    expect(screen.getByText('In 30 days: enough to compare demo issues and ticket volume.')).toBeTruthy();
  });

  test('moment and owner reach the planning note in the preview', async () => {
    const { user } = await renderPanel({ connection: plain() });
    await user.type(screen.getByLabelText('Customer moment'), 'live demo login fails');
    await user.type(screen.getByLabelText('Who updates this note after the next incident'), 'Maria (SRE)');
    const preview = screen.getByRole('figure', { name: 'Preview as GitHub markdown' });
    expect(preview.textContent).toContain('**Customer moment:** live demo login fails');
    expect(preview.textContent).toContain('**Owner:** Maria (SRE)');
  });
});

describe('quick checks', () => {
  test('every check is listed with a plain sentence, and the hint says what to do', async () => {
    await renderPanel({ connection: plain() });
    for (const id of CHECK_IDS) expect(checkItem(id).querySelector('p')?.textContent).toBeTruthy();
    expect(checkItem('one-number').textContent).toContain('Add one number people can repeat');
  });

  test('a long summary fails "one breath" with its word count and speaking time', async () => {
    const { user } = await renderPanel({ connection: plain() });
    const long =
      'Customers who try to sign in from the mobile app on a slow connection in the morning rush before their first meeting of the day see a spinner for a long time and then give up';
    await user.click(screen.getByLabelText('In one short sentence'));
    await user.paste(long);
    expect(checkItem('one-breath').textContent).toMatch(
      /The summary is \d+ words, about \d+ seconds out loud: too long for one breath\./,
    );
  });

  test('the meter, the status line and every check turn green once the write-up is complete', async () => {
    const { user } = await renderPanel({ connection: plain() });
    const meter = screen.getByRole('meter', { name: 'Readiness' });
    expect(meter.getAttribute('aria-valuemax')).toBe('8');
    expect(Number(meter.getAttribute('aria-valuenow'))).toBeLessThan(8);
    await user.click(screen.getByRole('radio', { name: 'Sign in / log in' }));
    await user.type(screen.getByLabelText('When or where'), 'during live demos');
    await user.type(screen.getByLabelText('In one short sentence'), 'Prospects get logged out halfway through a demo.');
    await user.click(screen.getByRole('checkbox', { name: 'Demos interrupted' }));
    await user.type(screen.getByLabelText('Quick entry: today → target'), '3% -> below 0.5%');
    const sales = screen.getByRole('group', { name: 'Proof from sales' });
    const support = screen.getByRole('group', { name: 'Proof from support' });
    await user.type(within(sales).getByLabelText('What happened'), 'ACME demo stalled at login');
    await user.type(within(sales).getByLabelText('Link or count'), '2 deals');
    await user.type(within(support).getByLabelText('What happened'), 'Logged-out users write in');
    await user.type(within(support).getByLabelText('Link or count'), '14 tickets');
    await user.type(screen.getByLabelText('Scope item 1'), 'Keep sessions alive when the store is slow');
    for (const id of CHECK_IDS) await waitForCheck(id, true);
    expect(meter.getAttribute('aria-valuenow')).toBe('8');
    expect(meter.getAttribute('aria-valuetext')).toBe('8 of 8 quick checks pass');
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('All 8 quick checks pass: ready for planning.'), {
      timeout: 2000,
    });
  });

  test('the status line names what is still to do', () => {
    const checks = runChecks(emptyDraft(), { today: '2026-03-02', findJargon: () => [] });
    expect(checkStatus(checks)).toBe(
      '1 of 8 quick checks pass. Still to do: one breath, one action, one number with before and target, effect named, ' +
        'proof from both sides, review date set and scope fits a sprint.',
    );
    expect(screen.queryAllByRole('status')).toHaveLength(0);
  });
});
