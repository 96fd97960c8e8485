// Today's value against the before and target, and the reviews file: read whole
// or not at all.
import { describe, expect, it } from 'vitest';
import {
  compareToTarget,
  followUpText,
  progressText,
  readAmount,
  readReviewsFile,
  reviewsFile,
  type Review,
} from '../../src/core/reviews';

describe('today against the before and the target', () => {
  it('reads values as people write them', () => {
    expect(readAmount('3%')).toEqual({ value: 3, unit: '%' });
    expect(readAmount('below 0.5%')).toEqual({ value: 0.5, unit: '%', bound: 'below', strict: true });
    expect(readAmount('at least 99.9%')).toEqual({ value: 99.9, unit: '%', bound: 'above', strict: false });
    expect(readAmount('12 per 1,000')).toEqual({ value: 12, unit: 'per 1,000' });
    expect(readAmount('1,200 tickets')).toEqual({ value: 1200, unit: 'tickets' });
    expect(readAmount('180 ms')).toEqual({ value: 0.18, unit: 's' });
    expect(readAmount('about 2 minutes')).toEqual({ value: 120, unit: 's' });
    expect(readAmount('a lot')).toBeNull();
  });

  it('a value past a "below" target meets it; the way there is a share of the distance', () => {
    expect(compareToTarget('3%', 'below 0.5%', '0.4%')).toMatchObject({ direction: 'down', met: true });
    expect(compareToTarget('3%', 'below 0.5%', '0.5%')).toMatchObject({ met: false });
    expect(compareToTarget('3%', 'at most 0.5%', '0.5%')).toMatchObject({ met: true });
    expect(compareToTarget('3%', 'below 0.5%', '1.75%')!.share).toBeCloseTo(0.5);
    expect(compareToTarget('3%', 'below 0.5%', '4%')!.share).toBeLessThan(0);
    expect(compareToTarget('90%', '99%', '95%')).toMatchObject({ direction: 'up', met: false });
  });

  it('a bare value is read in the write-up’s unit; different units do not compare (time units convert)', () => {
    expect(compareToTarget('3%', 'below 0.5%', '0.4')).toMatchObject({ met: true });
    expect(compareToTarget('3%', 'below 0.5%', '4 tickets')).toBeNull();
    expect(compareToTarget('1.4 s', 'under 300 ms', '250 ms')).toMatchObject({ met: true });
  });

  it('says it in words', () => {
    const n = { before: '3%', target: 'below 0.5%' };
    expect(progressText(n, '0.4%')).toBe('0.4% today: the target (below 0.5%) is met. It was 3% before.');
    expect(progressText(n, '1.75%')).toBe('1.75% today: 50% of the way from 3% to the target (below 0.5%).');
    expect(progressText(n, '3%')).toBe('3% today: no change from 3% yet; the target is below 0.5%.');
    expect(progressText(n, '4%')).toBe('4% today: worse than 3% before; the target is below 0.5%.');
    expect(progressText(n, 'fewer')).toMatch(/do not compare as numbers/);
    expect(progressText(n, ' ')).toBe('');
  });

  it('offers a follow-up comment in plain words', () => {
    expect(followUpText({ metric: 'sign-in failures', before: '3%', target: 'below 0.5%' }, '0.4%')).toBe(
      'Sign-in failures went from 3% to 0.4% since the fix (target: below 0.5%).',
    );
    expect(followUpText({ metric: '', before: '', target: '' }, '7')).toBe('The number went to 7 since the fix.');
  });
});

const REVIEW: Review = {
  ticket: {
    key: 'github:acme/shop#41',
    title: 'Logged out at checkout',
    url: 'https://github.com/acme/shop/issues/41',
    tracker: 'github',
  },
  number: { metric: 'sign-in failures', before: '3%', target: 'below 0.5%' },
  owner: 'Priya',
  date: '2026-04-01',
  readings: [{ day: '2026-03-01', value: '2%' }],
};

describe('the reviews file', () => {
  it('round-trips', () => {
    const text = reviewsFile([REVIEW], '2026-03-02');
    expect(JSON.parse(text)).toMatchObject({ kind: 'customer-terms-reviews', version: 1, exported: '2026-03-02' });
    expect(readReviewsFile(text)).toEqual({ ok: true, reviews: [REVIEW] });
  });

  it('fills readings when absent', () => {
    const { readings: _, ...bare } = REVIEW;
    const result = readReviewsFile(JSON.stringify({ kind: 'customer-terms-reviews', version: 1, reviews: [bare] }));
    expect(result).toEqual({ ok: true, reviews: [REVIEW].map((r) => ({ ...r, readings: [] })) });
  });

  it('rejects the whole file for one bad review, naming every problem', () => {
    const bad = [
      REVIEW,
      {
        ...REVIEW,
        ticket: { ...REVIEW.ticket, key: 'github:acme/shop#42', url: 'javascript:alert(1)' },
        date: '2026-02-30',
      },
      { ...REVIEW, ticket: { ...REVIEW.ticket, key: 'jira:acme/shop#43' } },
      REVIEW,
    ];
    const result = readReviewsFile(JSON.stringify({ kind: 'customer-terms-reviews', version: 1, reviews: bad }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      'review 2 (github:acme/shop#42), ticket.url: use an https:// address',
      'review 2 (github:acme/shop#42), date: use a real date as YYYY-MM-DD',
      'review 3 (jira:acme/shop#43), ticket.key: the ticket key does not belong to its tracker',
      'review 4 (github:acme/shop#41): the same ticket as review 1',
    ]);
  });

  it('rejects what is not a reviews file', () => {
    expect(readReviewsFile('{')).toEqual({ ok: false, problems: ['The file is not JSON.'] });
    expect(readReviewsFile('{"kind":"customer-terms-settings","version":1}')).toMatchObject({ ok: false });
    expect(readReviewsFile('{"kind":"customer-terms-reviews","version":2,"reviews":[]}').ok).toBe(false);
    expect(readReviewsFile('{"kind":"customer-terms-reviews","version":1,"reviews":{}}')).toEqual({
      ok: false,
      problems: ['"reviews" is not a list.'],
    });
    expect(readReviewsFile(' '.repeat(1_000_001)).ok).toBe(false);
  });
});
