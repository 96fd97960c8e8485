// Before-and-target numbers in free text ("from 3% to below 0.5%", "3% -> 1%",
// "4.1% today, we expect below 1%"). A lone number ("3 retries", "version
// 1.2.3") is never a pair: a pair needs an arrow, "from ... to", or a today
// value followed by a target in the same sentence.

export interface NumberPair {
  /** As written, qualifier and unit included: "3%", "below 0.5%". */
  before: string;
  target: string;
  /** "%", "per 1,000", "minutes"; "" when neither value has one. */
  unit: string;
  /** What is measured, when the text says so ("sign-in failures"). */
  metric?: string;
  start: number;
  end: number;
}

interface Value {
  start: number;
  end: number;
  qualifier: string;
  unit: string;
}

const INT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)`;
// Not part of a version, date, time, id or word: "1.2.3", "2024-05-01", "v2", "#12".
const NUM = String.raw`[$€£]?(?<![\w.,/:#-])${INT}(?:\.\d+)?(?![.,:/-]?\d)`;
const QUAL = String.raw`(?:below|under|less than|fewer than|at most|no more than|above|over|more than|at least|about|around|roughly|nearly|almost)\s+|[<>≤≥~]=?\s*`;
const TIME = 'milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?';
const COUNT = String.raw`(?:failed\s+)?(?:tickets?|errors?|failures?|logins?|sign-ins?|requests?|users?|customers?|deals?|demos?|calls?|clicks?|attempts?|retries|times|orders?|payments?|exports?|uploads?|incidents?|outages?)`;
const BASE = String.raw`\s?%|\s?(?:ms|s|h)\b|\s+(?:${TIME}|${COUNT})\b`;
// A full stop or comma after "per 1,000" ends the sentence or clause; only one before a digit continues the number.
const RATE = String.raw`\s+(?:(?:per|in|out of)\s+${INT}(?![\d]|[.,]\d)|(?:per|a|an|each|every)\s+(?:day|week|month|quarter|year|hour|minute|sprint|release|demo|session|user|customer)\b)`;
const VALUE = new RegExp(String.raw`(?<qual>${QUAL})?${NUM}(?<unit>(?:${BASE})?(?:${RATE})?)(?![\w%])`, 'gi');

const TARGET_QUAL = /^(?:below|under|less|fewer|at most|no more|above|over|more|at least|[<>≤≥])/i;
const ARROW = /^\s*(?:->|-->|→|⟶|=>|➝)\s*$/;
const TO = /^\s+(?:to|down to|up to)\s+$/i;
const SENTENCE_BREAK = /[.!?](?:\s|$)|\n/;
const NOW_BEFORE = /\b(?:today|currently|right now|at the moment|at present|now)\b[^.!?\n]{0,25}$/i;
const NOW_AFTER = /^\s*,?\s*(?:today|currently|right now|at the moment|at present|now)\b/i;
const AIM = /\b(?:expect|aim|target|goal|want|plan|hope|should|will|bring|reach|down to|cut|reduce)/i;
// Up to four words on the same line.
const WORDS = String.raw`(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+`;
// A metric and its verb sit within this many characters before the first value.
const LEAD_CHARS = 80;
const VERB_METRIC = new RegExp(
  String.raw`\b(?:cut|cutting|reduce|reducing|lower|lowering|drop|dropping|decrease|decreasing|raise|raising|increase|increasing|improve|improving|shorten|shortening|speed up|bring|get)\s+(${WORDS})\s+from\s+$`,
  'i',
);
const LABEL_METRIC = new RegExp(String.raw`(${WORDS}):\s*$`);
const STATE_METRIC = new RegExp(
  String.raw`\b(${WORDS})\s+(?:is|are|was|sits at|stands at)\s+(?:(?:today|currently|now)\s+)?$`,
  'i',
);
/** "has gone from 180 ms to 1.4 s": a change that happened, so today is the later value and the earlier one the aim. */
const HAPPENED =
  /\b(?:gone|went|grown|grew|risen|rose|increased|jumped|climbed|spiked|doubled|tripled|dropped|fell|fallen|decreased|slipped|degraded|regressed|crept|ballooned)\s+(?:up\s+|down\s+)?from\s+$/i;
const FILLER = /^(?:(?:the|our|a|an|their|its|this|that|and|but|so|we|today|currently)\s+)+/i;

function findValues(text: string): Value[] {
  return [...text.matchAll(VALUE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    qualifier: m.groups?.qual?.trim() ?? '',
    unit: m.groups?.unit?.trim() ?? '',
  }));
}

type PairKind = 'arrow' | 'from-to' | 'today' | 'loose';

/** `lead` is the text just before `a`. */
function pairKind(text: string, lead: string, a: Value, b: Value, loose: boolean): PairKind | null {
  const gap = text.slice(a.end, b.start);
  if (ARROW.test(gap)) return 'arrow';
  if (TO.test(gap) && /\bfrom\s+$/i.test(lead)) return 'from-to';
  if (loose && TO.test(gap)) return 'loose';
  if (SENTENCE_BREAK.test(gap)) return null;
  const isNow = NOW_BEFORE.test(lead) || NOW_AFTER.test(gap);
  const isAim = TARGET_QUAL.test(b.qualifier) || AIM.test(gap);
  return isNow && isAim ? 'today' : null;
}

/** Where the metric's words sit before the first value, if the sentence names one. */
function metricBefore(lead: string, kind: PairKind): { metric: string; start: number } | null {
  const pattern = kind === 'from-to' ? VERB_METRIC : kind === 'today' ? STATE_METRIC : LABEL_METRIC;
  const m = pattern.exec(lead);
  if (!m?.[1]) return null;
  const metric = m[1].replace(FILLER, '');
  if (!metric) return null;
  const metricStart = m.index + m[0].indexOf(m[1]) + (m[1].length - metric.length);
  return { metric, start: kind === 'from-to' ? m.index : metricStart };
}

function findPairs(text: string, loose: boolean): NumberPair[] {
  const values = findValues(text);
  const pairs: NumberPair[] = [];
  for (let i = 0; i + 1 < values.length; i++) {
    const a = values[i]!;
    const b = values[i + 1]!;
    const leadStart = Math.max(0, a.start - LEAD_CHARS);
    const lead = text.slice(leadStart, a.start);
    const kind = pairKind(text, lead, a, b, loose);
    if (!kind) continue;
    const named = metricBefore(lead, kind);
    const fromAt = kind === 'from-to' ? lead.search(/\bfrom\s+$/i) : -1;
    const start = named ? leadStart + named.start : fromAt >= 0 ? leadStart + fromAt : a.start;
    // A change the text reports ("went from 180 ms to 1.4 s") is a regression to undo: the number
    // today is where it went, and the one to aim for is where it was.
    const [now, aim] = kind === 'from-to' && HAPPENED.test(lead) ? [b, a] : [a, b];
    pairs.push({
      before: text.slice(now.start, now.end),
      target: text.slice(aim.start, aim.end),
      unit: b.unit || a.unit,
      ...(named ? { metric: named.metric } : {}),
      start,
      end: b.end,
    });
    i++; // a value belongs to one pair at most
  }
  return pairs;
}

export function findNumbers(text: string): NumberPair[] {
  return findPairs(text, false);
}

export interface NumberInput {
  before: string;
  target: string;
  unit: string;
  metric?: string;
}

/** What a user pastes into the number step: "3% -> below 0.5%", "from 12 to 2 per 1,000", "3% to 1%". */
export function parseNumberInput(input: string): NumberInput | null {
  const pair = findPairs(input, true)[0];
  if (!pair) return null;
  const { before, target, unit, metric } = pair;
  return { before, target, unit, ...(metric ? { metric } : {}) };
}
