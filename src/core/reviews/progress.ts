// Today's value against the write-up's before and target, as people wrote them
// ("3%", "below 0.5%", "12 per 1,000", "1.4 s"). Values compare only when they
// read as numbers in the same unit (milliseconds, seconds, minutes and hours
// convert); otherwise the review shows the three values side by side, unjudged.

export interface Amount {
  value: number;
  /** What follows the number, lower-cased ("%", "per 1,000", "tickets"); "" when nothing does. */
  unit: string;
  /** A target's stated direction: "below 0.5%" is `below`, "at least 99%" is `above`. */
  bound?: 'below' | 'above';
  /** "below" and "above" exclude the value itself; "at most" and "at least" include it. */
  strict?: boolean;
}

const BOUNDS: { pattern: RegExp; bound: 'below' | 'above'; strict: boolean }[] = [
  { pattern: /^(?:at most|no more than|≤|<=)\s*/i, bound: 'below', strict: false },
  { pattern: /^(?:below|under|less than|fewer than|<)\s*/i, bound: 'below', strict: true },
  { pattern: /^(?:at least|no less than|≥|>=)\s*/i, bound: 'above', strict: false },
  { pattern: /^(?:above|over|more than|>)\s*/i, bound: 'above', strict: true },
];

const SECONDS: Record<string, number> = {
  ms: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
};

/** The number in a value as written, or null when there is none. */
export function readAmount(text: string): Amount | null {
  let rest = text.trim().replace(/^(?:about|around|roughly|~)\s*/i, '');
  let bound: Amount['bound'];
  let strict: boolean | undefined;
  for (const b of BOUNDS) {
    if (b.pattern.test(rest)) {
      rest = rest.replace(b.pattern, '');
      bound = b.bound;
      strict = b.strict;
      break;
    }
  }
  const m = /^(-?\d[\d,]*(?:\.\d+)?|-?\.\d+)\s*(.*)$/.exec(rest);
  if (!m) return null;
  let value = Number(m[1]!.replace(/,/g, ''));
  let unit = m[2]!.trim().toLowerCase().replace(/\.$/, '');
  if (!Number.isFinite(value)) return null;
  const scale = SECONDS[unit];
  if (scale !== undefined) {
    value *= scale;
    unit = 's';
  }
  return bound ? { value, unit, bound, strict } : { value, unit };
}

export interface Progress {
  before: number;
  target: number;
  today: number;
  /** Which way is better: a target below the before means down. */
  direction: 'down' | 'up';
  met: boolean;
  /** How far today is from the before toward the target, 0 (no better) to 1 (there); below 0 when worse. */
  share: number;
}

/** Today's value judged against the before and the target; null when they do not compare as numbers. */
export function compareToTarget(before: string, target: string, today: string): Progress | null {
  const b = readAmount(before);
  const t = readAmount(target);
  const n = readAmount(today);
  if (!b || !t || !n) return null;
  // A bare value today ("0.4") is read in the unit of the before and the target.
  const unit = b.unit || t.unit;
  if ((b.unit && t.unit && b.unit !== t.unit) || (n.unit && unit && n.unit !== unit)) return null;
  const direction: Progress['direction'] = t.bound
    ? t.bound === 'below'
      ? 'down'
      : 'up'
    : t.value < b.value
      ? 'down'
      : 'up';
  const strict = t.strict ?? false;
  const met =
    direction === 'down'
      ? strict
        ? n.value < t.value
        : n.value <= t.value
      : strict
        ? n.value > t.value
        : n.value >= t.value;
  const span = t.value - b.value;
  const share = span === 0 ? (met ? 1 : 0) : (n.value - b.value) / span;
  return { before: b.value, target: t.value, today: n.value, direction, met, share: met ? Math.max(1, share) : share };
}

/** The comparison in words, for the review step and for screen readers. */
export function progressText(number: { before: string; target: string }, today: string): string {
  const value = today.trim();
  if (!value) return '';
  const { before, target } = number;
  const p = before && target ? compareToTarget(before, target, value) : null;
  if (!p) {
    const known = [before && `before ${before}`, target && `target ${target}`].filter(Boolean).join(', ');
    return known
      ? `${value} today (${known}); these do not compare as numbers, so judge it yourself.`
      : `${value} today.`;
  }
  if (p.met) return `${value} today: the target (${target}) is met. It was ${before} before.`;
  if (p.share <= 0) {
    return p.today === p.before
      ? `${value} today: no change from ${before} yet; the target is ${target}.`
      : `${value} today: worse than ${before} before; the target is ${target}.`;
  }
  return `${value} today: ${Math.round(p.share * 100)}% of the way from ${before} to the target (${target}).`;
}

/** The follow-up comment the review offers, for the user to edit ("Sign-in failures went from 3% to 0.4% since the fix"). */
export function followUpText(number: { metric: string; before: string; target: string }, today: string): string {
  const value = today.trim();
  if (!value) return '';
  const metric = number.metric.trim();
  const subject = metric ? metric[0]!.toUpperCase() + metric.slice(1) : 'The number';
  const from = number.before ? ` from ${number.before}` : '';
  const goal = number.target ? ` (target: ${number.target})` : '';
  return `${subject} went${from} to ${value} since the fix${goal}.`;
}
