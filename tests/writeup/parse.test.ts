import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EFFECT_PICKS, draftSchema, parseWriteUp, renderMarkdown, type WriteUpDraft } from '../../src/core/writeup';
import { readyDraft } from './fixtures';

/** What a round trip keeps: trimmed text, no blank scope items. */
function meaningful(d: WriteUpDraft): WriteUpDraft {
  const trimAll = (value: unknown): unknown =>
    typeof value === 'string'
      ? value.trim()
      : Array.isArray(value)
        ? value.map(trimAll)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimAll(v)]))
          : value;
  const out = trimAll(d) as WriteUpDraft;
  out.plan.scope = out.plan.scope.filter(Boolean);
  return out;
}

const roundTrip = (d: WriteUpDraft) => draftSchema.parse(parseWriteUp(renderMarkdown(d)) ?? {});

describe('parseWriteUp', () => {
  it('reads a rendered write-up back into the same draft', () => {
    const draft = readyDraft();
    expect(roundTrip(draft)).toEqual(draft);
  });

  it('returns only the parts it found', () => {
    const md = '### Customer task\n\n- Action: export\n\nSome unrelated text';
    expect(parseWriteUp(md)).toEqual({ task: { action: 'export' } });
  });

  it('accepts close variants: any heading level, any case, plain labels, pasted numbers', () => {
    const md = [
      '# CUSTOMER TASK',
      'Sign in',
      '#### what goes wrong today:',
      '- Trial users are logged out while paying',
      '## Effect on Sales and Support',
      '- deals at risk',
      '- Sales had to restart the demo',
      '## Number to measure',
      'sign-in failures: 3% -> below 0.5%',
      '## Planning note',
      '- Review date: 2025-07-01',
      '- Scope:',
      '    - one fix',
    ].join('\n');
    expect(parseWriteUp(md)).toEqual({
      task: { action: 'Sign in' },
      problem: 'Trial users are logged out while paying',
      effect: { picks: ['deals-at-risk'], detail: 'Sales had to restart the demo' },
      number: { before: '3%', target: 'below 0.5%', unit: '%', metric: 'sign-in failures' },
      plan: { reviewDate: '2025-07-01', scope: ['one fix'] },
    });
  });

  it('returns null for a ticket without the structure', () => {
    expect(parseWriteUp('## Steps to reproduce\n\n1. Open the app\n\n## Expected\n\nIt works')).toBeNull();
    expect(parseWriteUp('Refactor session handling')).toBeNull();
    expect(parseWriteUp('')).toBeNull();
  });

  it('round-trips arbitrary single-line text', () => {
    const line = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[#\r\n]/.test(s));
    const proof = fc.record({ text: line, link: line });
    const draft = fc.record({
      task: fc.record({ action: line, detail: line }),
      problem: line,
      effect: fc.record({ picks: fc.uniqueArray(fc.constantFrom(...EFFECT_PICKS)), detail: line }),
      number: fc.record({ metric: line, before: line, target: line, unit: line, window: line }),
      plan: fc.record({
        moment: line,
        salesStory: proof,
        supportCase: proof,
        scope: fc.array(line, { maxLength: 4 }),
        reviewDate: fc.oneof(
          fc.constant(''),
          fc
            .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
        ),
        owner: line,
      }),
    });
    fc.assert(
      fc.property(draft, (d) => {
        expect(roundTrip(d)).toEqual(meaningful(d));
      }),
      { numRuns: 200 },
    );
  });
});
