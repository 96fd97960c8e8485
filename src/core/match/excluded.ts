// Parts of a ticket that are never flagged: code, links, addresses, mentions,
// issue references and file paths. They are someone's exact words or names.

export type Range = readonly [start: number, end: number];

const FILE_EXTENSIONS =
  'tsx?|jsx?|mjs|cjs|json|ya?ml|toml|md|py|rb|go|rs|java|kts?|php|cs|cpp|c|h|sh|sql|css|scss|html?|xml|lock|env|conf|ini|log|txt|csv|gradle|dockerfile';
const FILE_EXTENSION = new RegExp(`\\.(?:${FILE_EXTENSIONS})\\b`, 'i');

/**
 * Each pattern with a cheap test that must pass before it runs: most ticket text
 * has no backtick, @ or path, and skipping those patterns keeps analysis fast.
 */
const PATTERNS: [RegExp, (text: string) => boolean][] = [
  // Fenced code blocks; an unclosed fence runs to the end of the text.
  [/^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gm, (t) => t.includes('```') || t.includes('~~~')],
  // Inline code spans (single or double backticks) on one line.
  [/``[^\n]+?``|`[^`\n]+`/g, (t) => t.includes('`')],
  // HTML comments, which issue templates are full of.
  [/<!--[\s\S]*?(?:-->|(?![\s\S]))/g, (t) => t.includes('<!--')],
  // URLs with a scheme or www., and markdown link targets.
  [/\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"'`]+/gi, (t) => t.includes('://') || /www\./i.test(t)],
  [/\]\([^)\s]*\)/g, (t) => t.includes(']('),],
  // E-mail addresses.
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, (t) => t.includes('@')],
  // @mentions, teams included (@org/team).
  [/(?<![\p{L}\p{N}_@.])@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?/gu, (t) => t.includes('@')],
  // Issue references: #123, owner/repo#123, GH-123 and tracker keys such as ABC-123.
  // Severity labels (SEV-1) look like keys but are jargon to flag, so they are not references.
  [/(?<![\p{L}\p{N}_/])(?:[\w.-]+\/[\w.-]+)?#\d+\b/gu, (t) => t.includes('#')],
  [/\b(?!SEV-)[A-Z][A-Z0-9_]{1,9}-\d+\b/g, (t) => /[A-Z0-9_]-\d/.test(t)],
  // Paths: ./x, ../x, ~/x, /x/y, a/b/c, a/b.ext.
  [/(?<![\p{L}\p{N}_.\/-])(?:~|\.{1,2})?\/[\w.@-]+(?:\/[\w.@-]+)*\/?/gu, (t) => t.includes('/')],
  [/(?<![\p{L}\p{N}_.\/-])[\w.@-]+(?:\/[\w.@-]+){2,}\/?/gu, (t) => t.includes('/')],
  [/(?<![\p{L}\p{N}_.\/-])[\w@-]+(?:\/[\w.@-]+)*\/[\w@-]+\.[a-z][a-z0-9]{0,5}\b/gu, (t) => t.includes('/')],
  // Bare file names with a common source, config or data extension.
  [
    new RegExp(`(?<![\\p{L}\\p{N}_.\\/-])[\\w-]+(?:\\.[\\w-]+)*\\.(?:${FILE_EXTENSIONS})\\b`, 'giu'),
    (t) => FILE_EXTENSION.test(t),
  ],
];

/** Sorted, merged ranges of text that must not be flagged. */
export function excludedRanges(text: string): Range[] {
  const found: [number, number][] = [];
  for (const [pattern, mayMatch] of PATTERNS) {
    if (!mayMatch(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      found.push([m.index, m.index + m[0].length]);
    }
  }
  return mergeRanges(found);
}

export function mergeRanges(ranges: [number, number][]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
