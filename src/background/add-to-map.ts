// "Add to phrase map" (the card, or the context menu on selected text): a personal
// entry for the words, opened in the settings page to finish; export takes it to the team.
import type { PhraseEntry } from '../core/phrase-map/schema';
import { draftEntry, teamLayer, updatePersonalLayer } from '../settings/personal-layer';
import { layeredEntries } from '../settings/phrase-layers';

/**
 * Adds an entry for the words to the personal layer, unless an entry has the phrase already,
 * and answers the entry's id (null: the words are no phrase). Decided on the layer as stored
 * when the change is made, so two adds at once both land.
 */
export async function addPhraseEntry(selection: string): Promise<string | null> {
  const phrase = selection.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(phrase) || phrase.length > 80) return null;
  const team = await teamLayer();
  let id = '';
  await updatePersonalLayer((personal) => {
    const entries = layeredEntries({ team, personal });
    const known = entries.find((e) => e.phrases.some((p) => p.toLowerCase() === phrase.toLowerCase()));
    if (known) {
      id = known.id;
      return personal;
    }
    const entry = draftEntry(phrase, new Set(entries.map((e) => e.id)));
    id = entry.id;
    return { ...personal, entries: [...personal.entries, entry as PhraseEntry] };
  }, 'Add to phrase map');
  return id;
}

/** The card's and the context menu's "Add to phrase map": adds the entry, then opens the settings page at it. */
export async function addToPhraseMap(selection: string): Promise<string | null> {
  const id = await addPhraseEntry(selection);
  // The settings page opens at the entry, to add its rewrites and examples.
  if (id) await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#entry=${encodeURIComponent(id)}`) });
  return id;
}
