// Importing, resetting and reading the team map (the --map file format). A map that
// fails any check is refused whole: nothing is stored, and every problem is named.
import { PhraseMapError, type MapIssue } from '../core/phrase-map/errors';
import type { TeamMap } from '../core/phrase-map/schema';
import { describeIssues } from '../stored-shape';
import { personalMapItem, teamMapItem, type StoredLayer } from '../storage';
import type { CheckedItem } from '../stored-item';
import { MAP_LIMITS, parseStoredLayer, readMapFile } from './phrase-layers';
import { managedSettings } from './policy';

/** Before a layer is replaced: one stored that no longer loads is kept aside, for the settings page to show. */
export async function keepUnloadableLayer(item: CheckedItem<StoredLayer | null>, over?: TeamMap | null): Promise<void> {
  const stored = await item.getValue();
  const read = parseStoredLayer(stored?.map, over);
  if (read.issues.length === 0) return;
  await item.keepAside(
    stored,
    describeIssues(read.issues.map((i) => ({ path: [i.entry, i.field], message: i.message }))),
  );
}

export class ImportRefused extends Error {
  constructor(readonly issues: MapIssue[]) {
    super(`The file was not imported: ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
    this.name = 'ImportRefused';
  }
}

/** Refuses a file past the size limit before reading it (a 10 MB file is never parsed). */
export function tooLargeIssue(size: number, limit: number = MAP_LIMITS.bytes): MapIssue | null {
  if (size <= limit) return null;
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  return { entry: '(file)', field: '(size)', message: `the file is ${mb(size)}; at most ${mb(limit)} is accepted` };
}

/**
 * Checks a team map file and, when every check passes, stores it as the team layer.
 * Throws ImportRefused naming every problem, having changed nothing.
 */
export async function importTeamMap(text: string, source: string): Promise<TeamMap> {
  const managed = await managedSettings();
  if (managed.teamMap !== undefined) {
    throw new ImportRefused([
      {
        entry: '(file)',
        field: '(policy)',
        message: `the team map is set by ${managed.managedBy ?? 'your organisation'} and cannot be imported over`,
      },
    ]);
  }
  let map: TeamMap;
  try {
    map = readMapFile(text);
    // Personal changes stay: they must still load over the new team map.
    const personal = parseStoredLayer((await personalMapItem.getValue())?.map, map);
    if (personal.issues.length) {
      throw new PhraseMapError(personal.issues.map((i) => ({ ...i, entry: `your personal changes: ${i.entry}` })));
    }
  } catch (error) {
    if (error instanceof PhraseMapError) throw new ImportRefused(error.issues);
    throw error;
  }
  await keepUnloadableLayer(teamMapItem);
  await teamMapItem.setValue({ map, source, savedAt: Date.now() });
  return map;
}

export async function resetTeamMap(): Promise<void> {
  await teamMapItem.setValue(null);
}

export async function resetPersonalLayer(): Promise<void> {
  await personalMapItem.setValue(null);
}
