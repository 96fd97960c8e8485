// Rewrite figures on real ticket sentences: the share where the first thing the
// card offers is what a careful writer accepted (tests/rewrites/golden.jsonl), and
// counts of outputs that no careful writer would keep (doubled words, braces).
// Usage: node scripts/eval-rewrites.mjs [--cases FILE --golden FILE] [--dump FILE]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../../src/core';
import { suggestFor } from '../../src/core/rewrite/suggest';

interface Case {
  id: string;
  sentence: string;
  phrase: string;
  start: number;
  usage: string;
  isTitle: boolean;
  ticket: string;
  note?: string;
}
interface Golden {
  id: string;
  /** What the card should offer first: the sentence after, or null where no swap should be offered. */
  expect: string | null;
}

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1]!;
};
const cases: Case[] = lines(option('--cases', 'tests/rewrites/sentences.jsonl')).map((l) => JSON.parse(l));
const goldenPath = option('--golden', 'tests/rewrites/golden.jsonl');
const golden = new Map(
  (existsSync(goldenPath) ? lines(goldenPath) : []).map((l) => JSON.parse(l) as Golden).map((g) => [g.id, g.expect]),
);

/** The first thing the card offers for the case's phrase, as the sentence reads after it. */
export function firstOffer(c: Case): { offer: string | null; kind: string } {
  const at = c.ticket.indexOf('\n');
  const ticket =
    at === -1 ? { title: c.ticket, body: '' } : { title: c.ticket.slice(0, at), body: c.ticket.slice(at + 1) };
  const finding = analyze(c.sentence).find((f) => f.start <= c.start && c.start < f.end);
  if (!finding) return { offer: null, kind: 'not flagged' };
  const offer = suggestFor({ text: c.sentence, finding, ticket, isTitle: c.isTitle });
  if (offer.suggestions[0])
    return { offer: offer.suggestions[0].sentenceAfter, kind: `in place (${offer.suggestions[0].as})` };
  if (offer.sentenceRewrite)
    return { offer: offer.sentenceRewrite.text, kind: c.isTitle ? 'title rewrite' : 'sentence rewrite' };
  return { offer: null, kind: 'nothing fits' };
}

// A list item's marker is not part of its sentence: "- **Run …**" and "**Run …**" are the same offer.
const bare = (s: string | null | undefined) => s?.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '') ?? null;

const defects = { doubled: 0, braces: 0, blanks: 0 };
let judged = 0;
let accepted = 0;
const byKind = new Map<string, [number, number]>();
/** [accepted, offered] for what the card offers first, by kind; [matched, expected] where the writer wanted a rewrite. */
const offered = new Map<string, [number, number]>();
const wanted: [number, number] = [0, 0];
const dump: unknown[] = [];
for (const c of cases) {
  const { offer, kind } = firstOffer(c);
  if (offer) {
    const had = new Set([...c.sentence.matchAll(/\b(\p{L}+)\s+\1\b/giu)].map((m) => m[1]!.toLowerCase()));
    if ([...offer.matchAll(/\b(\p{L}+)\s+\1\b/giu)].some((m) => !had.has(m[1]!.toLowerCase()))) defects.doubled++;
    if (/[{}]/.test(offer)) defects.braces++;
    if (/\[(?:customer action|who feels it|when|number)\]/.test(offer)) defects.blanks++;
  }
  dump.push({ id: c.id, usage: c.usage, phrase: c.phrase, sentence: c.sentence, kind, offer });
  if (!golden.has(c.id)) continue;
  judged++;
  const expected = golden.get(c.id);
  const ok = bare(expected) === bare(offer);
  if (ok) accepted++;
  if (offer) {
    const group = kind.startsWith('in place') ? 'in-place rewrites' : 'sentence and title rewrites';
    const o = offered.get(group) ?? [0, 0];
    offered.set(group, [o[0] + Number(ok), o[1] + 1]);
  }
  if (expected) {
    wanted[1]++;
    if (ok) wanted[0]++;
  }
  const k = byKind.get(c.usage) ?? [0, 0];
  byKind.set(c.usage, [k[0] + Number(ok), k[1] + 1]);
}
const dumpPath = option('--dump', '');
if (dumpPath) writeFileSync(dumpPath, `${dump.map((d) => JSON.stringify(d)).join('\n')}\n`);

const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '0.0'}% (${a}/${b})`;
console.log(`${'first offer accepted by a careful writer'.padEnd(56)} ${pct(accepted, judged)}`);
for (const [usage, [a, b]] of [...byKind].sort()) console.log(`${`  ${usage}`.padEnd(56)} ${pct(a, b)}`);
for (const [group, [a, b]] of [...offered].sort())
  console.log(`${`${group} offered first, accepted`.padEnd(56)} ${pct(a, b)}`);
console.log(`${'where the writer wanted a rewrite, offered it'.padEnd(56)} ${pct(wanted[0], wanted[1])}`);
console.log(`${'outputs with a doubled word'.padEnd(56)} ${defects.doubled}`);
console.log(`${'outputs with raw braces'.padEnd(56)} ${defects.braces}`);
console.log(`${'outputs offered first with a blank still to fill'.padEnd(56)} ${defects.blanks}`);
console.log(`${'sentences from real tickets'.padEnd(56)} ${cases.length} (${judged} judged)`);
