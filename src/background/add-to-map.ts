// "Add to phrase map" (the card, or the context menu on selected text): a personal
// entry for the words, opened in the settings page to finish; export takes it to the team.
import { layeredEntries, parseStoredLayer } from '../settings/phrase-layers';
import { draftEntry, personalLayer, savePersonalLayer } from '../settings/personal-layer';
import { teamMapItem } from '../storage';

export async function addToPhraseMap(selection: string): Promise<string | null> {
  const phrase = selection.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(phrase) || phrase.length > 80) return null;
  const [personal, team] = await Promise.all([personalLayer(), teamMapItem.getValue()]);
  const layers = { team: parseStoredLayer(team?.map).layer, personal };
  const taken = new Set(layeredEntries(layers).map((e) => e.id));
  const entry = draftEntry(phrase, taken);
  const known = layeredEntries(layers).find((e) => e.phrases.some((p) => p.toLowerCase() === phrase.toLowerCase()));
  const id = known?.id ?? entry.id;
  if (!known)
    await savePersonalLayer({ ...personal, entries: [...personal.entries, entry as never] }, 'Add to phrase map');
  // The settings page opens at the entry, to add its rewrites and examples.
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#entry=${encodeURIComponent(id)}`) });
  return id;
}
