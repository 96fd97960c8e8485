// Compiles the default phrase map at build time: the content script gets plain
// data (no language library), and a broken entry or a failing example fails the
// build by its id. The data is packed (src/build/packed-map.ts: about 40% less to
// load, gzipped); the matcher is built from the packed text, and the forms are unpacked
// into the same CompiledMap only when read.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileEntries, validateEntries } from '../core/phrase-map/compile';
import { PhraseMapError } from '../core/phrase-map/errors';
import { exampleIssues } from '../core/rewrite/examples';
import { defaultEntries, identifierShape } from '../phrases';
import { lazyMap, packMap } from './packed-map';

const UNPACKER = fileURLToPath(new URL('./packed-map.ts', import.meta.url));

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
      // The packed form must give back exactly what was compiled; if it cannot, the map goes as it is.
      const json = JSON.stringify(map);
      let packed: string | null = null;
      try {
        const candidate = JSON.stringify(packMap(map));
        if (JSON.stringify(lazyMap(JSON.parse(candidate))) === json) packed = candidate;
        else this.warn('the packed phrase map does not unpack to the compiled one; the map is bundled unpacked');
      } catch (error) {
        this.warn(`the phrase map cannot be packed (${(error as Error).message}); it is bundled unpacked`);
      }
      if (packed === null) return `export default JSON.parse(${JSON.stringify(json)});`;
      return `import { lazyMap } from ${JSON.stringify(UNPACKER)};\nexport default lazyMap(JSON.parse(${JSON.stringify(packed)}));`;
    },
  };
}
