// One entry as the settings page edits it: plain strings per field, turned into a map
// entry, validated with the map's own schema, layered over the map in use and
// compiled, its examples run. Nothing here is saved: the page saves a draft only
// when this finds no problem, so the map in use keeps working meanwhile.
import type { CompiledMap } from '../core/phrase-map/compiled';
import { issuesOf } from '../core/phrase-map/compile';
import { PhraseMapError, type MapIssue } from '../core/phrase-map/errors';
import {
  CATEGORIES,
  entrySchema,
  REWRITE_SHAPES,
  type Category,
  type Example,
  type PhraseEntry,
  type PhraseEntryInput,
  type RewriteShape,
  type TeamMap,
} from '../core/phrase-map/schema';
import { runExample } from '../core/rewrite/examples';
import { entryIdFor } from './personal-layer';
import { compileLayers, layeredEntries, type Layers } from './phrase-layers';

export { CATEGORIES, REWRITE_SHAPES };

/** A key for a row of the form that stays with it when rows above are removed. */
let rows = 0;
const rowKey = () => ++rows;

export interface RewriteDraft {
  key: number;
  as: RewriteShape;
  text: string;
}

export interface ExampleDraft {
  key: number;
  from: string;
  /** The sentence after the first rewrite; ignored when `noFit`. */
  to: string;
  /** No rewrite fits the sentence in place (`to: null`). */
  noFit: boolean;
  title: boolean;
  /** Slot values for the example, by slot name; empty values are left out. */
  slots: Record<string, string>;
}

export interface EntryDraft {
  id: string;
  category: Category;
  match: 'words' | 'exact';
  /** One phrase a line. */
  phrases: string;
  /** One longer phrase a line. */
  exceptions: string;
  why: string;
  rewrites: RewriteDraft[];
  examples: ExampleDraft[];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function draftOf(entry: PhraseEntry | PhraseEntryInput): EntryDraft {
  return {
    id: entry.id,
    category: entry.category,
    match: entry.match ?? 'words',
    phrases: entry.phrases.join('\n'),
    exceptions: (entry.exceptions ?? []).join('\n'),
    why: entry.why,
    rewrites: (entry.rewrites ?? []).map((r) => ({
      key: rowKey(),
      ...(typeof r === 'string' ? { as: 'noun' as const, text: r } : r),
    })),
    examples: (entry.examples ?? []).map((e) => ({
      key: rowKey(),
      from: e.from,
      to: e.to ?? '',
      noFit: e.to === null,
      title: e.title ?? false,
      slots: { ...(e.slots ?? {}) },
    })),
  };
}

export function emptyDraft(): EntryDraft {
  return {
    id: '',
    category: 'system',
    match: 'words',
    phrases: '',
    exceptions: '',
    why: '',
    rewrites: [],
    examples: [],
  };
}

export const emptyRewrite = (): RewriteDraft => ({ key: rowKey(), as: 'noun', text: '' });
export const emptyExample = (): ExampleDraft => ({
  key: rowKey(),
  from: '',
  to: '',
  noFit: false,
  title: false,
  slots: {},
});

/** The draft as a raw map entry (what a map file would hold), before validation. */
export function inputOf(draft: EntryDraft, taken: ReadonlySet<string> = new Set()): PhraseEntryInput {
  const phrases = lines(draft.phrases);
  const slots = (values: Record<string, string>) => {
    const kept = Object.entries(values).filter(([, v]) => v.trim());
    return kept.length ? { slots: Object.fromEntries(kept.map(([k, v]) => [k, v.trim()])) } : {};
  };
  return {
    id: draft.id.trim() || entryIdFor(phrases[0] ?? '', taken),
    category: draft.category,
    phrases,
    ...(draft.match === 'exact' ? { match: 'exact' as const } : {}),
    ...(lines(draft.exceptions).length ? { exceptions: lines(draft.exceptions) } : {}),
    why: draft.why,
    rewrites: draft.rewrites.map((r) => ({ as: r.as, text: r.text })),
    examples: draft.examples.map((e) => ({
      from: e.from,
      to: e.noFit ? null : e.to,
      ...(e.title ? { title: true } : {}),
      ...slots(e.slots),
    })),
  };
}

/** The personal layer with `entry` in it (replacing the version edited, `replacing`, if any). */
export function withEntry(personal: TeamMap, entry: PhraseEntry, replacing: string | null): TeamMap {
  const entries = personal.entries.filter((e) => e.id !== entry.id && e.id !== replacing);
  return { ...personal, entries: [...entries, entry], disable: personal.disable.filter((id) => id !== entry.id) };
}

export interface ExampleRun {
  example: Example;
  /** What the example gives: the sentence after the first rewrite, null for none, undefined when not flagged once. */
  got: string | null | undefined;
  ok: boolean;
}

export interface DraftCheck {
  /** The validated entry; null while the draft does not parse. */
  entry: PhraseEntry | null;
  /** How `issues` name this entry (its id, as typed, or "new entry"): other names are other entries. */
  self: string;
  /** Every problem: the entry's own fields first, then clashes with the rest of the map. */
  issues: MapIssue[];
  /** The map with this draft in it; null when it does not compile. */
  map: CompiledMap | null;
  /** The personal layer that saving would store. */
  personal: TeamMap | null;
  examples: ExampleRun[];
}

/**
 * Checks a draft the way saving and the build do: the entry's schema, then the whole
 * map with it layered in (duplicate phrases and ids), then its examples.
 * `editing` is the id of the entry being edited (null for a new one); `taken` the ids in use.
 */
export function checkDraft(draft: EntryDraft, layers: Layers, editing: string | null): DraftCheck {
  const taken = new Set(layeredEntries(layers).map((e) => e.id));
  const raw = inputOf(draft, taken);
  const parsed = entrySchema.safeParse(raw);
  const none = { entry: null, map: null, personal: null, examples: [], self: '' };
  if (!parsed.success)
    return { ...none, self: raw.id || 'new entry', issues: issuesOf(parsed.error, raw.id || 'new entry') };
  const entry = parsed.data;
  none.self = entry.id;
  if (editing === null && taken.has(entry.id)) {
    return {
      ...none,
      entry,
      issues: [
        { entry: entry.id, field: 'id', message: 'another entry has this id; edit that entry, or choose another id' },
      ],
    };
  }
  if (editing !== null && editing !== entry.id && taken.has(entry.id)) {
    return { ...none, entry, issues: [{ entry: entry.id, field: 'id', message: 'another entry has this id' }] };
  }
  const personal = withEntry(layers.personal, entry, editing);
  let map: CompiledMap;
  try {
    map = compileLayers({ team: layers.team, personal });
  } catch (error) {
    if (!(error instanceof PhraseMapError)) throw error;
    return { ...none, entry, issues: error.issues };
  }
  const examples = entry.examples.map((example) => {
    const got = runExample(map, entry.id, example);
    return { example, got, ok: got === example.to };
  });
  const issues: MapIssue[] = examples.flatMap((run, i) =>
    run.ok ? [] : [{ entry: entry.id, field: `examples.${i}`, message: exampleMessage(run) }],
  );
  return { entry, self: entry.id, issues, map, personal, examples };
}

export function exampleMessage({ example, got }: ExampleRun): string {
  if (got === undefined) return `“${example.from}” should be flagged once by this entry`;
  const say = (s: string | null) => (s === null ? 'no rewrite in place' : `“${s}”`);
  return `expected ${say(example.to)}, gives ${say(got)}`;
}

/** Issues for one field of the form: `field` itself and everything under it ("rewrites.1" holds "rewrites.1.text"). */
export function issuesFor(issues: MapIssue[], field: string, self?: string): MapIssue[] {
  return issues.filter(
    (i) => (self === undefined || i.entry === self) && (i.field === field || i.field.startsWith(`${field}.`)),
  );
}
