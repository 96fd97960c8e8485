// Compiles the default phrase map at build time: the content script gets plain
// data (no language library), and a broken entry fails the build by its id.
import type { Plugin } from 'vite';
import { compileMap } from '../core/phrase-map/compile';
import { defaultEntries, identifierShape } from '../phrases';

export const DEFAULT_MAP_MODULE = 'virtual:customer-terms/default-map';
const resolved = '\0' + DEFAULT_MAP_MODULE;

export function phraseMapPlugin(): Plugin {
  return {
    name: 'customer-terms-phrase-map',
    resolveId(id) {
      return id === DEFAULT_MAP_MODULE ? resolved : undefined;
    },
    load(id) {
      if (id !== resolved) return undefined;
      // JSON.parse of a string literal starts faster than the same data as a JavaScript object literal.
      const json = JSON.stringify(compileMap(defaultEntries, identifierShape));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
