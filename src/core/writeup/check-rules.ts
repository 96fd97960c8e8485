// One function per quick check. Each takes what it judges, already extracted,
// and says in plain words what is true now (message) and what to do (hint).
import { addDays, dayNumber } from './dates';
import type { Proof } from './model';
import { capitalize, countWords, joinList, plural } from './text';

export const CHECK_IDS = [
  'one-breath',
  'one-action',
  'one-number',
  'effect-named',
  'no-jargon',
  'proof',
  'review-date',
  'scope',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckResult {
  id: CheckId;
  passed: boolean;
  /** What is true now. */
  message: string;
  /** What to do about it; "" when the check passes. */
  hint: string;
}

const pass = (id: CheckId, message: string): CheckResult => ({ id, passed: true, message, hint: '' });
const fail = (id: CheckId, message: string, hint: string): CheckResult => ({ id, passed: false, message, hint });
const quoted = (items: readonly string[]) => items.map((s) => `“${s}”`);

// One breath out loud is about 12 seconds; at a calm 2.5 words a second that is 30 words.
export const BREATH_WORDS = 30;
const WORDS_PER_SECOND = 2.5;

export function oneBreath(summary: string): CheckResult {
  const words = countWords(summary);
  if (!words) {
    return fail('one-breath', 'There is no summary yet.', 'Fill in the customer task and what goes wrong today.');
  }
  const seconds = Math.max(1, Math.round(words / WORDS_PER_SECOND));
  const said = `The summary is ${plural(words, 'word')}, about ${plural(seconds, 'second')} out loud`;
  if (words <= BREATH_WORDS) return pass('one-breath', `${said}.`);
  return fail(
    'one-breath',
    `${said}: too long for one breath.`,
    `Cut it to ${BREATH_WORDS} words or fewer: keep the action, the effect and the number.`,
  );
}

export function oneAction(actions: readonly string[]): CheckResult {
  if (actions.length === 1) return pass('one-action', `One customer action: ${actions[0]}.`);
  if (!actions.length) {
    return fail(
      'one-action',
      'No customer action is named yet.',
      'Name the one thing customers are trying to do, such as sign in, export or pay.',
    );
  }
  return fail(
    'one-action',
    `This names ${actions.length} customer actions: ${joinList(quoted(actions))}.`,
    'Pick the one customers feel most and move the others to their own tickets.',
  );
}

/** `numbers` are described pairs ("sign-in failures from 3% to below 0.5%"); `half` says what a lone value lacks. */
export function oneNumber(numbers: readonly string[], half: 'before' | 'target' | null): CheckResult {
  const id = 'one-number';
  if (numbers.length === 1) return pass(id, `One number to measure: ${numbers[0]}.`);
  if (numbers.length > 1) {
    return fail(
      id,
      `There are ${numbers.length} numbers: ${joinList(quoted(numbers))}.`,
      'Keep the one closest to a real customer moment; several numbers start arguments about charts.',
    );
  }
  if (half === 'before') {
    return fail(
      id,
      'The number has a target but no value for today.',
      'Add where it stands today, so the change can be measured.',
    );
  }
  if (half === 'target') {
    return fail(id, 'The number has a value for today but no target.', 'Add where it should be after the fix.');
  }
  return fail(
    id,
    'No before-and-target number yet.',
    'Add one number people can repeat: where it is today and where it should be.',
  );
}

export function effectNamed(picks: readonly string[], named: boolean, hasDetail: boolean): CheckResult {
  if (picks.length) return pass('effect-named', `The effect is named: ${joinList(picks.map((p) => p.toLowerCase()))}.`);
  if (named) return pass('effect-named', 'The effect on sales or support is named.');
  return fail(
    'effect-named',
    hasDetail ? 'The effect does not mention sales or support yet.' : 'No effect on sales or support yet.',
    'Say what it costs: interrupted demos, stalled trials, renewals or deals at risk, or repeat support tickets.',
  );
}

export function noJargon(phrases: readonly string[]): CheckResult {
  if (!phrases.length) return pass('no-jargon', 'No jargon in the write-up.');
  const shown = quoted(phrases.slice(0, 3));
  const list = phrases.length > 3 ? `${shown.join(', ')} and ${phrases.length - 3} more` : joinList(shown);
  return fail(
    'no-jargon',
    `Still reads like engineering: ${list}.`,
    'Swap each for what customers notice, such as the action that fails or gets slow.',
  );
}

/** A URL, a ticket reference, or a count such as "14 tickets". */
function hasLinkOrCount(link: string): boolean {
  return /\d/.test(link) || /^\S+[./]\S+$/.test(link.trim());
}

function proofGaps(name: string, { text, link }: Proof): string[] {
  if (!text.trim() && !link.trim()) return [`no ${name}`];
  const gaps: string[] = [];
  if (!text.trim()) gaps.push(`the ${name} does not say what happened`);
  if (!hasLinkOrCount(link)) gaps.push(`the ${name} has no link or count`);
  return gaps;
}

export function proof(salesStory: Proof, supportCase: Proof): CheckResult {
  const gaps = [...proofGaps('sales story', salesStory), ...proofGaps('support case', supportCase)];
  if (!gaps.length) return pass('proof', 'Proof from both sides: a sales story and a support case.');
  return fail(
    'proof',
    `${capitalize(joinList(gaps))}.`,
    'Add one sales story (what was at risk) and one support case (a ticket link or a count) pointing at the same weak spot.',
  );
}

export function reviewDate(date: string, today: string): CheckResult {
  const id = 'review-date';
  const suggest = addDays(today, 30);
  const later = suggest ? `Pick a date after today, such as ${suggest}.` : 'Pick a date after today.';
  if (!date.trim()) {
    const when = suggest ? ` (${suggest})` : '';
    return fail(
      id,
      'No review date yet.',
      `Set one about 30 days out${when} to compare demo issues and ticket volume.`,
    );
  }
  const day = dayNumber(date.trim());
  const now = dayNumber(today);
  if (day === null) return fail(id, `“${date}” is not a calendar date.`, 'Write it as YYYY-MM-DD.');
  if (now === null) return pass(id, `Review on ${date}.`);
  if (day > now) return pass(id, `Review on ${date}, in ${plural(day - now, 'day')}.`);
  if (day === now) return fail(id, 'The review date is today.', later);
  return fail(id, `The review date ${date} has passed.`, later);
}

// Scope that names no fix: it grows into "ten backend chores" and is first to be cut.
const HOUSEKEEPING =
  /\b(?:misc(?:ellaneous)?|clean[- ]?ups?|refactor(?:s|ing)?|housekeeping|tech(?:nical)? debt|chores?|various|tidy(?:ing)?(?: up)?|general improvements?|backend improvements?|improve stability|etc)\b/i;
export const MAX_SCOPE = 3;

export function scope(items: readonly string[]): CheckResult {
  const filled = items.map((s) => s.trim()).filter(Boolean);
  if (!filled.length) {
    return fail(
      'scope',
      'No scope yet.',
      'List one to three small pieces: one clear fix, one alert if needed, a test of the full path.',
    );
  }
  if (filled.length > MAX_SCOPE) {
    return fail(
      'scope',
      `${filled.length} scope items will not fit one sprint.`,
      `Keep ${MAX_SCOPE} at most and move the rest to follow-up tickets.`,
    );
  }
  const vague = filled.filter((s) => HOUSEKEEPING.test(s));
  if (vague.length) {
    const reads = vague.length === 1 ? 'reads' : 'read';
    return fail(
      'scope',
      `${joinList(quoted(vague))} ${reads} like housekeeping, not a fix.`,
      'Say what each item changes for customers, or drop it.',
    );
  }
  return pass('scope', `${plural(filled.length, 'scope item')}: small enough for one sprint.`);
}
