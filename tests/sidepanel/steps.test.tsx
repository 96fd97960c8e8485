// @vitest-environment happy-dom
// The four steps: each fills the draft and moves its quick check.
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import {
  checkItem,
  fakeConnection,
  isChecked,
  passes,
  renderPanel,
  summaryText,
  ticket,
  fieldValue,
  waitForCheck,
} from './helpers';

describe('1. customer task', () => {
  test('a single action in the ticket is picked up, and choosing another replaces it', async () => {
    const { user } = await renderPanel();
    const group = screen.getByRole('group', { name: 'What are customers trying to do?' });
    // "session handling in checkout": checkout is paying.
    expect(isChecked(within(group).getByRole('radio', { name: 'Pay / check out / renew' }))).toBe(true);
    await user.click(within(group).getByRole('radio', { name: 'Sign in / log in' }));
    expect(fieldValue('Action, in plain words')).toBe('sign in');
    expect(passes('one-action')).toBe(true);
    expect(checkItem('one-action').textContent).toContain('One customer action: sign in.');
  });

  test('an action typed in plain words counts, even off the list', async () => {
    const { user } = await renderPanel({
      connection: fakeConnection(ticket({ title: 'Cache tuning', description: '' })),
    });
    const input = screen.getByLabelText('Action, in plain words');
    expect(passes('one-action')).toBe(false);
    await user.type(input, 'book a meeting');
    expect(passes('one-action')).toBe(true);
    await user.type(screen.getByLabelText('When or where'), 'during a live demo');
    expect(summaryText()).toMatch(/Customers can't reliably book a meeting during a live demo/);
  });

  test('a ticket naming several actions says so and asks which one', async () => {
    const many = ticket({ title: 'Slow sign-in and failing exports', description: 'Uploads also time out.' });
    await renderPanel({ connection: fakeConnection(many) });
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/names 3 customer actions: “sign in”, “export” and “upload”/);
    expect(fieldValue('Action, in plain words')).toBe('');
    expect(checkItem('one-action').textContent).toContain('No customer action is named yet.');
  });

  test('two actions typed in the task fail the one-action check with both named', async () => {
    const { user } = await renderPanel({ connection: fakeConnection(ticket({ title: 'x', description: '' })) });
    await user.type(screen.getByLabelText('Action, in plain words'), 'sign in and export reports');
    expect(checkItem('one-action').textContent).toMatch(/names 2 customer actions/);
  });
});

describe('2. what goes wrong today', () => {
  test('jargon is marked live and a rewrite replaces just that phrase', async () => {
    const { user } = await renderPanel();
    const problem = screen.getByLabelText('In one short sentence');
    await user.type(problem, 'We must refactor the payment client.');
    const echo = screen.getByLabelText('Jargon in what goes wrong');
    expect([...echo.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['refactor']);
    await waitForCheck('no-jargon', false);
    expect(checkItem('no-jargon').textContent).toContain('“refactor”');
    const rewrites = await screen.findByRole('group', { name: 'Rewrites for “refactor”' });
    const first = within(rewrites).getAllByRole('button')[0]!;
    // The verb takes its object along, and the {action} slot is filled from step 1.
    expect(first.textContent).toBe('fix the payment client so users can pay without errors');
    await user.click(first);
    expect((problem as HTMLTextAreaElement).value).toBe(
      'We must fix the payment client so users can pay without errors.',
    );
    expect(screen.queryByLabelText('Jargon in what goes wrong')).toBeNull();
  });
});

describe('2b. rewrites with blanks the draft cannot fill', () => {
  test('a rewrite that needs the customer action waits for it, and none inserts braces', async () => {
    const { user } = await renderPanel();
    // No customer action named yet: the rebuild "that lets users [customer action]" is not offered.
    await user.clear(screen.getByLabelText('Action, in plain words'));
    const problem = screen.getByLabelText('In one short sentence') as HTMLTextAreaElement;
    await user.type(problem, 'The billing page needs a full rewrite.');
    await screen.findByText(/No rewrite fits this sentence in place/);
    expect(screen.queryByRole('group', { name: 'Rewrites for “full rewrite”' })).toBeNull();
    // Named, it is offered, finished.
    await user.type(screen.getByLabelText('Action, in plain words'), 'pay');
    const rewrites = await screen.findByRole('group', { name: 'Rewrites for “full rewrite”' });
    const buttons = within(rewrites).getAllByRole('button') as HTMLButtonElement[];
    for (const b of buttons) expect(b.textContent).not.toMatch(/[{}]/);
    expect(buttons[0]!.textContent).toBe('a rebuild that lets users pay without errors');
    await user.clear(problem);
    await user.type(problem, 'The TTL on carts is short.');
    const ready = within(await screen.findByRole('group', { name: 'Rewrites for “TTL”' })).getByRole(
      'button',
    ) as HTMLButtonElement;
    await user.click(ready);
    expect(problem.value).toBe('The expiry time on carts is short.');
  });

  test('the marked phrases are a labelled group that says “jargon:” before each mark', async () => {
    const { user } = await renderPanel();
    await user.type(screen.getByLabelText('In one short sentence'), 'The retry logic fails at checkout.');
    const echo = screen.getByRole('group', { name: 'Jargon in what goes wrong' });
    expect(echo.textContent).toBe('The jargon: retry logic fails at checkout.');
    expect(echo.querySelector('.visually-hidden')?.textContent).toBe('jargon: ');
  });
});

describe('3. effect on sales or support', () => {
  test('ticking effects names them in the check and in the summary', async () => {
    const { user } = await renderPanel({
      connection: fakeConnection(ticket({ title: 'Sign-in is slow', description: '' })),
    });
    expect(passes('effect-named')).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'Demos interrupted' }));
    await user.click(screen.getByRole('checkbox', { name: 'Renewals at risk' }));
    expect(passes('effect-named')).toBe(true);
    expect(checkItem('effect-named').textContent).toContain('demos interrupted and renewals at risk');
    expect(summaryText()).toMatch(/which interrupts demos and puts renewals at risk/);
    await user.click(screen.getByRole('checkbox', { name: 'Demos interrupted' }));
    expect(checkItem('effect-named').textContent).not.toContain('demos interrupted');
  });

  test('free text that names sales or support counts', async () => {
    const { user } = await renderPanel({
      connection: fakeConnection(ticket({ title: 'Sign-in is slow', description: '' })),
    });
    await user.type(
      screen.getByLabelText('In your own words (optional)'),
      'Support answers the same question every day.',
    );
    expect(passes('effect-named')).toBe(false);
    await user.clear(screen.getByLabelText('In your own words (optional)'));
    await user.type(
      screen.getByLabelText('In your own words (optional)'),
      'The sales team works around it in every call.',
    );
    expect(passes('effect-named')).toBe(true);
  });
});

describe('4. one number', () => {
  test('quick entry "3% -> below 0.5%" fills today and target, and draws the picture', async () => {
    const { user } = await renderPanel();
    expect(checkItem('one-number').textContent).toContain('No before-and-target number yet.');
    await user.type(screen.getByLabelText('Quick entry: today → target'), '3% -> below 0.5%');
    expect(fieldValue('Today')).toBe('3%');
    expect(fieldValue('Target')).toBe('below 0.5%');
    expect(screen.getByRole('img', { name: 'Today 3%, target below 0.5%' })).toBeTruthy();
    expect(passes('one-number')).toBe(true);
  });

  test('pasting a change into "Today" fills both values', async () => {
    const { user } = await renderPanel();
    await user.click(screen.getByLabelText('Today'));
    await user.paste('from 12 to 2 per 1,000');
    expect(fieldValue('Today')).toBe('12');
    expect(fieldValue('Target')).toBe('2 per 1,000');
    expect(fieldValue('Unit (if the values have none)')).toBe('per 1,000');
    expect(checkItem('one-number').textContent).toContain('from 12 per 1,000 to 2 per 1,000');
  });

  test('a lone value says what is missing; the metric and window reach the summary', async () => {
    const { user } = await renderPanel();
    await user.type(screen.getByLabelText('Today'), '4.1%');
    expect(checkItem('one-number').textContent).toContain('has a value for today but no target');
    await user.type(screen.getByLabelText('Target'), 'below 1%');
    await user.type(screen.getByLabelText('What is measured'), 'checkout failures');
    await user.type(screen.getByLabelText('Time frame'), '30 days');
    expect(summaryText()).toMatch(/we aim to cut checkout failures from 4.1% to below 1% within 30 days\./);
  });

  test('numbers in the ticket are offered, not filled in, unless a target is stated', async () => {
    const regression = ticket({ description: 'p99 went from about 180 ms to 1.4 s at peak.' });
    const { user } = await renderPanel({ connection: fakeConnection(regression) });
    expect(fieldValue('Today')).toBe('');
    // A regression the ticket reports: today is where it went, the target where it was.
    await user.click(screen.getByRole('button', { name: /Use .*1.4 s → about 180 ms/ }));
    expect(fieldValue('Today')).toBe('1.4 s');
    expect(fieldValue('Target')).toBe('about 180 ms');
    // The bars compare durations in one unit: today's 1.4 s is the longer bar.
    const [today, target] = [...document.querySelectorAll<HTMLElement>('.bar')].map((bar) =>
      parseFloat(bar.style.width),
    );
    expect(today).toBe(100);
    expect(target).toBeCloseTo((180 / 1400) * 100, 1);
  });

  test('a stated target in the ticket is filled in', async () => {
    const goal = ticket({ description: 'Sign-in failures are 3% today, we expect below 0.5% after the fix.' });
    await renderPanel({ connection: fakeConnection(goal) });
    expect(fieldValue('Today')).toBe('3%');
    expect(fieldValue('Target')).toBe('below 0.5%');
  });
});
