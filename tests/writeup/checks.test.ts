import { describe, expect, it } from 'vitest';
import { BREATH_WORDS, CHECK_IDS, draftSchema, readiness, runChecks, type CheckId } from '../../src/core/writeup';
import { options, readyDraft } from './fixtures';
import type { WriteUpDraftInput } from '../../src/core/writeup';

const check = (id: CheckId, overrides: WriteUpDraftInput = {}, today = options.today) => {
  const result = runChecks(readyDraft(overrides), { ...options, today }).find((c) => c.id === id);
  if (!result) throw new Error(`no ${id} check`);
  return result;
};

describe('runChecks', () => {
  it('passes every check on a complete write-up, with a plain message and no hint', () => {
    const results = runChecks(readyDraft(), options);
    expect(results.map((r) => r.id)).toEqual([...CHECK_IDS]);
    for (const r of results) {
      expect(r, r.id).toMatchObject({ passed: true, hint: '' });
      expect(r.message).toMatch(/^[A-Z0-9].*\.$/);
    }
  });

  it('fails every check on an empty draft, each with a hint', () => {
    const results = runChecks(draftSchema.parse({}), options);
    expect(results.filter((r) => r.passed).map((r) => r.id)).toEqual(['no-jargon']);
    for (const r of results.filter((r) => !r.passed)) expect(r.hint.length, r.id).toBeGreaterThan(10);
  });
});

describe('one-breath', () => {
  it('reports words and seconds', () => {
    expect(check('one-breath').message).toBe('The summary is 22 words, about 9 seconds out loud.');
  });

  it(`fails above ${BREATH_WORDS} words`, () => {
    const r = check('one-breath', {
      problem:
        'Prospects can’t sign in during a live demo because the page waits for three separate services and then shows a spinner that never stops for anyone',
    });
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/^The summary is \d+ words, about \d+ seconds out loud: too long for one breath\.$/);
    expect(r.hint).toContain('30 words or fewer');
  });
});

describe('one-action', () => {
  it('counts the same action written two ways once', () => {
    expect(check('one-action', { problem: 'Prospects cannot log in' }).message).toBe('One customer action: sign in.');
  });

  it('names each action when there are several', () => {
    const r = check('one-action', { problem: 'Login fails, exports hang and checkout times out' });
    expect(r).toMatchObject({
      passed: false,
      message: 'This names 3 customer actions: “sign in”, “export” and “pay”.',
    });
    expect(r.hint).toMatch(/pick the one/i);
  });

  it('accepts an action that is not on the plain-verb list', () => {
    expect(
      check('one-action', { task: { action: 'book a meeting', detail: '' }, problem: 'Booking hangs' }),
    ).toMatchObject({
      passed: true,
      message: 'One customer action: book a meeting.',
    });
  });

  it('fails when no action is named', () => {
    expect(check('one-action', { task: { action: '', detail: '' }, problem: 'Redis evictions spike' })).toMatchObject({
      passed: false,
      message: 'No customer action is named yet.',
    });
  });
});

describe('one-number', () => {
  it('takes the number from the number step', () => {
    expect(check('one-number').message).toBe('One number to measure: sign-in failures from 3% to below 0.5%.');
  });

  it('finds the number in the text when the step is empty', () => {
    const r = check('one-number', {
      number: { metric: '', before: '', target: '', unit: '' },
      problem: 'Failed exports went up; cut failed exports from 12 per 1,000 to 2 per 1,000',
    });
    expect(r).toMatchObject({
      passed: true,
      message: 'One number to measure: failed exports from 12 per 1,000 to 2 per 1,000.',
    });
  });

  it('fails on a second number', () => {
    const r = check('one-number', { effect: { detail: 'reduce repeat tickets from 40 to 10' } });
    expect(r.passed).toBe(false);
    expect(r.message).toBe(
      'There are 2 numbers: “sign-in failures from 3% to below 0.5%” and “repeat tickets from 40 to 10”.',
    );
  });

  it('says which half is missing', () => {
    expect(check('one-number', { number: { target: '' } }).message).toBe(
      'The number has a value for today but no target.',
    );
    expect(check('one-number', { number: { before: '' } }).message).toBe(
      'The number has a target but no value for today.',
    );
  });
});

describe('effect-named', () => {
  it('lists the picks', () => {
    expect(check('effect-named', { effect: { picks: ['demos-interrupted', 'repeat-tickets'] } }).message).toBe(
      'The effect is named: demos interrupted and repeat support tickets.',
    );
  });

  it('accepts a detail that names sales or support', () => {
    expect(check('effect-named', { effect: { picks: [], detail: 'Sales reschedules one call a week' } }).passed).toBe(
      true,
    );
  });

  it('fails when the effect stays inside engineering', () => {
    const r = check('effect-named', { effect: { picks: [], detail: 'error budget burn' } });
    expect(r).toMatchObject({ passed: false, message: 'The effect does not mention sales or support yet.' });
    expect(r.hint).toContain('repeat support tickets');
  });
});

describe('no-jargon', () => {
  it('lists up to three phrases, once each', () => {
    const r = check('no-jargon', {
      problem: 'Refactor session handling so Redis auth timeouts stop',
      effect: { detail: 'Redis again, then the job queue' },
    });
    expect(r.passed).toBe(false);
    expect(r.message).toBe('Still reads like engineering: “Refactor”, “session handling”, “Redis” and 2 more.');
  });
});

describe('proof', () => {
  it('wants both a sales story and a support case', () => {
    expect(check('proof', { plan: { supportCase: { text: '', link: '' } } }).message).toBe('No support case.');
  });

  it('wants a link or a count on each', () => {
    const r = check('proof', { plan: { salesStory: { text: 'Acme demo', link: 'ask Sam' } } });
    expect(r).toMatchObject({ passed: false, message: 'The sales story has no link or count.' });
    expect(check('proof', { plan: { supportCase: { text: 'Lockouts', link: 'PROJ-812' } } }).passed).toBe(true);
  });
});

describe('review-date', () => {
  it('passes for a date after today', () => {
    expect(check('review-date').message).toBe('Review on 2025-07-01, in 30 days.');
    expect(check('review-date', {}, '2025-06-30').message).toBe('Review on 2025-07-01, in 1 day.');
  });

  it('fails for a date that has passed, relative to the given today', () => {
    const r = check('review-date', {}, '2025-08-15');
    expect(r).toMatchObject({ passed: false, message: 'The review date 2025-07-01 has passed.' });
    expect(r.hint).toBe('Pick a date after today, such as 2025-09-14.');
  });

  it('fails for today and for no date', () => {
    expect(check('review-date', {}, '2025-07-01').message).toBe('The review date is today.');
    const unset = check('review-date', { plan: { reviewDate: '' } });
    expect(unset).toMatchObject({ passed: false, message: 'No review date yet.' });
    expect(unset.hint).toContain('2025-07-01');
  });

  it('fails for a date that is not on the calendar', () => {
    expect(check('review-date', { plan: { reviewDate: '2025-02-30' } }).message).toBe(
      '“2025-02-30” is not a calendar date.',
    );
  });
});

describe('scope', () => {
  it('passes for one to three items', () => {
    expect(check('scope', { plan: { scope: ['one fix'] } }).message).toBe('1 scope item: small enough for one sprint.');
  });

  it('warns that more than three will not fit one sprint', () => {
    const r = check('scope', { plan: { scope: ['a', 'b', 'c', 'd'] } });
    expect(r).toMatchObject({ passed: false, message: '4 scope items will not fit one sprint.' });
  });

  it('flags housekeeping items', () => {
    const r = check('scope', { plan: { scope: ['fix token refresh', 'misc cleanup'] } });
    expect(r).toMatchObject({ passed: false, message: '“misc cleanup” reads like housekeeping, not a fix.' });
  });

  it('ignores blank items', () => {
    expect(check('scope', { plan: { scope: ['  ', ''] } }).message).toBe('No scope yet.');
  });
});

describe('readiness', () => {
  it('counts passed checks', () => {
    const checks = runChecks(readyDraft({ plan: { reviewDate: '', scope: [] } }), options);
    expect(readiness(checks)).toEqual({ passed: 6, total: 8, ratio: 0.75 });
    expect(readiness([])).toEqual({ passed: 0, total: 0, ratio: 0 });
  });
});
