// Keeps the compiled phrase map in storage in step with its layers: the team map
// (imported, or pushed by the organisation's browser policy, which wins and is
// locked) and the personal layer. Runs in the background, where compromise may load.
import type { MapIssue } from '../core/phrase-map/errors';
import { PhraseMapError } from '../core/phrase-map/errors';
import { compileLayers, EMPTY_LAYER, parseStoredLayer } from '../settings/phrase-layers';
import { managedTeamMap } from '../settings/policy';
import { compiledMapItem, compiledMapLayersItem, personalMapItem, teamMapItem } from '../storage';

/** Compiles the layers as stored now and stores the result; a broken layer is left out and reported. */
export async function rebuildPhraseMap(): Promise<MapIssue[]> {
  const [stored, personalStored, managed] = await Promise.all([
    teamMapItem.getValue(),
    personalMapItem.getValue(),
    managedTeamMap(),
  ]);
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
  const rebuild = () => void rebuildPhraseMap().catch(warn);
  rebuild();
  teamMapItem.watch(rebuild);
  personalMapItem.watch(rebuild);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') rebuild();
  });
}
