// The built-in map as the content scripts carry it: the matcher's tables ready-made, and the
// entries without their reasons. A fresh page builds its matcher from the tables in 1 to 2 ms
// of script (from the packed forms it took 8 or more, and the garbage they left), and the
// reasons, read only on the card and in a list row's details, are asked of the background when
// one opens (src/page/reasons.ts); the room they leave in the bundle is what the tables take. No
// page reads the forms themselves, so they are not carried at all: the extension's own pages use
// the whole map (packed-map.ts).
import { buildMatcherWith } from '../core/analyze';
import { BEGINNING_ONLY, type FormTable, type Matcher } from '../core/match/matcher';
import type { CompiledEntry, CompiledMap } from '../core/phrase-map/compiled';

/**
 * A matcher table as its keys, one per line, their values in the same order, and the keys its
 * unpacking makes that are not in it. Most beginnings of longer forms ("clean" of "clean up")
 * are not written: a page makes them again from the words before each space of the keys
 * written, which takes less time than spelling the keys out as edits of each other and weighs
 * as little (a sixth less to load, gzipped, than every key written).
 */
export type PackedTable = [keys: string, values: number[], notKeys: string[]];

const KEY_BREAK = '\n';

/** Adds the words before each space of `key` to `table` as beginnings, where it has no such key. */
function addBeginnings(table: FormTable, key: string) {
  for (let space = key.indexOf(' '); space !== -1; space = key.indexOf(' ', space + 1)) {
    const beginning = key.slice(0, space);
    if (!table.has(beginning)) table.set(beginning, BEGINNING_ONLY);
  }
}

export function packTable(table: FormTable): PackedTable {
  const made: FormTable = new Map();
  for (const key of table.keys()) addBeginnings(made, key);
  const keys: string[] = [];
  const values: number[] = [];
  for (const [key, value] of table) {
    if (key.includes(KEY_BREAK)) throw new Error(`a lookup key holds a line break: ${JSON.stringify(key)}`);
    if (value === BEGINNING_ONLY && made.has(key)) continue;
    keys.push(key);
    values.push(value);
  }
  // A space inside a literal gap ("a / b") makes a beginning the matcher has not: none can match, but the table must be the same.
  const notKeys = [...made.keys()].filter((key) => !table.has(key));
  return [keys.join(KEY_BREAK), values, notKeys];
}

export function unpackTable([keys, values, notKeys]: PackedTable): FormTable {
  const table: FormTable = new Map();
  if (!values.length) return table;
  const list = keys.split(KEY_BREAK);
  for (let i = 0; i < list.length; i++) table.set(list[i]!, values[i]!);
  for (let i = 0; i < list.length; i++) addBeginnings(table, list[i]!);
  for (const key of notKeys) table.delete(key);
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
