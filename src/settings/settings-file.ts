// Everything the user set, as one file to carry to another machine: settings,
// ignored phrases, the team map and personal changes. Importing checks the whole
// file first and changes nothing when any part is wrong.
import { z } from 'zod';
import { PhraseMapError, type MapIssue } from '../core/phrase-map/errors';
import { issuesOf } from '../core/phrase-map/compile';
import {
  ignoredPhrasesItem,
  personalMapItem,
  settingsItem,
  teamMapItem,
  type Settings,
} from '../storage';
import { readMapFile } from './phrase-layers';

export const SETTINGS_FILE_KIND = 'customer-terms-settings';

const settingsFileSchema = z.strictObject({
  kind: z.literal(SETTINGS_FILE_KIND),
  version: z.literal(1),
  settings: z.strictObject({ highlightWhileReading: z.boolean() }).partial().default({}),
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
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PhraseMapError([{ entry: '(file)', field: '(json)', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const parsed = settingsFileSchema.safeParse(raw);
  if (!parsed.success) throw new PhraseMapError(issuesOf(parsed.error, '(file)'));
  const file = parsed.data;
  const issues: MapIssue[] = [];
  const check = (map: unknown, label: string) => {
    if (map === undefined) return;
    try {
      readMapFile(JSON.stringify(map));
    } catch (error) {
      if (!(error instanceof PhraseMapError)) throw error;
      issues.push(...error.issues.map((i) => ({ ...i, entry: `${label}: ${i.entry}` })));
    }
  };
  check(file.teamMap, 'team map');
  check(file.personalMap, 'personal');
  if (issues.length) throw new PhraseMapError(issues);
  const now = Date.now();
  const current: Settings = await settingsItem.getValue();
  await Promise.all([
    settingsItem.setValue({ ...current, ...file.settings }),
    ignoredPhrasesItem.setValue([...new Set(file.ignoredPhrases)].sort()),
    file.teamMap === undefined ? Promise.resolve() : teamMapItem.setValue({ map: file.teamMap, source, savedAt: now }),
    file.personalMap === undefined ? Promise.resolve() : personalMapItem.setValue({ map: file.personalMap, source, savedAt: now }),
  ]);
}
