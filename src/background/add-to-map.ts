// "Add to phrase map" (the card, or the context menu on selected text): a personal
// entry for the words, opened in the settings page to finish; export takes it to the team.
import type { PhraseEntry } from '../core/phrase-map/schema';
import type { AddedEntry } from '../messages';
import { draftEntry, updatePersonalLayer } from '../settings/personal-layer';
import { PolicyNotReadyError } from '../settings/policy';
import { layeredEntries } from '../settings/phrase-layers';

/**
 * Adds an entry for the words to the personal layer, unless an entry has the phrase already,
 * and answers which entry has them (null: the words are no phrase). `flaggedBy`, the entry that flagged
 * them on the page, is the one that has them when it exists (it knows their inflections). Decided on the layer as
 * stored when the change is made, so two adds at once both land.
 */
export async function addPhraseEntry(selection: string, flaggedBy?: string): Promise<AddedEntry | null> {
  const phrase = selection.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(phrase) || phrase.length > 80) return null;
  let result: AddedEntry = { id: '', added: false };
  await updatePersonalLayer((personal, team) => {
    const entries = layeredEntries({ team, personal });
    const known =
      entries.find((e) => e.id === flaggedBy) ??
      entries.find((e) => e.phrases.some((p) => p.toLowerCase() === phrase.toLowerCase()));
    if (known) {
      result = { id: known.id, added: false };
      return personal;
    }
    const entry = draftEntry(phrase, new Set(entries.map((e) => e.id)));
    result = { id: entry.id, added: true };
    return { ...personal, entries: [...personal.entries, entry as PhraseEntry] };
  }, 'Add to phrase map');
  return result;
}

/** The card's and the context menu's "Add to phrase map": adds the entry, then opens the settings page at it. */
export async function addToPhraseMap(selection: string, flaggedBy?: string): Promise<AddedEntry | null> {
  let entry: AddedEntry | null;
  try {
    entry = await addPhraseEntry(selection, flaggedBy);
  } catch (error) {
    if (error instanceof PolicyNotReadyError) return { retry: error.message };
    throw error;
  }
  // The settings page opens at the entry, to add its rewrites and examples.
  if (entry && 'id' in entry)
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#entry=${encodeURIComponent(entry.id)}`) });
  return entry;
}
