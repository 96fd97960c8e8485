// analyze(text): the findings a ticket's text gets, as plain data.
import type { CompiledEntry, CompiledMap } from './phrase-map/compiled';
import { excludedRanges, mergeRanges, type Range } from './match/excluded';
import { blockTokens, createMatcher, matchPhrases, tokenize, type Matcher } from './match/matcher';
import { identifierRanges } from './match/shapes';
import type { Finding } from './types';

export interface AnalyzeOptions {
  /** Phrases the user chose to ignore (`phraseKey` values), compared by `ignoreKey`. */
  ignore?: ReadonlySet<string>;
}

/** How a phrase is stored for "Ignore": lower case, spaces folded. */
export function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0-]+/g, ' ')
    .trim();
}

/**
 * How an ignored phrase is compared: each word without its ending, so ignoring
 * "cache" also ignores "caches", "cached" and "caching".
 */
function ignoreKey(text: string): string {
  return phraseKey(text)
    .split(' ')
    .map((word) =>
      word
        .replace(/(?:ies|ied|ying)$/, 'y')
        .replace(/(?:ing|ed|es|s)$/, '')
        .replace(/e$/, ''),
    )
    .join(' ');
}

const ignoreKeys = new WeakMap<ReadonlySet<string>, { size: number; keys: Set<string> }>();

/** The comparison keys of an ignore set, kept until the set changes size. */
function keysOf(ignore: ReadonlySet<string>): Set<string> {
  let cached = ignoreKeys.get(ignore);
  if (!cached || cached.size !== ignore.size) {
    cached = { size: ignore.size, keys: new Set([...ignore].map(ignoreKey)) };
    ignoreKeys.set(ignore, cached);
  }
  return cached.keys;
}

/** Whether a finding's words are among the ignored phrases: analysis with `ignore` is analysis without it, less these. */
export function isIgnored(ignore: ReadonlySet<string>, text: string): boolean {
  return ignore.size > 0 && keysOf(ignore).has(ignoreKey(text));
}

const matchers = new WeakMap<CompiledMap, Matcher>();
const builders = new WeakMap<CompiledMap, () => Matcher>();

/** A quicker way than from its forms to build this map's matcher (the built-in map's, from its packed text). */
export function buildMatcherWith(map: CompiledMap, build: () => Matcher) {
  builders.set(map, build);
}

/** The matcher for a map, built once per map object. */
export function matcherFor(map: CompiledMap): Matcher {
  let matcher = matchers.get(map);
  if (!matcher) {
    matcher = builders.get(map)?.() ?? createMatcher(map);
    matchers.set(map, matcher);
  }
  return matcher;
}

function finding(text: string, start: number, end: number, entry: CompiledEntry): Finding {
  return {
    start,
    end,
    text: text.slice(start, end),
    entryId: entry.id,
    category: entry.category,
    why: entry.why,
    rewrites: entry.rewrites,
  };
}

export function analyzeWith(map: CompiledMap, text: string, options: AnalyzeOptions = {}): Finding[] {
  const stream = tokenize(text);
  if (stream.length === 0) return [];
  const excluded = excludedRanges(text);
  const identifiers = mergeRanges(withoutExcluded(identifierRanges(text, stream), excluded));
  const blocked = blockTokens(stream, mergeRanges([...excluded, ...identifiers].map(([a, b]) => [a, b])));
  const findings: Finding[] = [];
  for (const m of matchPhrases(matcherFor(map), text, stream, blocked)) {
    findings.push(finding(text, stream.starts[m.first]!, stream.ends[m.last]!, map.entries[m.entry]!));
  }
  for (const [start, end] of identifiers) findings.push(finding(text, start, end, map.identifier));
  const named = findings.filter((f) => !isPartOfName(text, f));
  const ignore = options.ignore;
  const kept = ignore?.size ? named.filter((f) => !isIgnored(ignore, f.text)) : named;
  return kept.sort((a, b) => a.start - b.start);
}

const NAMES: ReadonlySet<string> = new Set(['component', 'acronym']);
const NAME_BREAK = /[\s()[\]{}<>"'`,;]/;

/**
 * The run of name characters (anything but spaces, brackets, quotes, commas and semicolons)
 * that ends at `end`, at most 40 long. Walked back a character at a time: a regular expression
 * anchored at the end would try every start, and this runs for every finding.
 */
function tokenBefore(text: string, end: number): string {
  const stop = Math.max(0, end - 40);
  let start = end;
  while (start > stop && !NAME_BREAK.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/**
 * A tool's name inside a longer product or package name ("sidekiq-ent", "knex-migrator",
 * "@calcom/features") names that product, not the tool. Housekeeping words stay
 * findings when hyphenated ("clean-up" is matched whole), and so do system words
 * ("immich-microservices", "multi-pod").
 */
function isPartOfName(text: string, f: Finding): boolean {
  const token = tokenBefore(text, f.start);
  if (token.startsWith('@') && token.includes('/')) return true;
  if (!NAMES.has(f.category)) return false;
  const before = /([\p{L}\p{N}]+)-$/u.exec(token)?.[1];
  const after = /^-([\p{L}\p{N}]+)/u.exec(text.slice(f.end, f.end + 24))?.[1];
  if (before !== undefined && PREFIXES.test(before)) return false;
  const joined = after ?? before;
  // "redis-server" and "celery-worker" are still the system talking.
  // "CVE-2021-23362" is an id, not a product name.
  return joined !== undefined && !SYSTEM_PARTS.test(joined) && !/^\d/.test(joined);
}

const PREFIXES = /^(?:non|multi|pre|post|re|anti|semi|off|on|sub|auto|async|sync|cross|self|in|out|over|under)$/i;
const SYSTEM_PARTS =
  /^(?:servers?|clients?|clusters?|containers?|queues?|workers?|nodes?|pods?|services?|microservices?|db|database|proxy|cache|app|api|backend|frontend|operator|exporter|agent|daemon|instances?|side|based|backed|related|level|only|specific|compatible|killed|kill|killer)$/i;

/** Ranges that overlap none of `excluded` (both sorted by start). */
function withoutExcluded(ranges: Range[], excluded: readonly Range[]): [number, number][] {
  const kept: [number, number][] = [];
  let e = 0;
  for (const [start, end] of ranges) {
    while (e < excluded.length && excluded[e]![1] <= start) e++;
    const next = excluded[e];
    if (!next || next[0] >= end) kept.push([start, end]);
  }
  return kept;
}
