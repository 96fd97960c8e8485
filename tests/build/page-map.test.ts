// The built-in map as the content scripts carry it: the matcher's tables ready-made and the
// entries without reasons. It must check text exactly as the whole map does.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeWith, matcherFor } from '../../src/core/analyze';
import { compileEntries, validateEntries } from '../../src/core/phrase-map/compile';
import { BEGINNING_ONLY, createMatcher } from '../../src/core/match/matcher';
import { packTable, pageMap, pageMapData, unpackTable } from '../../src/build/page-map';
import { builtInReasons } from '../../src/background/reasons';
import { compiledDefaultMap } from '../../src/phrases/compiled';
import { pageDefaultMap } from '../../src/phrases/page-map';
import { defaultEntries, identifierShape } from '../../src/phrases';

const compiled = () => compileEntries(validateEntries(defaultEntries), identifierShape);
/** Real ticket text, from the second labelled set (the dev corpus is outside the repository). */
const tickets = readFileSync(new URL('../detection/second-set.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { title?: string; body?: string; text?: string });

describe("the page's built-in map", () => {
  test('its tables, through JSON, are the matcher the forms build, key for key', () => {
    const map = compiled();
    const data = JSON.parse(JSON.stringify(pageMapData(map, createMatcher(map))));
    const fromTables = matcherFor(pageMap(data));
    const fromForms = createMatcher(map);
    const sorted = (table: Map<string, number>) => [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    expect(fromTables.words.size).toBeGreaterThan(4000);
    expect(sorted(fromTables.words)).toEqual(sorted(fromForms.words));
    expect(sorted(fromTables.exact)).toEqual(sorted(fromForms.exact));
    // Most beginnings are made again on the page, not carried.
    expect(data.words[1].length).toBeLessThan(fromForms.words.size * 0.85);
  });

  test('beginnings before a space are made again, and a space inside a literal gap makes none', () => {
    const table = new Map([
      ['clean', BEGINNING_ONLY],
      ['clean up', 2],
      ['p99', BEGINNING_ONLY],
      ['p99.9', 4],
      ['n', BEGINNING_ONLY],
      ['n / a', 6],
      ['retry', 9],
      ['retry storm', 10],
    ]);
    const packed = packTable(table);
    // "clean" is made from "clean up"; "p99" has no space after it, so it is written; "retry" is a form itself.
    expect(packed[0]).toBe('clean up\np99\np99.9\nn / a\nretry\nretry storm');
    expect(packed[1]).toEqual([2, BEGINNING_ONLY, 4, 6, 9, 10]);
    expect(packed[2]).toEqual(['n /']);
    const unpacked = unpackTable(JSON.parse(JSON.stringify(packed)));
    expect(new Map([...unpacked].sort())).toEqual(new Map([...table].sort()));
    expect([...unpackTable(packTable(new Map()))]).toEqual([]);
    expect(() => packTable(new Map([['a\nb', 0]]))).toThrow(/line break/);
  });

  test('finds in real tickets what the whole map finds, without the reasons', () => {
    expect(tickets.length).toBeGreaterThan(20);
    let findings = 0;
    for (const ticket of tickets) {
      const text = [ticket.title, ticket.body, ticket.text].filter(Boolean).join('\n\n');
      const whole = analyzeWith(compiledDefaultMap, text);
      const page = analyzeWith(pageDefaultMap, text);
      expect(page).toEqual(whole.map((f) => ({ ...f, why: '' })));
      findings += whole.length;
    }
    expect(findings).toBeGreaterThan(50);
  });

  test("carries no reasons and no forms; the background gives every entry's reason by id", () => {
    expect(pageDefaultMap.entries.every((e) => e.why === '')).toBe(true);
    expect(() => pageDefaultMap.words).toThrow(/not its forms/);
    const reasons = builtInReasons();
    for (const entry of [...compiledDefaultMap.entries, compiledDefaultMap.identifier])
      expect(reasons[entry.id]).toBe(entry.why);
    expect(Object.values(reasons).every((why) => why.length > 20)).toBe(true);
  });
});
