// The default map tests itself: every entry's examples run through the card's own
// offer, as prh dictionaries run theirs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core';
import { defaultMap } from '../src/core/default-map';
import { validateEntries } from '../src/core/phrase-map/compile';
import { CATEGORIES } from '../src/core/phrase-map/schema';
import { runExample } from '../src/core/rewrite/examples';
import { defaultEntries } from '../src/phrases';

const entries = validateEntries(defaultEntries);
const map = defaultMap();

describe('the default phrase map', () => {
  it('has at least 80 entries covering every listed category', () => {
    expect(entries.length).toBeGreaterThanOrEqual(80);
    const used = new Set(entries.map((e) => e.category));
    expect(CATEGORIES.filter((c) => c !== 'identifier' && !used.has(c))).toEqual([]);
  });

  it('gives every entry an example in a sentence, and every entry with rewrites one where a rewrite applies', () => {
    expect(entries.filter((e) => e.examples.length === 0).map((e) => e.id)).toEqual([]);
    expect(
      entries.filter((e) => e.rewrites.length > 0 && !e.examples.some((x) => x.to !== null)).map((e) => e.id),
    ).toEqual([]);
  });

  it('quotes real tickets: every sentence listed with its source is an example of its entry', () => {
    const sources = readFileSync('tests/rewrites/map-example-sources.jsonl', 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { entry: string; sentence: string; source: string });
    const missing = sources.filter(
      ({ entry, sentence }) => !entries.find((e) => e.id === entry)?.examples.some((x) => x.from === sentence),
    );
    expect(missing).toEqual([]);
    expect(sources.every((s) => /^https:\/\//.test(s.source))).toBe(true);
    // The third judged set stays a check on rewrites the map was not written against.
    const third = new Set(
      readFileSync('tests/rewrites/third-sentences.jsonl', 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { sentence: string }).sentence),
    );
    expect(entries.flatMap((e) => e.examples.filter((x) => third.has(x.from)).map((x) => x.from))).toEqual([]);
  });

  it('writes no raw braces, doubled words or empty determiners into any example', () => {
    const bad = entries
      .flatMap((e) => e.examples.map((x) => x.to ?? ''))
      .filter((to) => /[{}]|\b(\w+) \1\b|\b(?:the|a|an) (?:the|a|an)\b/i.test(to));
    expect(bad).toEqual([]);
  });

  it('puts nothing into a ticket that it would flag again', () => {
    const slots = {
      who: 'new buyers',
      action: 'check out',
      object: 'the cart',
      moment: 'during the sale',
      number: '3%',
    };
    const flagged = entries.flatMap((e) =>
      e.rewrites
        .map((r) => r.text.replace(/\{(\w+)\}/g, (_all, name: keyof typeof slots) => slots[name]))
        .flatMap((text) => analyze(`We saw ${text} today.`, { map }).map((f) => `${e.id}: “${text}” has “${f.text}”`)),
    );
    expect(flagged).toEqual([]);
  });

  describe.each(entries.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    it.each(entry.examples.map((ex) => [ex.from, ex] as const))('in “%s”', (_from, example) => {
      expect(runExample(map, entry.id, example)).toBe(example.to);
    });
  });
});
