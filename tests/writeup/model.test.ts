import { describe, expect, it } from 'vitest';
import { EFFECT_LABELS, EFFECT_PICKS, draftSchema, emptyDraft } from '../../src/core/writeup';

describe('write-up draft', () => {
  it('parses an empty object into an empty draft', () => {
    expect(draftSchema.parse({})).toEqual({
      task: { action: '', detail: '' },
      problem: '',
      effect: { picks: [], detail: '' },
      number: { metric: '', before: '', target: '', unit: '', window: '' },
      plan: {
        moment: '',
        salesStory: { text: '', link: '' },
        supportCase: { text: '', link: '' },
        scope: [],
        reviewDate: '',
        owner: '',
      },
    });
    expect(emptyDraft()).toEqual(draftSchema.parse({}));
  });

  it('fills defaults inside a half-saved draft', () => {
    const draft = draftSchema.parse({ task: { action: 'export' }, plan: { salesStory: { text: 'Acme' } } });
    expect(draft.task).toEqual({ action: 'export', detail: '' });
    expect(draft.plan.salesStory).toEqual({ text: 'Acme', link: '' });
    expect(draft.plan.supportCase).toEqual({ text: '', link: '' });
  });

  it('rejects an unknown effect pick and a review date that is not YYYY-MM-DD', () => {
    expect(draftSchema.safeParse({ effect: { picks: ['morale'] } }).success).toBe(false);
    expect(draftSchema.safeParse({ plan: { reviewDate: '1 July' } }).success).toBe(false);
    expect(draftSchema.safeParse({ plan: { reviewDate: '2025-07-01' } }).success).toBe(true);
  });

  it('has a plain label for every effect pick', () => {
    for (const pick of EFFECT_PICKS) expect(EFFECT_LABELS[pick]).toMatch(/^[A-Z][a-z ]+$/);
  });
});
