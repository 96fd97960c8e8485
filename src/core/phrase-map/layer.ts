// A team's map layered over the default: add or replace entries by id, disable by id.
import { compileEntries, issuesOf, validateEntries, type IdentifierShape } from './compile';
import type { CompiledMap } from './compiled';
import { PhraseMapError, type MapIssue } from './errors';
import { teamMapSchema, type PhraseEntry, type TeamMap } from './schema';

/** Parses a team map from JSON text; errors name the entry and field. */
export function parseTeamMap(json: string): TeamMap {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new PhraseMapError([
      { entry: '(file)', field: '(json)', message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new PhraseMapError([
      { entry: '(file)', field: '(root)', message: 'a team map is an object with "entries" and "disable"' },
    ]);
  }
  const { entries, ...rest } = raw as { entries?: unknown };
  const header = teamMapSchema.omit({ entries: true }).safeParse(rest);
  const issues: MapIssue[] = header.success ? [] : issuesOf(header.error, '(file)');
  let parsedEntries: PhraseEntry[] = [];
  if (entries !== undefined && !Array.isArray(entries)) {
    issues.push({ entry: '(file)', field: 'entries', message: 'must be a list of entries' });
  } else {
    try {
      parsedEntries = validateEntries(entries ?? []);
    } catch (error) {
      if (!(error instanceof PhraseMapError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length || !header.success) throw new PhraseMapError(issues);
  return { ...header.data, entries: parsedEntries };
}

/** The default entries with a team map applied; unknown ids to disable are errors. */
export function layerEntries(base: PhraseEntry[], team: TeamMap): PhraseEntry[] {
  const known = new Set(base.map((e) => e.id));
  const issues: MapIssue[] = team.disable
    .filter((id) => !known.has(id) && !team.entries.some((e) => e.id === id))
    .map((id) => ({ entry: id, field: 'disable', message: 'no entry has this id' }));
  if (issues.length) throw new PhraseMapError(issues);
  const replacing = new Map(team.entries.map((e) => [e.id, e]));
  const disabled = new Set(team.disable);
  const merged = base.map((entry) => replacing.get(entry.id) ?? entry);
  for (const entry of team.entries) if (!known.has(entry.id)) merged.push(entry);
  return validateEntries(merged.filter((entry) => !disabled.has(entry.id)));
}

export function compileLayered(base: PhraseEntry[], team: TeamMap, identifier: IdentifierShape): CompiledMap {
  return compileEntries(layerEntries(base, team), identifier);
}
