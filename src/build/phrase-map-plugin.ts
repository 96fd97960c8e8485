// Compiles the default phrase map at build time: the content script gets plain
// data (no language library), and a broken entry or a failing example fails the
// build by its id.
import type { Plugin } from 'vite';
import { compileEntries, validateEntries } from '../core/phrase-map/compile';
import { PhraseMapError } from '../core/phrase-map/errors';
import { exampleIssues } from '../core/rewrite/examples';
import { defaultEntries, identifierShape } from '../phrases';

const DEFAULT_MAP_MODULE = 'virtual:customer-terms/default-map';
const resolved = `\0${DEFAULT_MAP_MODULE}`;

export function phraseMapPlugin(): Plugin {
  return {
    name: 'customer-terms-phrase-map',
    resolveId(id) {
      return id === DEFAULT_MAP_MODULE ? resolved : undefined;
    },
    load(id) {
      if (id !== resolved) return undefined;
      // JSON.parse of a string literal starts faster than the same data as a JavaScript object literal.
      const entries = validateEntries(defaultEntries);
      const map = compileEntries(entries, identifierShape);
      // An example whose first rewrite no longer reads as written fails the build by its entry's id.
      const issues = exampleIssues(map, entries);
      if (issues.length) throw new PhraseMapError(issues);
      const json = JSON.stringify(map);
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
