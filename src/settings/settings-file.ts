// Everything the user set, as one file to carry to another machine: settings,
// ignored phrases, the team map and personal changes. Importing checks the whole
// file first and changes nothing when any part is wrong.
import { z } from 'zod';
import { PhraseMapError, type MapIssue } from '../core/phrase-map/errors';
import { issuesOf } from '../core/phrase-map/compile';
import {
  ignoredPhrasesItem,
  normalizeSettings,
  personalMapItem,
  settingsItem,
  teamMapItem,
  type Settings,
} from '../storage';
import type { TeamMap } from '../core/phrase-map/schema';
import { fileLimitIssues, MAP_LIMITS, parseStoredLayer } from './phrase-layers';
import { teamLayerForChange } from './personal-layer';
import { keepUnloadableLayer } from './team-layer';

export const SETTINGS_FILE_KIND = 'customer-terms-settings';

/** A settings file holds at most a team map and a personal layer (1 MB each) and small settings. */
export const SETTINGS_FILE_LIMITS = { bytes: 2 * MAP_LIMITS.bytes + 200_000, depth: MAP_LIMITS.depth + 2 } as const;

const settingsFileSchema = z.strictObject({
  kind: z.literal(SETTINGS_FILE_KIND),
  version: z.literal(1),
  settings: z
    .strictObject({ highlightWhileReading: z.boolean(), disabledTrackers: z.array(z.string().max(40)).max(50) })
    .partial()
    .default({}),
  ignoredPhrases: z.array(z.string().max(200)).max(5_000).default([]),
  teamMap: z.unknown().optional(),
  personalMap: z.unknown().optional(),
});

export async function exportSettingsFile(): Promise<string> {
  const [settings, ignored, team, personal] = await Promise.all([
    settingsItem.getValue(),
    ignoredPhrasesItem.getValue(),
    teamMapItem.getValue(),
    personalMapItem.getValue(),
  ]);
  const file = {
    kind: SETTINGS_FILE_KIND,
    version: 1,
    settings,
    ignoredPhrases: ignored,
    ...(team ? { teamMap: team.map } : {}),
    ...(personal ? { personalMap: personal.map } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Checks a settings file whole, then applies it; throws PhraseMapError naming every problem, having changed nothing. */
export async function importSettingsFile(text: string, source: string): Promise<void> {
  const fileIssues = fileLimitIssues(text, SETTINGS_FILE_LIMITS);
  if (fileIssues.length) throw new PhraseMapError(fileIssues);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PhraseMapError([
      { entry: '(file)', field: '(json)', message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
  const parsed = settingsFileSchema.safeParse(raw);
  if (!parsed.success) throw new PhraseMapError(issuesOf(parsed.error, '(file)'));
  const file = parsed.data;
  const issues: MapIssue[] = [];
  const check = (map: unknown, label: string, over?: TeamMap | null): TeamMap | null => {
    const read = parseStoredLayer(map, over);
    issues.push(...read.issues.map((i) => ({ ...i, entry: `${label}: ${i.entry}` })));
    return read.layer;
  };
  const team =
    file.teamMap === undefined
      ? parseStoredLayer((await teamMapItem.getValue())?.map).layer
      : check(file.teamMap, 'team map');
  // The personal layer is read over the team map it will sit on (it may disable the team's entries).
  if (file.personalMap !== undefined && issues.length === 0) check(file.personalMap, 'personal', team);
  if (issues.length) throw new PhraseMapError(issues);
  const now = Date.now();
  if (file.teamMap !== undefined) await keepUnloadableLayer(teamMapItem);
  if (file.personalMap !== undefined) await keepUnloadableLayer(personalMapItem, await teamLayerForChange());
  const current: Settings = normalizeSettings(await settingsItem.getValue());
  await Promise.all([
    settingsItem.setValue(normalizeSettings({ ...current, ...file.settings })),
    ignoredPhrasesItem.setValue([...new Set(file.ignoredPhrases)].sort()),
    file.teamMap === undefined ? Promise.resolve() : teamMapItem.setValue({ map: file.teamMap, source, savedAt: now }),
    file.personalMap === undefined
      ? Promise.resolve()
      : personalMapItem.setValue({ map: file.personalMap, source, savedAt: now }),
  ]);
}
