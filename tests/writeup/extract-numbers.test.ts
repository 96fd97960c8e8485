import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberInput } from '../../src/core/writeup';

describe('findNumbers', () => {
  it('reads a change the ticket reports as a regression: today is where it went, the aim where it was', () => {
    expect(findNumbers('p99 latency has gone from about 180 ms to 1.4 s at peak.')[0]).toMatchObject({
      before: '1.4 s',
      target: 'about 180 ms',
    });
    expect(findNumbers('Failed exports rose from 2 per 1,000 to 12 per 1,000.')[0]).toMatchObject({
      before: '12 per 1,000',
      target: '2 per 1,000',
    });
    // A plan stays as written.
    expect(findNumbers('reduce time to recover from 8 minutes to under 2 minutes')[0]).toMatchObject({
      before: '8 minutes',
      target: 'under 2 minutes',
    });
  });

  it('reads an arrow pair', () => {
    expect(findNumbers('3% -> below 0.5%')).toEqual([
      { before: '3%', target: 'below 0.5%', unit: '%', start: 0, end: 16 },
    ]);
    expect(findNumbers('3% → 0.5%')).toEqual([{ before: '3%', target: '0.5%', unit: '%', start: 0, end: 9 }]);
  });

  it('reads the metric from a label before an arrow', () => {
    expect(findNumbers('Sign-in failures: 3% -> below 0.5%')[0]).toMatchObject({
      metric: 'Sign-in failures',
      start: 0,
    });
  });

  it('reads "from ... to ..." with the metric after the verb', () => {
    const text = 'We want to cut sign-in failures from 3% to below 0.5%.';
    const [pair] = findNumbers(text);
    expect(pair).toEqual({
      before: '3%',
      target: 'below 0.5%',
      unit: '%',
      metric: 'sign-in failures',
      start: 11,
      end: 53,
    });
    expect(text.slice(pair!.start, pair!.end)).toBe('cut sign-in failures from 3% to below 0.5%');
  });

  it('keeps rates and durations as written', () => {
    expect(findNumbers('reduce failed exports from 12 per 1,000 to 2 per 1,000')[0]).toMatchObject({
      before: '12 per 1,000',
      target: '2 per 1,000',
      unit: 'per 1,000',
      metric: 'failed exports',
    });
    expect(findNumbers('reduce time to recover from 8 minutes to under 2 minutes')[0]).toMatchObject({
      before: '8 minutes',
      target: 'under 2 minutes',
      unit: 'minutes',
      metric: 'time to recover',
    });
  });

  it('pairs a value for today with a target in the same sentence', () => {
    expect(findNumbers('The failure rate is 4.1% today, we expect below 1%.')[0]).toMatchObject({
      before: '4.1%',
      target: 'below 1%',
      metric: 'failure rate',
    });
    expect(findNumbers('Currently 4.1% of logins fail; the goal is 1%.')[0]).toMatchObject({
      before: '4.1%',
      target: '1%',
    });
  });

  it('does not pair a value for today with a number in the next sentence', () => {
    expect(findNumbers('4.1% of logins fail today. We shipped below 2 releases.')).toEqual([]);
  });

  it.each([
    'Upgrade the client to version 1.2.3',
    'We do 3 retries with backoff',
    'Bump from 1.2.3 to 1.2.4',
    'Moved the window from 2024-01-01 to 2024-02-01',
    'Fails about 3% of the time',
    'Handled 3 of 5 incidents',
  ])('finds no before/target in "%s"', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it('finds each pair once', () => {
    const text = 'Cut failed logins from 3% to 1%. Reduce recovery from 8 minutes to 2 minutes.';
    expect(findNumbers(text).map((p) => [p.before, p.target])).toEqual([
      ['3%', '1%'],
      ['8 minutes', '2 minutes'],
    ]);
  });
});

describe('parseNumberInput', () => {
  it('splits a pasted pair into before, target and unit', () => {
    expect(parseNumberInput('3% -> below 0.5%')).toEqual({ before: '3%', target: 'below 0.5%', unit: '%' });
    expect(parseNumberInput('3% to 0.5%')).toEqual({ before: '3%', target: '0.5%', unit: '%' });
    expect(parseNumberInput('from 12 to 2 per 1,000')).toEqual({
      before: '12',
      target: '2 per 1,000',
      unit: 'per 1,000',
    });
  });

  it('returns null when there is no pair', () => {
    expect(parseNumberInput('3 retries')).toBeNull();
    expect(parseNumberInput('soon')).toBeNull();
  });
});
