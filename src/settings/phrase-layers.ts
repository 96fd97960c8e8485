// The phrase map as the user has it: the built-in map, then the team's map, then
// personal changes, each able to add, replace and disable entries. Compiled once per
// change (here, in the background or an extension page: compromise never reaches a
// page) and stored compiled, so every tab picks up a change without a reload.
import { validateEntries } from '../core/phrase-map/compile';
import type { CompiledMap } from '../core/phrase-map/compiled';
import { PhraseMapError, type MapIssue } from '../core/phrase-map/errors';
import { compileLayered, layerEntries, parseTeamMap } from '../core/phrase-map/layer';
import type { PhraseEntry, TeamMap } from '../core/phrase-map/schema';
import { teamMapSchema } from '../core/phrase-map/schema';
import { exampleIssues } from '../core/rewrite/examples';
import { defaultEntries, identifierShape } from '../phrases';

/** Past these, a map file is refused with a clear message rather than slowing every page. */
export const MAP_LIMITS = { bytes: 1_000_000, entries: 5_000, depth: 32 } as const;

/** How deeply arrays and objects nest in JSON text (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** The file-level checks every imported JSON file gets before it is parsed: size and nesting. */
export function fileLimitIssues(text: string, limits: { bytes: number; depth: number }): MapIssue[] {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > limits.bytes) {
    const size = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.ceil(n / 1000)} KB`);
    return [
      {
        entry: '(file)',
        field: '(size)',
        message: `the file is ${size(bytes)}; at most ${size(limits.bytes)} is accepted`,
      },
    ];
  }
  if (jsonDepth(text) > limits.depth) {
    return [
      {
        entry: '(file)',
        field: '(nesting)',
        message: `lists and objects are nested more than ${limits.depth} levels deep`,
      },
    ];
  }
  return [];
}

export type LayerName = 'built-in' | 'team' | 'personal';

export interface Layers {
  team: TeamMap | null;
  personal: TeamMap;
}

export const EMPTY_LAYER: TeamMap = { version: 1, entries: [], disable: [] };

let builtIn: PhraseEntry[] | undefined;
/** The built-in entries, validated once. */
export function builtInEntries(): PhraseEntry[] {
  builtIn ??= validateEntries(defaultEntries);
  return builtIn;
}

/** The team map over the built-in entries; then the personal layer over both. */
export function layeredEntries({ team, personal }: Layers): PhraseEntry[] {
  const withTeam = team ? layerEntries(builtInEntries(), team) : builtInEntries();
  return layerEntries(withTeam, personal);
}

export function compileLayers(layers: Layers): CompiledMap {
  const base = layers.team ? layerEntries(builtInEntries(), layers.team) : builtInEntries();
  return compileLayered(base, layers.personal, identifierShape);
}

/** Which layer an entry's current version comes from. */
export function layerOf(id: string, { team, personal }: Layers): LayerName {
  if (personal.entries.some((e) => e.id === id)) return 'personal';
  if (team?.entries.some((e) => e.id === id)) return 'team';
  return 'built-in';
}

/**
 * Reads a map file as the command line's --map does, within the limits; every problem is
 * named by entry and field, and the examples run as they do in the build. A personal
 * layer is read `over` the team layer in use: it may disable or replace the team's entries.
 */
export function readMapFile(file: string, over?: TeamMap | null): TeamMap {
  // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const text = file.replace(/^\uFEFF/, '');
  const fileIssues = fileLimitIssues(text, MAP_LIMITS);
  if (fileIssues.length) throw new PhraseMapError(fileIssues);
  const map = parseTeamMap(text);
  if (map.entries.length > MAP_LIMITS.entries) {
    throw new PhraseMapError([
      {
        entry: '(file)',
        field: 'entries',
        message: `a map holds at most ${MAP_LIMITS.entries} entries; this one has ${map.entries.length}`,
      },
    ]);
  }
  checkLayer(over === undefined ? { team: map, personal: EMPTY_LAYER } : { team: over, personal: map });
  return map;
}

/** Throws PhraseMapError when the layers do not compile or an example fails. */
export function checkLayer(layers: Layers): CompiledMap {
  const entries = layeredEntries(layers);
  const map = compileLayers(layers);
  const added = new Set([...(layers.team?.entries ?? []), ...layers.personal.entries].map((e) => e.id));
  const issues: MapIssue[] = exampleIssues(
    map,
    entries.filter((e) => added.has(e.id)),
  );
  if (issues.length) throw new PhraseMapError(issues);
  return map;
}

/**
 * A stored or pushed layer, re-validated: null when it no longer parses (the reason is reported).
 * Pass `over` (the team layer, or null for none) to read a personal layer.
 */
export function parseStoredLayer(raw: unknown, over?: TeamMap | null): { layer: TeamMap | null; issues: MapIssue[] } {
  if (raw === null || raw === undefined) return { layer: null, issues: [] };
  try {
    return { layer: readMapFile(typeof raw === 'string' ? raw : JSON.stringify(raw), over), issues: [] };
  } catch (error) {
    if (error instanceof PhraseMapError) return { layer: null, issues: error.issues };
    throw error;
  }
}

/** A layer as a file: the same format as the command line's --map. */
export function layerFile(layer: TeamMap, name?: string): string {
  const out = teamMapSchema.parse({ ...layer, ...(name ? { name } : {}) });
  return `${JSON.stringify(out, null, 2)}\n`;
}
