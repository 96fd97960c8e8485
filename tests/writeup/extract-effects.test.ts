import { describe, expect, it } from 'vitest';
import { findEffects } from '../../src/core/writeup';

describe('findEffects', () => {
  it('names the picks the text mentions, in reading order', () => {
    expect(findEffects('14 support tickets last month and two demos cut short')).toEqual({
      picks: ['repeat-tickets', 'demos-interrupted'],
      named: true,
    });
    expect(findEffects('trial users give up').picks).toEqual(['trials-stalled']);
    expect(findEffects('two accounts churned after the outage').picks).toEqual(['renewals-at-risk']);
    expect(findEffects('prospects ask if it holds up; the pipeline stalls').picks).toEqual(['deals-at-risk']);
    expect(findEffects('the sales pipeline stalls').picks).toEqual(['deals-at-risk']);
    expect(findEffects('flaky tests keep blocking the deploy pipeline').picks).toEqual([]);
  });

  it('notices sales or support named without a pick', () => {
    expect(findEffects('sales builds workarounds before every call')).toEqual({ picks: [], named: true });
  });

  it('does not read "this ticket" as support load', () => {
    expect(findEffects('This ticket tracks the Redis upgrade')).toEqual({ picks: [], named: false });
  });
});
