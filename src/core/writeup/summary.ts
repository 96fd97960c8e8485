// The one-breath summary: the four parts as one sentence a support lead can
// repeat to a product manager, e.g. "Prospects can't sign in during live demos,
// which interrupts demos; we aim to cut sign-in failures from 3% to below 0.5%."
import { findActions } from './extract-actions';
import type { EffectPick, WriteUpDraft } from './model';
import { capitalize, clause, joinList, lowerOpener } from './text';

/** Each pick as the end of "..., which <phrase>". */
const EFFECT_PHRASES: Partial<Record<EffectPick, string>> = {
  'demos-interrupted': 'interrupts demos',
  'trials-stalled': 'stalls trials',
  'repeat-tickets': 'brings repeat support tickets',
};
/** What the at-risk picks put at risk; they share one "puts renewals and deals at risk". */
const AT_RISK: Partial<Record<EffectPick, string>> = {
  'renewals-at-risk': 'renewals',
  'deals-at-risk': 'deals',
};

function namesAction(problem: string, action: string): boolean {
  if (problem.toLowerCase().includes(action.toLowerCase())) return true;
  const wanted = findActions(action)[0]?.action;
  return wanted !== undefined && findActions(problem).some((m) => m.action === wanted);
}

/** Who hits what: the problem as typed when it already names the action, otherwise built around it. */
function leadClause({ task, problem }: WriteUpDraft): string {
  const action = clause(task.action);
  const detail = clause(task.detail);
  const what = clause(problem);
  const when = detail && !what.toLowerCase().includes(detail.toLowerCase()) ? ` ${detail}` : '';
  if (what && (!action || namesAction(what, action))) return `${what}${when}`;
  if (what) return `when customers ${action}${when}, ${lowerOpener(what)}`;
  return action ? `customers can't reliably ${action}${when}` : '';
}

function effectClause({ effect }: WriteUpDraft): string {
  const picks = [...new Set(effect.picks)];
  const phrases = picks.flatMap((p) => EFFECT_PHRASES[p] ?? []);
  const atRisk = picks.flatMap((p) => AT_RISK[p] ?? []);
  if (atRisk.length) phrases.push(`puts ${joinList(atRisk)} at risk`);
  const detail = clause(effect.detail);
  if (phrases.length && detail) return `, which ${joinList(phrases)} (${detail})`;
  if (phrases.length) return `, which ${joinList(phrases)}`;
  return detail ? `: ${lowerOpener(detail)}` : '';
}

/** "3" with unit "%" reads "3%"; values that already carry a unit stay as written. */
export function withUnit(value: string, unit: string): string {
  const v = value.trim();
  const u = unit.trim();
  if (!v || !u || !/\d$/.test(v)) return v;
  return u.startsWith('%') ? `${v}${u}` : `${v} ${u}`;
}

function firstNumber(value: string): number {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(value);
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
}

// "30 days" reads "within 30 days"; "by the end of June" stays as written.
const STARTS_WITH_PREPOSITION = /^(?:in|within|by|over|after|before|for|during|this|next)\b/i;

function aimClause({ number }: WriteUpDraft): string {
  const before = withUnit(number.before, number.unit);
  const target = withUnit(number.target, number.unit);
  const metric = clause(number.metric);
  const window = clause(number.window);
  const by = !window ? '' : STARTS_WITH_PREPOSITION.test(window) ? ` ${window}` : ` within ${window}`;
  if (!target) return '';
  if (!before) return `we aim to get ${metric || 'it'} to ${target}${by}`;
  const verb = firstNumber(target) > firstNumber(before) ? 'raise' : 'cut';
  const change = metric ? `${verb} ${metric}` : 'go';
  return `we aim to ${change} from ${before} to ${target}${by}`;
}

/** "" until the draft names an action or a problem. */
export function summarySentence(draft: WriteUpDraft): string {
  const lead = leadClause(draft);
  if (!lead) return '';
  const aim = aimClause(draft);
  return `${capitalize(lead + effectClause(draft))}${aim ? `; ${aim}` : ''}.`;
}
