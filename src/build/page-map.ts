// The built-in map as the content scripts carry it: the matcher's tables ready-made, and the
// entries without their reasons. A fresh page builds its matcher from the tables in a few
// milliseconds (from the packed forms it took 20 to 50), and the reasons, read only on the card
// and in a list row's details, are asked of the background when one opens (src/page/reasons.ts);
// the room they leave in the bundle is what the tables take. No page reads the forms themselves,
// so they are not carried at all: the extension's own pages use the whole map (packed-map.ts).
import { buildMatcherWith } from '../core/analyze';
import type { FormTable, Matcher } from '../core/match/matcher';
import type { CompiledEntry, CompiledMap } from '../core/phrase-map/compiled';
import { DIGIT_VALUE, DIGITS } from './packed-map';

/**
 * A matcher table as its keys, one per line, and their values in the same order. Each key is
 * written as the key before it edited: one digit for how much of its beginning to keep, then
 * the rest ("refactored" after "refactor" is "8ed"); the keys go in the order the matcher
 * added them, a form's inflections together, so most of each key is kept (a sixth less to load, gzipped).
 */
export type PackedTable = [keys: string, values: number[]];

const KEY_BREAK = '\n';
const MAX_KEPT = DIGITS.length - 1;

export function packTable(table: FormTable): PackedTable {
  const lines: string[] = [];
  let previous = '';
  for (const key of table.keys()) {
    if (key.includes(KEY_BREAK)) throw new Error(`a lookup key holds a line break: ${JSON.stringify(key)}`);
    let kept = 0;
    while (kept < MAX_KEPT && kept < previous.length && previous[kept] === key[kept]) kept++;
    lines.push(DIGITS[kept] + key.slice(kept));
    previous = key;
  }
  return [lines.join(KEY_BREAK), [...table.values()]];
}

export function unpackTable([keys, values]: PackedTable): FormTable {
  const table: FormTable = new Map();
  if (!values.length) return table;
  let previous = '';
  let i = 0;
  for (const line of keys.split(KEY_BREAK)) {
    const key = previous.slice(0, DIGIT_VALUE[line.charCodeAt(0)]) + line.slice(1);
    table.set(key, values[i++]!);
    previous = key;
  }
  return table;
}

export interface PageMapData {
  version: CompiledMap['version'];
  /** The entries with `why` left empty. */
  entries: CompiledEntry[];
  identifier: CompiledEntry;
  words: PackedTable;
  exact: PackedTable;
}

const withoutWhy = (entry: CompiledEntry): CompiledEntry => ({ ...entry, why: '' });

/** What the build writes for the content scripts, from the compiled map and its matcher. */
export function pageMapData(map: CompiledMap, matcher: Matcher): PageMapData {
  return {
    version: map.version,
    entries: map.entries.map(withoutWhy),
    identifier: withoutWhy(map.identifier),
    words: packTable(matcher.words),
    exact: packTable(matcher.exact),
  };
}

function noForms(): never {
  throw new Error("the page's built-in phrase map carries its matcher, not its forms");
}

/** The map a page checks with: its matcher built from the tables when first asked for. */
export function pageMap(data: PageMapData): CompiledMap {
  const map: CompiledMap = {
    version: data.version,
    entries: data.entries,
    get words() {
      return noForms();
    },
    get exact() {
      return noForms();
    },
    get exceptions() {
      return noForms();
    },
    identifier: data.identifier,
  };
  buildMatcherWith(map, () => ({ map, words: unpackTable(data.words), exact: unpackTable(data.exact) }));
  return map;
}
