// The default map as the content scripts carry it: packed at build time, unpacked when the
// bundle loads, and exactly what the compiler wrote.
import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { compileEntries, validateEntries } from '../../src/core/phrase-map/compile';
import type { CompiledMap } from '../../src/core/phrase-map/compiled';
import { lazyMap, packForms, packMap, unpackForms, unpackMap } from '../../src/build/packed-map';
import { matcherFor } from '../../src/core/analyze';
import { createMatcher } from '../../src/core/match/matcher';
import { compiledDefaultMap } from '../../src/phrases/compiled';
import { defaultEntries, identifierShape } from '../../src/phrases';

const compiled = (): CompiledMap => compileEntries(validateEntries(defaultEntries), identifierShape);

describe('packed phrase map', () => {
  test('unpacks to the compiled map, key for key and in order', () => {
    const map = compiled();
    const packed = JSON.parse(JSON.stringify(packMap(map)));
    expect(JSON.stringify(unpackMap(packed))).toBe(JSON.stringify(map));
  });

  test('the map the bundle exports (through the build plugin) is the compiled one', () => {
    expect(JSON.stringify(compiledDefaultMap)).toBe(JSON.stringify(compiled()));
  });

  test('its matcher, built straight from the packed text, is the one its forms build', () => {
    const map = compiled();
    const fromPacked = matcherFor(lazyMap(JSON.parse(JSON.stringify(packMap(map)))));
    const fromForms = createMatcher(map);
    expect(fromPacked.words.size).toBeGreaterThan(4000);
    expect([...fromPacked.words]).toEqual([...fromForms.words]);
    expect([...fromPacked.exact]).toEqual([...fromForms.exact]);
  });

  test('is much smaller gzipped than the JSON it replaces', () => {
    const map = compiled();
    const packed = gzipSync(JSON.stringify(packMap(map))).length;
    expect(packed).toBeLessThan(gzipSync(JSON.stringify(map)).length * 0.7);
  });

  test('edits of the form before, lookup keys only where splitting at spaces does not give them', () => {
    const forms: [string, number, string[]?][] = [
      ['refactor', 0],
      ['refactored', 0],
      ['refactors', 0],
      ['clean up', 1, ['clean', ' up']],
      ['clean-up', 1, ['clean', ' up']],
      ['p99.9', 2, ['p99', '.9']],
    ];
    const text = packForms(forms);
    expect(text).toBe('0:refactor|~00ed|~02s\n1:clean up|~21-^clean^ up\n2:p99.9^p99^.9');
    expect(unpackForms(text)).toEqual(forms);
  });

  test('a form holding a separator is refused (the build then bundles the map unpacked)', () => {
    expect(() => packForms([['a|b', 0]])).toThrow(/separator/);
  });
});
