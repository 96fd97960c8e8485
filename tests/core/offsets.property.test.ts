import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../src/core/analyze';
import { smallMap } from './fixture-map';

// Pieces that make the matcher work hard: phrases, code, links, Unicode of every width.
const pieces = fc.constantFrom(
  'refactor',
  'Retry logic',
  'retry\nlogic',
  'caching',
  'SEV-1',
  'N+1',
  'GC',
  'getConnection()',
  'user_id',
  '`cache`',
  '```\nretry\n```',
  'https://x.io/cache',
  '@cache',
  '#12',
  'ABC-9',
  'src/cache.ts',
  '👩🏽‍💻',
  '日本語',
  'שלום',
  'e\u0301',
  '\ud800',
  ' ',
  '\n',
  '-',
  '.',
  ',',
);
const texts = fc
  .array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 30 })
  .map((parts) => parts.join(' '));

describe('findings (property)', () => {
  it('always slice the input to the reported text, in order, without overlap', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let previousEnd = 0;
        for (const f of analyzeWith(smallMap, text)) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          expect(f.end).toBeGreaterThan(f.start);
          previousEnd = f.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('find the same phrase at the same place whatever text surrounds it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const text = `${before} refactor ${after}`;
        const offset = before.length + 1;
        const found = analyzeWith(smallMap, text).filter((f) => f.start === offset);
        // A code fence, inline code or path opened in `before` may swallow it; otherwise it is found.
        if (found.length) expect(found[0]!.text.toLowerCase().startsWith('refactor')).toBe(true);
        if (!/[`<@#/~.\\_a-zA-Z0-9]|[\u0300-\uffff]/u.test(before + after)) expect(found).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
