// Validates phrase-map entries and compiles them into matchable forms.
// Uses compromise for inflections, so only build steps, the CLI and extension
// pages import this module; the content script gets a compiled map.
import { z } from 'zod';
import type { CompiledEntry, CompiledForm, CompiledMap } from './compiled';
import { PhraseMapError, type MapIssue } from './errors';
import { exactForms, inflections } from './inflect';
import { entrySchema, rewriteSchema, type PhraseEntry } from './schema';
import { phraseKeys } from '../match/tokens';

const identifierShapeSchema = z.strictObject({
  why: z.string().trim().min(1).max(240),
  rewrites: z.array(rewriteSchema).max(3),
});
export type IdentifierShape = z.input<typeof identifierShapeSchema>;

/** Zod issues as "entry, field: message" lines that name the entry. */
export function issuesOf(error: z.ZodError, entry: string, prefix = ''): MapIssue[] {
  return error.issues.map((issue) => ({
    entry,
    field: prefix + (issue.path.length ? issue.path.join('.') : '(entry)'),
    message: issue.message,
  }));
}

function entryLabel(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `entry #${index + 1}`;
}

/** Parses raw entries; throws PhraseMapError listing every problem, so nothing is half-loaded. */
export function validateEntries(raw: unknown[]): PhraseEntry[] {
  const issues: MapIssue[] = [];
  const entries: PhraseEntry[] = [];
  raw.forEach((item, index) => {
    const parsed = entrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else issues.push(...issuesOf(parsed.error, entryLabel(item, index)));
  });
  issues.push(...duplicateIssues(entries));
  if (issues.length) throw new PhraseMapError(issues);
  return entries;
}

function duplicateIssues(entries: PhraseEntry[]): MapIssue[] {
  const issues: MapIssue[] = [];
  const ids = new Set<string>();
  const phrases = new Map<string, string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) issues.push({ entry: entry.id, field: 'id', message: 'another entry has the same id' });
    ids.add(entry.id);
    entry.phrases.forEach((phrase, i) => {
      const keys = phraseKeys(phrase, entry.match === 'exact');
      if (keys.length === 0) {
        issues.push({ entry: entry.id, field: `phrases.${i}`, message: `"${phrase}" has no words to match` });
        return;
      }
      const key = (entry.match === 'exact' ? 'exact:' : 'words:') + keys.join('');
      const owner = phrases.get(key);
      if (owner !== undefined) {
        const where = owner === entry.id ? 'twice in this entry' : `in entry "${owner}" too`;
        issues.push({ entry: entry.id, field: `phrases.${i}`, message: `"${phrase}" is listed ${where}` });
      }
      phrases.set(key, entry.id);
    });
  }
  return issues;
}

/** Compiles validated entries; a listed phrase always beats another entry's inflected form. */
export function compileEntries(entries: PhraseEntry[], identifier: IdentifierShape): CompiledMap {
  const compiled: CompiledEntry[] = entries.map(({ id, category, why, rewrites }) => ({ id, category, why, rewrites }));
  const words = new Map<string, number>();
  const exact = new Map<string, number>();
  const listed = new Set(entries.flatMap((e) => (e.match === 'exact' ? [] : e.phrases.map((p) => p.toLowerCase()))));
  entries.forEach((entry, index) => {
    const target = entry.match === 'exact' ? exact : words;
    for (const phrase of entry.phrases) {
      const forms = entry.match === 'exact' ? exactForms(phrase) : inflections(phrase.toLowerCase());
      for (const form of forms) {
        const isListed = form === phrase.toLowerCase() || entry.match === 'exact';
        if (!isListed && listed.has(form)) continue;
        if (!target.has(form) || isListed) target.set(form, index);
      }
    }
  });
  const exceptions = entries.flatMap((entry) =>
    entry.exceptions.map((phrase): [string, boolean] => [phrase, entry.match === 'exact']),
  );
  return {
    version: 1,
    entries: compiled,
    words: withKeys(words, false),
    exact: withKeys(exact, true),
    exceptions,
    identifier: { id: 'code-identifier', category: 'identifier', ...identifierShapeSchema.parse(identifier) },
  };
}

function withKeys(forms: Map<string, number>, exact: boolean): CompiledForm[] {
  return [...forms].map(([form, entry]) => {
    const keys = phraseKeys(form, exact);
    return keys.length === 1 && keys[0] === form ? [form, entry] : [form, entry, keys];
  });
}

export function compileMap(raw: unknown[], identifier: IdentifierShape): CompiledMap {
  return compileEntries(validateEntries(raw), identifier);
}
