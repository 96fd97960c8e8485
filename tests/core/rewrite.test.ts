import { describe, expect, it } from 'vitest';
import { applyRewrite, fillRewrite, findingStillHolds, missingSlots, startsSentence } from '../../src/core/rewrite';

describe('rewrites', () => {
  it('fills slots and lists the ones still missing', () => {
    expect(missingSlots('{action} for {who}, {action}', { who: 'trial users' })).toEqual(['action']);
    expect(fillRewrite('{action} for {who}', { action: 'sign in', who: 'trial users' })).toBe(
      'sign in for trial users',
    );
    expect(fillRewrite('{action} works', {})).toBe('[customer action] works');
    expect(fillRewrite('ready {moment}', {})).toBe('ready');
    expect(fillRewrite('a {action} step', { action: 'upload' })).toBe('an upload step');
    expect(fillRewrite('{action} fails', { action: 'export' }, true)).toBe('Export fails');
    // A blank left empty closes up before punctuation; a word that begins with a dot keeps its space.
    expect(fillRewrite('fix {object} so it works {moment}.', { object: 'the .NET service' })).toBe(
      'fix the .NET service so it works.',
    );
  });

  it('capitalises only for a capitalised phrase that starts a sentence, line or list item', () => {
    const at = (text: string, phrase: string) => startsSentence(text, { start: text.indexOf(phrase), text: phrase });
    expect(at('Retry logic is slow', 'Retry logic')).toBe(true);
    expect(at('It broke. Redis was down', 'Redis')).toBe(true);
    expect(at('Notes:\n- Redis was down', 'Redis')).toBe(true);
    expect(at('## Redis', 'Redis')).toBe(true);
    expect(at('We restarted Redis', 'Redis')).toBe(false);
    expect(at('TTL too short', 'TTL')).toBe(false);
    expect(at('K8s pods', 'K8s')).toBe(true);
    expect(at('retry logic', 'retry logic')).toBe(false);
  });

  it('replaces exactly the finding and notices when the text moved', () => {
    const text = 'Tune the retry logic today';
    const finding = { start: 9, end: 20, text: 'retry logic' };
    expect(applyRewrite(text, finding, 'uploads')).toBe('Tune the uploads today');
    expect(findingStillHolds(text, finding)).toBe(true);
    expect(findingStillHolds('Now tune the retry logic', finding)).toBe(false);
  });
});
