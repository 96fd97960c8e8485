// The phrase map as the settings page lists it: every entry any layer has, with the
// layer its current version comes from, whether a layer disabled it, and the built-in
// version it replaces. Disabled entries stay listed, so they can be switched back on.
import type { PhraseEntry } from '../core/phrase-map/schema';
import { builtInEntries, type LayerName, type Layers } from './phrase-layers';

export interface EntryRow {
  id: string;
  /** The version in use (or that would be, when disabled). */
  entry: PhraseEntry;
  layer: LayerName;
  /** The layer whose `disable` list holds this id; null when the entry is used. */
  disabledBy: 'team' | 'personal' | null;
  /** The built-in entry this one replaces, when it does. */
  builtIn: PhraseEntry | null;
  /** The team's version, when the personal layer replaces it. */
  team: PhraseEntry | null;
}

export function entryRows({ team, personal }: Layers): EntryRow[] {
  const rows = new Map<string, EntryRow>();
  for (const entry of builtInEntries()) {
    rows.set(entry.id, { id: entry.id, entry, layer: 'built-in', disabledBy: null, builtIn: entry, team: null });
  }
  for (const entry of team?.entries ?? []) {
    const builtIn = rows.get(entry.id)?.builtIn ?? null;
    rows.set(entry.id, { id: entry.id, entry, layer: 'team', disabledBy: null, builtIn, team: entry });
  }
  for (const id of team?.disable ?? []) {
    const row = rows.get(id);
    if (row) row.disabledBy = 'team';
  }
  for (const entry of personal.entries) {
    const before = rows.get(entry.id);
    rows.set(entry.id, {
      id: entry.id,
      entry,
      layer: 'personal',
      disabledBy: before?.disabledBy ?? null,
      builtIn: before?.builtIn ?? null,
      team: before?.team ?? null,
    });
  }
  for (const id of personal.disable) {
    const row = rows.get(id);
    if (row && !row.disabledBy) row.disabledBy = 'personal';
  }
  return [...rows.values()];
}

/** Words that name a state rather than text: they match the row's layer or state only. */
const STATE_WORDS: Record<string, (row: EntryRow) => boolean> = {
  'built-in': (row) => row.layer === 'built-in',
  builtin: (row) => row.layer === 'built-in',
  team: (row) => row.layer === 'team',
  personal: (row) => row.layer === 'personal',
  disabled: (row) => row.disabledBy !== null,
  replaced: (row) => row.layer !== 'built-in' && row.builtIn !== null,
};

/**
 * Rows matching every word of `query` in the id, a phrase or the category; the words
 * built-in, team, personal, disabled and replaced pick rows by layer or state. Personal and
 * team entries first, then by id.
 */
export function searchRows(rows: EntryRow[], query: string): EntryRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const rank: Record<LayerName, number> = { personal: 0, team: 1, 'built-in': 2 };
  return rows
    .filter((row) => {
      if (words.length === 0) return true;
      const haystack = [row.id, row.entry.category, ...row.entry.phrases].join('\n').toLowerCase();
      return words.every((word) => STATE_WORDS[word]?.(row) ?? haystack.includes(word));
    })
    .sort((a, b) => rank[a.layer] - rank[b.layer] || a.id.localeCompare(b.id));
}
