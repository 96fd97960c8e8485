// Compiles the default phrase map at build time: pages get plain data (no language
// library), and a broken entry or a failing example fails the build by its id. Two
// modules come of it: the whole map for the extension's own pages, packed
// (src/build/packed-map.ts: about 40% less to load, gzipped; the forms are unpacked only
// when read), and the content scripts' map, the matcher's tables ready-made and the
// entries without their reasons (src/build/page-map.ts).
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileEntries, validateEntries } from '../core/phrase-map/compile';
import { PhraseMapError } from '../core/phrase-map/errors';
import { exampleIssues } from '../core/rewrite/examples';
import { defaultEntries, identifierShape } from '../phrases';
import { createMatcher, type FormTable, type Matcher } from '../core/match/matcher';
import { matcherFor } from '../core/analyze';
import type { CompiledMap } from '../core/phrase-map/compiled';
import { lazyMap, packMap } from './packed-map';
import { pageMap, pageMapData } from './page-map';

const UNPACKER = fileURLToPath(new URL('./packed-map.ts', import.meta.url));
const PAGE_MAP = fileURLToPath(new URL('./page-map.ts', import.meta.url));

const DEFAULT_MAP_MODULE = 'virtual:customer-terms/default-map';
const PAGE_MAP_MODULE = 'virtual:customer-terms/page-map';
const resolved = `\0${DEFAULT_MAP_MODULE}`;
const resolvedPage = `\0${PAGE_MAP_MODULE}`;

/** The default map compiled from its entries; an example whose first rewrite no longer reads as written fails the build by its entry's id. */
function compile(): CompiledMap {
  const entries = validateEntries(defaultEntries);
  const map = compileEntries(entries, identifierShape);
  const issues = exampleIssues(map, entries);
  if (issues.length) throw new PhraseMapError(issues);
  return map;
}

/** The same keys with the same values, in any order (matching reads a table by key only). */
const sameTable = (a: FormTable, b: FormTable) =>
  a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
const sameTables = (a: Matcher, b: Matcher) => sameTable(a.words, b.words) && sameTable(a.exact, b.exact);

export function phraseMapPlugin(): Plugin {
  // Both modules come from one compile per build.
  let compiled: CompiledMap | undefined;
  const compiledMap = () => {
    compiled ??= compile();
    return compiled;
  };
  return {
    name: 'customer-terms-phrase-map',
    buildStart() {
      compiled = undefined;
    },
    resolveId(id) {
      if (id === DEFAULT_MAP_MODULE) return resolved;
      return id === PAGE_MAP_MODULE ? resolvedPage : undefined;
    },
    load(id) {
      // JSON.parse of a string literal starts faster than the same data as a JavaScript object literal.
      if (id === resolvedPage) {
        const map = compiledMap();
        const matcher = createMatcher(map);
        const data = JSON.stringify(pageMapData(map, matcher));
        // Its tables must give back exactly the matcher; if they cannot, pages get the whole map.
        if (!sameTables(matcherFor(pageMap(JSON.parse(data))), matcher)) {
          this.warn("the page map's tables do not give back the matcher; pages get the whole map");
          return `export { default } from ${JSON.stringify(DEFAULT_MAP_MODULE)};`;
        }
        return `import { pageMap } from ${JSON.stringify(PAGE_MAP)};\nexport default pageMap(JSON.parse(${JSON.stringify(data)}));`;
      }
      if (id !== resolved) return undefined;
      const map = compiledMap();
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
