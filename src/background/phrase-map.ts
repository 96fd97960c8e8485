// Keeps the compiled phrase map in storage in step with its layers: the team map
// (imported, or pushed by the organisation's browser policy, which wins and is
// locked) and the personal layer. Runs in the background, where compromise may load.
import type { MapIssue } from '../core/phrase-map/errors';
import { PhraseMapError } from '../core/phrase-map/errors';
import { compileLayers, EMPTY_LAYER, parseStoredLayer } from '../settings/phrase-layers';
import { managedSettingsWithin, managedTeamMap } from '../settings/policy';
import { compiledMapItem, compiledMapLayersItem, personalMapItem, teamMapItem } from '../storage';

/** Whether this background compiled a map without the policy, the browser not having answered. */
let compiledWithoutPolicy = false;

/**
 * Compiles the layers as stored now and stores the result; a broken layer is left out and reported.
 * With `onPolicyLate`, the first map (none compiled yet, or only without the policy) does not wait
 * long for a browser slow to answer for policy: it is compiled without the policy's team map, and
 * `onPolicyLate` is called once the answer comes. Until a map is compiled, every page reads storage
 * twice as it starts. A map compiled with the policy waits for it, so as never to lose its team map.
 */
export async function rebuildPhraseMap(onPolicyLate?: () => void): Promise<MapIssue[]> {
  const [stored, personalStored, compiledBefore] = await Promise.all([
    teamMapItem.getValue(),
    personalMapItem.getValue(),
    compiledMapLayersItem.getValue(),
  ]);
  let managed: unknown;
  if (onPolicyLate && (!compiledBefore || compiledWithoutPolicy)) {
    const policy = await managedSettingsWithin(onPolicyLate);
    compiledWithoutPolicy = policy === null;
    managed = policy?.teamMap;
  } else managed = await managedTeamMap();
  const problems: MapIssue[] = [];
  const team = parseStoredLayer(managed ?? stored?.map);
  problems.push(...team.issues.map((i) => ({ ...i, entry: `team map: ${i.entry}` })));
  // Read over the team layer: personal changes may disable or replace the team's entries.
  const personal = parseStoredLayer(personalStored?.map, team.layer);
  problems.push(...personal.issues.map((i) => ({ ...i, entry: `personal: ${i.entry}` })));
  const layers = { team: team.layer, personal: personal.layer ?? EMPTY_LAYER };
  let map: ReturnType<typeof compileLayers>;
  try {
    map = compileLayers(layers);
  } catch (error) {
    if (!(error instanceof PhraseMapError)) throw error;
    // The two layers clash (personal disables what the team removed): keep the team's.
    problems.push(...error.issues.map((i) => ({ ...i, entry: `personal: ${i.entry}` })));
    map = compileLayers({ team: layers.team, personal: EMPTY_LAYER });
  }
  const counts = {
    team: layers.team?.entries.length ?? 0,
    personal: layers.personal.entries.length,
    disabled: (layers.team?.disable.length ?? 0) + layers.personal.disable.length,
  };
  // The background compiles again each time it starts; the same map is not written again, so open
  // tabs neither hear of a change nor read it. Pages read the layer counts first (compiledMapLayersItem).
  const current = await compiledMapItem.getValue();
  const same =
    current !== null &&
    JSON.stringify([current.map, current.layers, current.problems]) === JSON.stringify([map, counts, problems]);
  if (!same) await compiledMapItem.setValue({ map, builtAt: Date.now(), layers: counts, problems });
  const storedCounts = await compiledMapLayersItem.getValue();
  if (!storedCounts || JSON.stringify(storedCounts) !== JSON.stringify(counts))
    await compiledMapLayersItem.setValue(counts);
  return problems;
}

/** Rebuilds now, and again whenever a layer or the policy changes. */
export function keepPhraseMapBuilt(warn: (error: unknown) => void) {
  // One rebuild at a time, each reading the layers as they are when it starts: one still waiting
  // for the browser's policy never finishes after, and so over, one that read a newer layer.
  let last: Promise<void> = Promise.resolve();
  const rebuild = () => {
    last = last.then(() => rebuildPhraseMap(rebuild)).then(() => undefined, warn);
  };
  rebuild();
  teamMapItem.watch(rebuild);
  personalMapItem.watch(rebuild);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') rebuild();
  });
}
