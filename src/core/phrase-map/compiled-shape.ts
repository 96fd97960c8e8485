// The compiled map as the background stores it, checked by hand on every read (pages
// bundle no zod): a map of another shape is not used, and the built-in one is, rather
// than a page failing on it later. Every form must point at an entry that exists.
import { handShape, isRecord, isStringArray, issue, type ShapeIssue } from '../../stored-shape';
import type { CompiledMap } from './compiled';
import type { MapIssue } from './errors';

/** What the background stores: the map, when, the layers' counts and the problems of layers left out. */
export interface StoredCompiledMap {
  map: CompiledMap;
  builtAt: number;
  /** Entries each layer adds or replaces, and ids it disables. */
  layers: { team: number; personal: number; disabled: number };
  /** Set when a stored layer no longer loads: the map keeps working without it. */
  problems: MapIssue[];
}

const REWRITE_SHAPES = new Set(['noun', 'verb', 'goal', 'modifier']);

function entryIssue(entry: unknown, path: PropertyKey[]): ShapeIssue | null {
  if (!isRecord(entry)) return issue(path, 'expected an entry');
  for (const field of ['id', 'category', 'why'] as const) {
    if (typeof entry[field] !== 'string') return issue([...path, field], 'expected a string');
  }
  if (!Array.isArray(entry.rewrites)) return issue([...path, 'rewrites'], 'expected a list');
  const bad = entry.rewrites.findIndex(
    (r) => !isRecord(r) || !REWRITE_SHAPES.has(r.as as string) || typeof r.text !== 'string',
  );
  return bad >= 0 ? issue([...path, 'rewrites', bad], 'expected { as, text }') : null;
}

function formsIssue(forms: unknown, entries: number, path: PropertyKey[]): ShapeIssue | null {
  if (!Array.isArray(forms)) return issue(path, 'expected a list');
  for (let i = 0; i < forms.length; i++) {
    const f = forms[i] as unknown[];
    const fits =
      Array.isArray(f) &&
      typeof f[0] === 'string' &&
      Number.isInteger(f[1]) &&
      (f[1] as number) >= 0 &&
      (f[1] as number) < entries &&
      (f[2] === undefined || isStringArray(f[2]));
    if (!fits) return issue([...path, i], 'expected [form, entry index, keys?]');
  }
  return null;
}

function mapIssue(map: unknown): ShapeIssue | null {
  if (!isRecord(map)) return issue(['map'], 'expected an object');
  if (map.version !== 1) return issue(['map', 'version'], 'expected 1');
  if (!Array.isArray(map.entries)) return issue(['map', 'entries'], 'expected a list');
  for (let i = 0; i < map.entries.length; i++) {
    const found = entryIssue(map.entries[i], ['map', 'entries', i]);
    if (found) return found;
  }
  const exceptionsFit =
    Array.isArray(map.exceptions) &&
    map.exceptions.every((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'boolean');
  return (
    formsIssue(map.words, map.entries.length, ['map', 'words']) ??
    formsIssue(map.exact, map.entries.length, ['map', 'exact']) ??
    (exceptionsFit ? null : issue(['map', 'exceptions'], 'expected [form, case-sensitive] pairs')) ??
    entryIssue(map.identifier, ['map', 'identifier'])
  );
}

const isMapIssue = (i: unknown) =>
  isRecord(i) && typeof i.entry === 'string' && typeof i.field === 'string' && typeof i.message === 'string';

export const storedCompiledMapShape = handShape<StoredCompiledMap>((raw) => {
  if (!isRecord(raw)) return issue([], 'expected an object');
  if (typeof raw.builtAt !== 'number') return issue(['builtAt'], 'expected a time');
  const layers = raw.layers;
  if (!isRecord(layers) || !['team', 'personal', 'disabled'].every((k) => Number.isInteger(layers[k]))) {
    return issue(['layers'], 'expected the layer counts');
  }
  if (!Array.isArray(raw.problems) || !raw.problems.every(isMapIssue))
    return issue(['problems'], 'expected a list of problems');
  return mapIssue(raw.map);
});
