// The default map tests itself: every entry's examples run here, as prh dictionaries do.
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../src/core/analyze';
import { defaultMap } from '../src/core/default-map';
import { validateEntries } from '../src/core/phrase-map/compile';
import { CATEGORIES } from '../src/core/phrase-map/schema';
import { applyRewrite, fillRewrite, startsSentence } from '../src/core/rewrite';
import { defaultEntries } from '../src/phrases';

const entries = validateEntries(defaultEntries);
const map = defaultMap();

describe('the default phrase map', () => {
  it('has at least 80 entries covering every listed category', () => {
    expect(entries.length).toBeGreaterThanOrEqual(80);
    const used = new Set(entries.map((e) => e.category));
    expect(CATEGORIES.filter((c) => c !== 'identifier' && !used.has(c))).toEqual([]);
  });

  it('gives every entry at least one example', () => {
    expect(entries.filter((e) => e.examples.length === 0).map((e) => e.id)).toEqual([]);
  });

  describe.each(entries.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    it.each(entry.examples.map((ex) => [ex.from, ex] as const))('rewrites “%s”', (_from, example) => {
      const found = analyzeWith(map, example.from).filter((f) => f.entryId === entry.id);
      expect(found, `"${example.from}" should be flagged once by ${entry.id}`).toHaveLength(1);
      const finding = found[0]!;
      const replacement = fillRewrite(entry.rewrites[0]!, example.slots ?? {}, startsSentence(example.from, finding));
      expect(applyRewrite(example.from, finding, replacement)).toBe(example.to);
    });
  });
});
