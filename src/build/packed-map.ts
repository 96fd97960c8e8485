// The compiled default map in a compact form for the extension's own pages (background,
// side panel, settings), which carry it in their bundle (no fetching): the build packs it
// (src/build/phrase-map-plugin.ts). The matcher is built straight from the packed text; the
// forms are unpacked, back into exactly the CompiledMap the build compiled, only if something
// reads them. (The content scripts carry the matcher's tables instead: page-map.ts.) Most of
// the map is its forms (4,000-odd inflections and their lookup keys), so only they are packed:
// per run of forms of one entry, each form is written as the edit of the form before it (how
// much of its end to keep, how much to drop before that, what to put there: "refactored" after
// "refactor" is ~00ed, then "refactors" ~02s, the same codes for every regular word, which gzip
// likes), and lookup keys are left out wherever splitting the form at its spaces gives them back.
import { buildMatcherWith } from '../core/analyze';
import { addException, addForm, addSpacedForm, type FormTable, type Matcher } from '../core/match/matcher';
import type { CompiledEntry, CompiledForm, CompiledMap } from '../core/phrase-map/compiled';

export interface PackedMap {
  version: CompiledMap['version'];
  entries: CompiledEntry[];
  words: string;
  exact: string;
  /** Exceptions as forms of "entry" 0 (case-insensitive) and 1 (case-sensitive). */
  exceptions: string;
  identifier: CompiledEntry;
}

/** A form with its group (an entry index, or 0/1 for exceptions) and lookup keys when they are not the default. */
type Form = [form: string, group: number, keys?: string[]];

const GROUPS = '\n';
const FORMS = '|';
const EDIT = '~';
const KEYS = '^';
/** Lengths in an edit (kept end, dropped before it), one character each: 0-63. */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const MAX_KEPT = DIGITS.length - 1;
const RESERVED = /[\n|~^]/;

/** The lookup keys the unpacker gives a form: the words at its spaces, or none for one word. */
function defaultKeys(form: string): string[] | undefined {
  let space = form.indexOf(' ');
  if (space === -1) return undefined;
  const keys = [form.slice(0, space)];
  for (let next = form.indexOf(' ', space + 1); next !== -1; next = form.indexOf(' ', space + 1)) {
    keys.push(form.slice(space, next));
    space = next;
  }
  keys.push(form.slice(space));
  return keys;
}

/** DIGITS' values by character code. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

const sameKeys = (a: string[] | undefined, b: string[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((k, i) => k === b[i]));

/** The forms as text; throws when a form holds one of the separators (the build then keeps plain JSON). */
export function packForms(forms: readonly Form[]): string {
  const groups: string[] = [];
  let group: string[] = [];
  let current = Number.NaN;
  let previous = '';
  for (const [form, index, keys] of forms) {
    if (RESERVED.test(form) || keys?.some((k) => RESERVED.test(k)))
      throw new Error(`a form holds a separator: ${JSON.stringify(form)}`);
    if (index !== current) {
      if (group.length) groups.push(`${current}:${group.join(FORMS)}`);
      group = [];
      current = index;
      previous = '';
    }
    let prefix = 0;
    while (prefix < MAX_KEPT && prefix < previous.length && prefix < form.length && previous[prefix] === form[prefix])
      prefix++;
    let suffix = 0;
    while (
      suffix < MAX_KEPT &&
      suffix < previous.length - prefix &&
      suffix < form.length - prefix &&
      previous[previous.length - 1 - suffix] === form[form.length - 1 - suffix]
    ) {
      suffix++;
    }
    // An edit costs three characters, so it is used only where it saves some.
    const dropped = previous.length - prefix - suffix;
    let text =
      prefix + suffix > 3 && dropped <= MAX_KEPT
        ? `${EDIT}${DIGITS[suffix]}${DIGITS[dropped]}${form.slice(prefix, form.length - suffix)}`
        : form;
    if (!sameKeys(keys, defaultKeys(form))) text += `${KEYS}${(keys ?? [form]).join(KEYS)}`;
    group.push(text);
    previous = form;
  }
  if (group.length) groups.push(`${current}:${group.join(FORMS)}`);
  return groups.join(GROUPS);
}

/** Calls `visit` with each packed form in order: its group, and its lookup keys when they are not the default. */
function forEachForm(packed: string, visit: (form: string, group: number, keys: string[] | undefined) => void) {
  if (!packed) return;
  const edit = EDIT.charCodeAt(0);
  for (const line of packed.split(GROUPS)) {
    const colon = line.indexOf(':');
    const index = Number(line.slice(0, colon));
    let previous = '';
    for (const item of line.slice(colon + 1).split(FORMS)) {
      const keyAt = item.indexOf(KEYS);
      let form = keyAt === -1 ? item : item.slice(0, keyAt);
      if (form.charCodeAt(0) === edit) {
        const kept = DIGIT_VALUE[form.charCodeAt(1)]!;
        const cut = previous.length - kept - DIGIT_VALUE[form.charCodeAt(2)]!;
        form = previous.slice(0, cut) + form.slice(3) + (kept ? previous.slice(previous.length - kept) : '');
      }
      previous = form;
      visit(form, index, keyAt === -1 ? undefined : item.slice(keyAt + 1).split(KEYS));
    }
  }
}

export function unpackForms(packed: string): Form[] {
  const out: Form[] = [];
  forEachForm(packed, (form, index, stored) => {
    const keys = stored ?? defaultKeys(form);
    out.push(!keys || (keys.length === 1 && keys[0] === form) ? [form, index] : [form, index, keys]);
  });
  return out;
}

/**
 * The matcher straight from the packed text: no arrays of forms on the way, which a page
 * would build, keep and collect again (on a fresh page that costs more than the matcher).
 */
function packedMatcher(map: CompiledMap, packed: PackedMap): Matcher {
  const matcher: Matcher = { map, words: new Map(), exact: new Map() };
  const into = (table: FormTable) => (form: string, entry: number, keys: string[] | undefined) =>
    keys ? addForm(table, keys, entry) : addSpacedForm(table, form, entry);
  forEachForm(packed.words, into(matcher.words));
  forEachForm(packed.exact, into(matcher.exact));
  forEachForm(packed.exceptions, (form, group) => addException(matcher, form, group === 1));
  return matcher;
}

export function packMap(map: CompiledMap): PackedMap {
  return {
    version: map.version,
    entries: map.entries,
    words: packForms(map.words),
    exact: packForms(map.exact),
    exceptions: packForms(map.exceptions.map(([form, caseSensitive]) => [form, caseSensitive ? 1 : 0])),
    identifier: map.identifier,
  };
}

/**
 * The CompiledMap again, its forms unpacked when first read: a page whose map comes from
 * storage (the background's, with the team's layers) never unpacks the built-in one. The
 * keys are in the order the compiler writes them, so it serialises as the compiled map does.
 */
export function lazyMap(packed: PackedMap): CompiledMap {
  let words: CompiledForm[] | undefined;
  let exact: CompiledForm[] | undefined;
  let exceptions: [string, boolean][] | undefined;
  const map: CompiledMap = {
    version: packed.version,
    entries: packed.entries,
    get words() {
      words ??= unpackForms(packed.words) as CompiledForm[];
      return words;
    },
    get exact() {
      exact ??= unpackForms(packed.exact) as CompiledForm[];
      return exact;
    },
    get exceptions() {
      exceptions ??= unpackForms(packed.exceptions).map(([form, group]): [string, boolean] => [form, group === 1]);
      return exceptions;
    },
    identifier: packed.identifier,
  };
  buildMatcherWith(map, () => packedMatcher(map, packed));
  return map;
}

/** The CompiledMap again, with its keys in the order the compiler writes them. */
export function unpackMap(packed: PackedMap): CompiledMap {
  return {
    version: packed.version,
    entries: packed.entries,
    words: unpackForms(packed.words) as CompiledForm[],
    exact: unpackForms(packed.exact) as CompiledForm[],
    exceptions: unpackForms(packed.exceptions).map(([form, group]): [string, boolean] => [form, group === 1]),
    identifier: packed.identifier,
  };
}
