// The personal layer: entries the user adds or edits (from the settings page, or
// "Add to phrase map" on the card and the context menu) and built-in ids they disable.
// Every change is a function of the layer as stored at that moment, applied under the
// item's lock, so an entry added in one tab is never lost to an edit saved in another.
import type { PhraseEntryInput, TeamMap } from '../core/phrase-map/schema';
import { phraseKey } from '../core/analyze';
import { describeIssues } from '../stored-shape';
import { personalMapItem, teamMapItem } from '../storage';
import { checkLayer, EMPTY_LAYER, parseStoredLayer } from './phrase-layers';
import { CHANGE_WAIT_MS, managedSettingsWithin, PolicyNotReadyError } from './policy';

export async function personalLayer(): Promise<TeamMap> {
  const [stored, team] = await Promise.all([personalMapItem.getValue(), teamLayer()]);
  return parseStoredLayer(stored?.map, team).layer ?? EMPTY_LAYER;
}

/**
 * The team layer in use, for showing: the organisation's policy map when there is one, else the
 * imported one. A browser that has not answered for policy within MANAGED_WAIT_MS (Chromium
 * starting, or headless) counts as setting none, so the settings page never hangs on it.
 */
export async function teamLayer(): Promise<TeamMap | null> {
  const [stored, policy] = await Promise.all([teamMapItem.getValue(), managedSettingsWithin()]);
  return parseStoredLayer(policy?.teamMap ?? stored?.map).layer;
}

/**
 * The team layer in use, for a change: as teamLayer(), but a policy that has not answered within
 * CHANGE_WAIT_MS stops the change (PolicyNotReadyError) instead of counting as none, since a
 * personal layer read over the wrong team map would be set aside, and an entry added could take
 * the id of one the policy locks.
 */
export async function teamLayerForChange(): Promise<TeamMap | null> {
  const [stored, policy] = await Promise.all([
    teamMapItem.getValue(),
    managedSettingsWithin(undefined, CHANGE_WAIT_MS),
  ]);
  if (policy === null) throw new PolicyNotReadyError();
  return parseStoredLayer(policy.teamMap ?? stored?.map).layer;
}

/**
 * Changes the personal layer as stored now (`change` also gets the team layer it is read over),
 * after checking the result compiles with the team map; throws PhraseMapError otherwise, having changed nothing,
 * and PolicyNotReadyError while the browser has not answered for policy. A stored layer that no longer loads is
 * kept aside (the settings page shows it) and the change is made to an empty layer.
 */
export async function updatePersonalLayer(
  change: (layer: TeamMap, team: TeamMap | null) => TeamMap,
  source = 'settings page',
): Promise<TeamMap> {
  const team = await teamLayerForChange();
  let next: TeamMap = EMPTY_LAYER;
  await personalMapItem.update(async (stored) => {
    const read = parseStoredLayer(stored?.map, team);
    const base = read.layer ?? EMPTY_LAYER;
    next = change(base, team);
    if (next === base) return stored;
    checkLayer({ team, personal: next });
    if (read.issues.length) await personalMapItem.keepAside(stored, describeIssues(read.issues.map(asShapeIssue)));
    return { map: next, source, savedAt: Date.now() };
  });
  return next;
}

const asShapeIssue = (i: { entry: string; field: string; message: string }) => ({
  path: [i.entry, i.field],
  message: i.message,
});

/** An id for a new entry from its phrase: "ledger sync" -> "ledger-sync", unique among `taken`. */
export function entryIdFor(phrase: string, taken: ReadonlySet<string>): string {
  const base =
    phraseKey(phrase)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'phrase';
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
