import { describe, expect, it } from 'vitest';
import { applyRewrite, fillRewrite, findingStillHolds, missingSlots } from '../../src/core/rewrite';

describe('rewrites', () => {
  it('fills slots and lists the ones still missing', () => {
    expect(missingSlots('{action} for {who}, {action}', { who: 'trial users' })).toEqual(['action']);
    expect(fillRewrite('{action} for {who}', { action: 'sign in', who: 'trial users' }, 'cache')).toBe('sign in for trial users');
    expect(fillRewrite('{action} works', {}, 'cache')).toBe('{action} works');
  });

  it('capitalises after a capitalised phrase, not after an acronym', () => {
    expect(fillRewrite('sign-in that works', {}, 'Retry logic')).toBe('Sign-in that works');
    expect(fillRewrite('sign-in that works', {}, 'TTL')).toBe('sign-in that works');
    expect(fillRewrite('{action} fails', { action: 'export' }, 'Redis')).toBe('Export fails');
  });

  it('replaces exactly the finding and notices when the text moved', () => {
    const text = 'Tune the retry logic today';
    const finding = { start: 9, end: 20, text: 'retry logic' };
    expect(applyRewrite(text, finding, 'uploads')).toBe('Tune the uploads today');
    expect(findingStillHolds(text, finding)).toBe(true);
    expect(findingStillHolds('Now tune the retry logic', finding)).toBe(false);
  });
});
