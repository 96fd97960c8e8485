// @vitest-environment happy-dom
// Output: the preview in the tracker's format, "Insert into ticket" (and what a
// failure says), copying, and the evidence comment.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { fakeConnection, renderPanel, ticket } from './helpers';

async function fillBasics(user: Awaited<ReturnType<typeof renderPanel>>['user']) {
  await user.type(screen.getByLabelText('In one short sentence'), 'Shoppers get logged out mid-checkout.');
  await user.type(screen.getByLabelText('Quick entry: today → target'), '3% -> below 0.5%');
}

describe('preview', () => {
  test('GitHub gets markdown', async () => {
    const { user } = await renderPanel();
    await fillBasics(user);
    const preview = screen.getByRole('figure', { name: 'Preview as GitHub markdown' });
    const text = preview.querySelector('pre')!.textContent!;
    expect(text).toMatch(/^Shoppers get logged out mid-checkout/);
    expect(text).toContain('## What goes wrong today');
    expect(text).toContain('- **Before:** 3%');
  });

  test('Jira gets rich text: headings and lists, no markdown marks', async () => {
    const jira = ticket({
      tracker: 'jira',
      trackerLabel: 'Jira',
      key: 'jira:acme.atlassian.net/SHOP-7',
      editing: { role: 'description', rich: true },
    });
    const { user } = await renderPanel({ connection: fakeConnection(jira) });
    await fillBasics(user);
    const preview = screen.getByRole('figure', { name: 'Preview as Jira rich text' });
    expect(within(preview).getByRole('heading', { name: 'What goes wrong today' })).toBeTruthy();
    expect(
      within(preview)
        .getAllByRole('listitem')
        .some((li) => li.textContent === 'Before: 3%'),
    ).toBe(true);
    expect(preview.textContent).not.toContain('**');
  });
});

describe('insert into ticket', () => {
  test('says where it goes, sends markdown and blocks, and reports success', async () => {
    const { user, connection } = await renderPanel();
    await fillBasics(user);
    expect(screen.getByText(/Goes into the description being edited, as one change you can undo/)).toBeTruthy();
    expect(
      screen.getByText(/replaces an earlier write-up there, or goes on top; nothing else you wrote is removed/),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Insert into ticket' }));
    expect(connection.inserts).toHaveLength(1);
    const [request] = connection.inserts;
    expect(request!.prefer).toBe('description');
    expect(request!.markdown).toContain('## What goes wrong today');
    expect(request!.blocks[0]).toEqual({ kind: 'paragraph', text: expect.stringMatching(/^Shoppers get logged out/) });
    expect(await screen.findByText(/Inserted into the description being edited/)).toBeTruthy();
  });

  test('a second insert asks to replace the write-up the first one put in', async () => {
    const { user, connection } = await renderPanel();
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Insert into ticket' }));
    await screen.findByText(/Inserted into/);
    const first = connection.inserts[0]!.blocks[0];
    await user.type(screen.getByLabelText('When or where'), 'on mobile');
    await user.click(screen.getByRole('button', { name: 'Insert into ticket' }));
    expect(connection.inserts[1]!.oldSummary).toBe(first?.kind === 'paragraph' ? first.text : '');
  });

  test('a failed insert keeps every field as typed and says what happened', async () => {
    const connection = fakeConnection();
    connection.insertResult = { ok: false, reason: 'No field is open for editing.' };
    const { user } = await renderPanel({ connection });
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Insert into ticket' }));
    expect(
      await screen.findByText('Not inserted: No field is open for editing. Your text is still here.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('In one short sentence') as HTMLTextAreaElement).value).toBe(
      'Shoppers get logged out mid-checkout.',
    );
    expect((screen.getByLabelText('Today') as HTMLInputElement).value).toBe('3%');
  });

  test('with no field open it says so before you try', async () => {
    await renderPanel({ connection: fakeConnection(ticket({ editing: null })) });
    expect(screen.getAllByText(/No field is open for editing in the ticket yet/).length).toBeGreaterThan(0);
  });
});

describe('copy', () => {
  test('markdown, plain text and the one-breath summary', async () => {
    const { user, copy } = await renderPanel();
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Copy markdown' }));
    expect(copy.mock.calls.at(-1)![0]).toContain('## Customer task');
    expect(await screen.findByText('Markdown copied.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy plain text' }));
    expect(copy.mock.calls.at(-1)![0]).toContain('CUSTOMER TASK');
    expect(copy.mock.calls.at(-1)![0]).not.toContain('**');
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(copy.mock.calls.at(-1)![0]).toMatch(
      /^Shoppers get logged out mid-checkout, which puts deals at risk|^Shoppers get logged out mid-checkout; we aim/,
    );
    await user.click(screen.getByRole('button', { name: 'Copy the summary for chat' }));
    expect(copy.mock.calls.at(-1)![0]).toBe(copy.mock.calls.at(-2)![0]);
  });

  test('a refused clipboard says how to copy by hand', async () => {
    const { user, copy } = await renderPanel();
    copy.mockResolvedValueOnce(false);
    await user.click(screen.getByRole('button', { name: 'Copy markdown' }));
    expect(await screen.findByText(/The browser did not allow copying/)).toBeTruthy();
  });
});

describe('add evidence', () => {
  test('builds a comment from counts, a case and deals at risk, and inserts it as a comment', async () => {
    const { user, connection } = await renderPanel();
    await user.click(screen.getByText('Add evidence to someone else’s issue'));
    await user.type(screen.getByLabelText('How many support tickets'), '14 tickets in the last 30 days');
    await user.type(screen.getByLabelText('One support case, in a line'), 'Logged out while paying');
    await user.type(screen.getByLabelText('Link to the case'), 'https://support.example.com/t/981');
    await user.type(screen.getByLabelText('Deals at risk because of it'), '2 deals in trial');
    const preview = screen.getByRole('figure', { name: 'Preview of the evidence comment' });
    expect(preview.textContent).toContain('- **Repeat support tickets:** 14 tickets in the last 30 days');
    expect(preview.textContent).toContain('  - **Link:** https://support.example.com/t/981');
    await user.click(screen.getByRole('button', { name: 'Add as a comment' }));
    expect(connection.inserts[0]!.prefer).toBe('comment');
    expect(connection.inserts[0]!.markdown).toMatch(/^### Evidence from support and sales/);
    await waitFor(() => expect(screen.getByText(/Inserted into/)).toBeTruthy());
  });
});
