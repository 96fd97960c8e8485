// @vitest-environment happy-dom
// User and ticket text is always text: markup typed or read from a page never becomes elements.
import { act, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { fakeConnection, renderPanel, ticket } from './helpers';

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

test('an XSS payload typed into fields shows as text in the summary, preview and checks', async () => {
  const { user } = await renderPanel();
  const problem = screen.getByLabelText('In one short sentence');
  await user.click(problem);
  await user.paste(`Checkout fails ${PAYLOAD}`);
  await user.click(screen.getByLabelText('Customer moment'));
  await user.paste(PAYLOAD);
  expect(document.querySelector('main img, main script')).toBeNull();
  expect(document.querySelector('.summary-text')?.textContent).toContain('<img src=x onerror=');
  expect(screen.getByRole('figure', { name: 'Preview as GitHub markdown' }).textContent).toContain(
    '<script>window.__pwned=2</script>',
  );
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
});

test('markup in the ticket title, and in a rich preview, stays text', async () => {
  const jira = ticket({ tracker: 'jira', trackerLabel: 'Jira', title: `Login ${PAYLOAD}` });
  const { user } = await renderPanel({ connection: fakeConnection(jira) });
  expect(screen.getByText(`Login ${PAYLOAD}`)).toBeTruthy();
  await user.click(screen.getByLabelText('In one short sentence'));
  await user.paste(PAYLOAD);
  expect(document.querySelector('main img, main script')).toBeNull();
  expect(screen.getByRole('figure', { name: 'Preview as Jira rich text' }).textContent).toContain('<img src=x');
});

test('text chosen with "Rewrite in customer terms" becomes what goes wrong today', async () => {
  const connection = fakeConnection();
  await renderPanel({ connection });
  act(() => connection.select('  Our retry logic retries every 5xx.  '));
  await waitFor(() =>
    expect((screen.getByLabelText('In one short sentence') as HTMLTextAreaElement).value).toBe(
      'Our retry logic retries every 5xx.',
    ),
  );
  expect(screen.getByText(/The selected text is now in “What goes wrong today”/)).toBeTruthy();
  expect(screen.getByLabelText('Jargon in what goes wrong').querySelector('mark')?.textContent).toBe('retry logic');
});

test('a selection never overwrites what the user typed: it is offered next to the field instead', async () => {
  const connection = fakeConnection();
  const { user } = await renderPanel({ connection });
  const problem = screen.getByLabelText('In one short sentence') as HTMLTextAreaElement;
  await user.type(problem, 'Shoppers get signed out while paying.');
  act(() => connection.select('  Our retry logic retries every 5xx.  '));
  const offer = await screen.findByRole('group', { name: 'Selected on the page:' });
  expect(problem.value).toBe('Shoppers get signed out while paying.');
  expect(offer.textContent).toContain('Our retry logic retries every 5xx.');
  expect(screen.getByText(/Your text in “What goes wrong today” is kept/)).toBeTruthy();
  await user.click(within(offer).getByRole('button', { name: 'Use the selected text' }));
  expect(problem.value).toBe('Our retry logic retries every 5xx.');
  expect(screen.queryByRole('group', { name: 'Selected on the page:' })).toBeNull();
});
