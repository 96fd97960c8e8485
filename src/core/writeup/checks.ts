// The quick checks before planning, run on a side-panel draft or on a whole
// ticket (the command line's --writeup mode). The jargon analyzer is passed in
// so the write-up does not depend on how phrases are matched.
import * as rule from './check-rules';
import type { CheckId, CheckResult } from './check-rules';
import { findActions, findEffects, findNumbers, type NumberPair } from './extract';
import { EFFECT_LABELS, draftSchema, type WriteUpDraft } from './model';
import { parseWriteUp } from './parse';
import { summarySentence, withUnit } from './summary';
import { firstSentence } from './text';

export { BREATH_WORDS, CHECK_IDS, MAX_SCOPE, type CheckId, type CheckResult } from './check-rules';

export type FindJargon = (text: string) => { text: string }[];

export interface CheckOptions {
  /** "YYYY-MM-DD", from the caller's clock. */
  today: string;
  findJargon: FindJargon;
}

/** The checks that make sense on free text, without a planning note. */
export const TEXT_CHECK_IDS: readonly CheckId[] = [
  'one-breath',
  'one-action',
  'one-number',
  'effect-named',
  'no-jargon',
];

const describePair = (pair: Pick<NumberPair, 'before' | 'target' | 'metric'>) =>
  `${pair.metric ? `${pair.metric} ` : ''}from ${pair.before} to ${pair.target}`;

function distinctJargon(texts: readonly string[], findJargon: FindJargon): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    if (!text.trim()) continue;
    for (const { text: phrase } of findJargon(text)) {
      const key = phrase.trim().toLowerCase();
      if (key && !seen.has(key)) seen.set(key, phrase.trim());
    }
  }
  return [...seen.values()];
}

/**
 * Distinct actions across task and problem, compared by their plain verb. The
 * task's action is shown as typed, and counts even when it is not on the
 * plain-verb list ("book a meeting").
 */
function draftActions({ task, problem }: WriteUpDraft): string[] {
  const typed = task.action.trim();
  const shown = new Map<string, string>();
  const fromTask = findActions(typed);
  if (fromTask.length === 1) shown.set(fromTask[0]!.action, typed);
  else if (fromTask.length) for (const m of fromTask) shown.set(m.action, m.action);
  else if (typed) shown.set(typed.toLowerCase(), typed);
  for (const m of findActions(`${task.detail}\n${problem}`)) {
    if (!shown.has(m.action)) shown.set(m.action, m.action);
  }
  return [...shown.values()];
}

type Half = 'before' | 'target' | null;

/** The number step's pair plus any other pair the texts mention; the step's own pair repeated in text counts once. */
function draftNumbers({ number, problem, effect, task }: WriteUpDraft): { numbers: string[]; half: Half } {
  const before = withUnit(number.before, number.unit);
  const target = withUnit(number.target, number.unit);
  const fromStep = before && target ? [{ before, target, metric: number.metric.trim() }] : [];
  const key = (p: { before: string; target: string }) => `${p.before}|${p.target}`.toLowerCase();
  const stepKeys = new Set(fromStep.map(key));
  const fromText = [task.detail, problem, effect.detail]
    .flatMap((text) => findNumbers(text))
    .filter((p) => !stepKeys.has(key(p)));
  const numbers = [...fromStep, ...fromText].map(describePair);
  return { numbers, half: before && !target ? 'target' : target && !before ? 'before' : null };
}

export function runChecks(draft: WriteUpDraft, { today, findJargon }: CheckOptions): CheckResult[] {
  const summary = summarySentence(draft);
  const { numbers, half } = draftNumbers(draft);
  const { task, problem, effect, plan } = draft;
  const picks = [...new Set(effect.picks)].map((p) => EFFECT_LABELS[p]);
  const texts = [summary, task.action, task.detail, problem, effect.detail, draft.number.metric];
  return [
    rule.oneBreath(summary),
    rule.oneAction(draftActions(draft)),
    rule.oneNumber(numbers, half),
    rule.effectNamed(picks, findEffects(effect.detail).named, Boolean(effect.detail.trim())),
    rule.noJargon(distinctJargon(texts, findJargon)),
    rule.proof(plan.salesStory, plan.supportCase),
    rule.reviewDate(plan.reviewDate, today),
    rule.scope(plan.scope),
  ];
}

export function readiness(checks: readonly CheckResult[]): { passed: number; total: number; ratio: number } {
  const passed = checks.filter((c) => c.passed).length;
  return { passed, total: checks.length, ratio: checks.length ? passed / checks.length : 0 };
}

function hasPlan({ plan }: WriteUpDraft): boolean {
  const { moment, salesStory, supportCase, scope, reviewDate, owner } = plan;
  const texts = [moment, salesStory.text, salesStory.link, supportCase.text, supportCase.link, reviewDate, owner];
  return [...texts, ...scope].some((s) => s.trim());
}

/**
 * Checks for a whole ticket. A ticket already in the write-up structure is
 * judged by its parts (and by its planning note, when it has one); any other
 * text gets the five text checks, the summary being its first sentence.
 */
export function checkTicketText(text: string, options: CheckOptions): CheckResult[] {
  const parts = parseWriteUp(text);
  const parsed = parts ? draftSchema.safeParse(parts) : null;
  if (parsed?.success) {
    const results = runChecks(parsed.data, options);
    return hasPlan(parsed.data) ? results : results.filter((r) => TEXT_CHECK_IDS.includes(r.id));
  }
  const effects = findEffects(text);
  return [
    rule.oneBreath(firstSentence(text)),
    rule.oneAction(findActions(text).map((m) => m.action)),
    rule.oneNumber(findNumbers(text).map(describePair), null),
    rule.effectNamed(
      effects.picks.map((p) => EFFECT_LABELS[p]),
      effects.named,
      Boolean(text.trim()),
    ),
    rule.noJargon(distinctJargon([text], options.findJargon)),
  ];
}
