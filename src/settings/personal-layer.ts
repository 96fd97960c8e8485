// The personal layer: entries the user adds or edits (from the settings page, or
// "Add to phrase map" on the card and the context menu) and built-in ids they disable.
import type { PhraseEntryInput, TeamMap } from '../core/phrase-map/schema';
import { phraseKey } from '../core/analyze';
import { personalMapItem } from '../storage';
import { checkLayer, EMPTY_LAYER, parseStoredLayer } from './phrase-layers';
import { teamMapItem } from '../storage';
import { managedTeamMap } from './policy';

export async function personalLayer(): Promise<TeamMap> {
  const [stored, team] = await Promise.all([personalMapItem.getValue(), teamLayer()]);
  return parseStoredLayer(stored?.map, team).layer ?? EMPTY_LAYER;
}

/** The team layer in use: the organisation's policy map when there is one, else the imported one. */
async function teamLayer(): Promise<TeamMap | null> {
  const [stored, managed] = await Promise.all([teamMapItem.getValue(), managedTeamMap()]);
  return parseStoredLayer(managed ?? stored?.map).layer;
}

/** Saves a new personal layer after checking it compiles with the team map; throws PhraseMapError otherwise. */
export async function savePersonalLayer(next: TeamMap, source = 'settings page'): Promise<void> {
  checkLayer({ team: await teamLayer(), personal: next });
  await personalMapItem.setValue({ map: next, source, savedAt: Date.now() });
}

/** An id for a new entry from its phrase: "ledger sync" -> "ledger-sync", unique among `taken`. */
export function entryIdFor(phrase: string, taken: ReadonlySet<string>): string {
  const base = phraseKey(phrase).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'phrase';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** "Add to phrase map": a personal entry for the selected words, to refine in the settings page. */
export function draftEntry(phrase: string, taken: ReadonlySet<string>): PhraseEntryInput {
  const text = phrase.replace(/\s+/g, ' ').trim().slice(0, 80);
  return {
    id: entryIdFor(text, taken),
    category: 'system',
    phrases: [text],
    why: `“${text}” is our own name for something customers never see; say what they notice instead.`,
    rewrites: [],
    examples: [],
  };
}
