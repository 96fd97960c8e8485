import { describe, expect, it } from 'vitest';
import { draftSchema, summarySentence } from '../../src/core/writeup';
import { readyDraft } from './fixtures';

describe('summarySentence', () => {
  it('joins problem, effect and number into one sentence', () => {
    expect(summarySentence(readyDraft())).toBe(
      'Prospects can’t sign in during a live demo, which interrupts demos; we aim to cut sign-in failures from 3% to below 0.5%.',
    );
  });

  it('builds around the action when the problem does not name it', () => {
    const draft = readyDraft({
      problem: 'The page hangs for 30 seconds.',
      effect: { picks: [] },
      number: { target: '' },
    });
    expect(summarySentence(draft)).toBe('When customers sign in during a live demo, the page hangs for 30 seconds.');
  });

  it('says the action cannot be done when there is no problem yet', () => {
    expect(summarySentence(draftSchema.parse({ task: { action: 'export a report' } }))).toBe(
      "Customers can't reliably export a report.",
    );
  });

  it('adds the unit to bare values, merges "at risk" picks and raises when the target is higher', () => {
    const draft = readyDraft({
      effect: { picks: ['renewals-at-risk', 'deals-at-risk'], detail: '' },
      number: { metric: 'trial sign-ups', before: '20', target: '30', unit: '%', window: '30 days' },
    });
    expect(summarySentence(draft)).toBe(
      'Prospects can’t sign in during a live demo, which puts renewals and deals at risk; we aim to raise trial sign-ups from 20% to 30% within 30 days.',
    );
  });

  it('is empty until there is an action or a problem', () => {
    expect(summarySentence(draftSchema.parse({ effect: { picks: ['deals-at-risk'] } }))).toBe('');
  });
});
