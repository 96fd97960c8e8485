// Measures detection on a labelled set of real tickets (JSON lines with
// {id, title, body, kind: "platform"|"customer", jargon: [...]}).
import { readFileSync } from 'node:fs';
import { analyze, type Finding } from '../../src/core';

interface Ticket {
  id: string;
  title: string;
  body: string;
  kind: 'platform' | 'customer';
  jargon: string[];
}

function labelledSpans(text: string, jargon: string[]): [number, number][] {
  const spans: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const phrase of jargon) {
    const needle = phrase.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1))
      spans.push([at, at + needle.length]);
  }
  return spans;
}

const overlaps = (f: Finding, [a, b]: [number, number]) => f.start < b && f.end > a;

export function evaluate(path: string, verbose = false) {
  const tickets: Ticket[] = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  let platform = 0,
    platformFlagged = 0,
    platformRelevant = 0,
    customer = 0,
    customerFlagged = 0,
    customerClean = 0,
    cleanFlagged = 0;
  let labels = 0,
    labelsFound = 0,
    findings = 0,
    findingsOnLabels = 0;
  const falsePositives = new Map<string, number>();
  for (const t of tickets) {
    const text = `${t.title}\n\n${t.body}`;
    const found = analyze(text);
    const spans = labelledSpans(text, t.jargon);
    const seenLabels = new Set<string>();
    for (const phrase of t.jargon) {
      const key = phrase.toLowerCase();
      if (seenLabels.has(key)) continue;
      seenLabels.add(key);
      labels++;
      if (labelledSpans(text, [phrase]).some((span) => found.some((f) => overlaps(f, span)))) labelsFound++;
    }
    const onLabel = found.filter((f) => spans.some((span) => overlaps(f, span)));
    findings += found.length;
    findingsOnLabels += onLabel.length;
    for (const f of found)
      if (!onLabel.includes(f))
        falsePositives.set(f.text.toLowerCase(), (falsePositives.get(f.text.toLowerCase()) ?? 0) + 1);
    if (t.kind === 'platform') {
      platform++;
      if (found.length) platformFlagged++;
      if (onLabel.length) platformRelevant++;
      else if (verbose) console.log(`missed ${t.id}: ${t.title}`);
    } else {
      customer++;
      if (found.length) customerFlagged++;
      if (t.jargon.length === 0) {
        customerClean++;
        if (found.length) {
          cleanFlagged++;
          if (verbose) console.log(`flagged clean ${t.id}: ${found.map((f) => f.text).join(', ')}`);
        }
      }
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}% (${a}/${b})`;
  return {
    'platform tickets with a relevant flag': pct(platformRelevant, platform),
    'platform tickets with any flag': pct(platformFlagged, platform),
    'labelled jargon covered': pct(labelsFound, labels),
    'flags on labelled jargon (precision)': pct(findingsOnLabels, findings),
    'customer tickets with any flag': pct(customerFlagged, customer),
    'customer tickets without labelled jargon that get a flag': pct(cleanFlagged, customerClean),
    'most frequent unlabelled flags': [...falsePositives]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, n]) => `${k} ×${n}`)
      .join(', '),
  };
}

const [path = '../shared/dev-corpus/tickets.jsonl', flag] = process.argv.slice(2);
const result = evaluate(path, flag === '--verbose');
for (const [name, value] of Object.entries(result)) console.log(`${name.padEnd(58)} ${value}`);
