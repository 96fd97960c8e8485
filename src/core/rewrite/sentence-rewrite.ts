// One customer-terms sentence in place of a sentence or title that reads as
// internal work: who, the action that goes wrong, the moment, and the effect.
import { findActions } from '../writeup/extract-actions';
import { fillRewrite, finishSentence, missingSlots, type SlotValues } from './fill';
import type { Span } from './sentences';
import type { SentenceRewrite } from './types';

/** Titles must fit a backlog line. */
const TITLE_LIMIT = 80;

/**
 * An engineering question, a stack trace or a log line is not rewritten as a customer sentence, nor
 * one holding code the page shows as a placeholder (U+FFFC), which a copy could not carry.
 */
const NOT_PROSE = /\uFFFC|\?\s*$|\b(?:Error|Exception|Traceback|TypeError|panic):|\bat \S+:\d+|[{};]\s*$|^\s*\$ |=>|::/;

/**
 * Not a plan of work either: a wish ("if we could add a parameter, it would be better"), or the
 * steps someone took ("I updated libs, deployed.", "Since we upgraded the cluster, …"; "we need" is
 * no past), which a report's next sentences build on.
 */
const NOT_A_PLAN =
  /\bif (?:we|I|you|one) could\b|^\s*(?:(?:since|after|then|yesterday|today|earlier)\s*,?\s+)?(?:I|we)(?:\s*(?:'|’)ve|\s+have)?\s+(?:(?!(?:embed|shed|shred|wed)\b)\w*[^\We]ed|did|tried|ran|saw|got|went|made|built|wrote)\b/i;

/** A title that files a feature request says nothing is failing today. */
const FEATURE_TITLE =
  /^\s*(?:\[\s*(?:feat(?:ure)?(?:[ -]request)?|fr|rfe|enhancement(?: request)?|idea|proposal)\s*\]|(?:feat(?:ure)?(?:[ -]request)?|fr|rfe|enhancement(?: request)?|idea|proposal)\s*(?:\([^)]*\))?\s*[:-])/i;

/** How it goes wrong for the customer, read from the ticket's words. */
function failure(words: string): 'slow' | 'logout' | 'sometimes' | 'fails' {
  if (
    /\b(?:log(?:ged|s|ging)? ?(?:out|off)|log ?outs?|sent (?:back )?to the (?:login|sign-in) page|signed out|sessions? (?:\w+ ){0,3}(?:expir\w*|timeouts?|times? out)|kicked out)\b/i.test(
      words,
    )
  )
    return 'logout';
  if (
    /\b(?:slow(?:ly|er|ness)?|unresponsive|not responding|latency|lag(?:gy|s)?|takes? (?:\d+|too long|forever|minutes|seconds)|hangs?|spinner|(?<!\b(?:code|release|merge|change|feature|deploy(?:ment)?|holiday)[ -])freez(?:e|es|ing))\b/i.test(
      words,
    )
  )
    return 'slow';
  if (
    /\b(?:sometimes|intermittent(?:ly)?|random(?:ly)?|(?<!\b(?:tests?|specs?|suites?|builds?) (?:are|is|were|was|seem|seems|look|looks) )flaky(?! (?:[\w-]+ ){0,2}(?:tests?|specs?|suites?|ci|builds?|pipelines?)\b)|occasional(?:ly)?|now and then|from time to time)\b/i.test(
      words,
    )
  )
    return 'sometimes';
  return 'fails';
}

const FAILURES: Record<ReturnType<typeof failure> | 'logout-sign-in', string> = {
  slow: '{who} wait too long to {action}',
  logout: '{who} get signed out while they {action}',
  /** Signed out, when the action is signing in. */
  'logout-sign-in': '{who} get signed out too soon',
  sometimes: "{who} sometimes can't {action}",
  fails: "{who} can't {action}",
};

/** Words that say a sentence is about work to be done, not a fact about the system. */
const WORK =
  /\b(?:refactor\w*|clean(?:s|ed|ing)?[ -]?up|cleanup|harden\w*|improv\w+|tun(?:e|es|ed|ing)|fix(?:es|ed|ing)?|optimi[sz]\w*|rework\w*|rewrit\w+|migrat\w+|upgrad\w+|add(?:s|ed|ing)?|remov\w+|implement\w*|simplif\w+|moderni[sz]\w*|reduc\w+|increas\w+|deprecat\w+|bump\w*|updat\w+|replac\w+|switch\w*|introduc\w+|rearchitect\w*|decoupl\w+|stabili[sz]\w+)\b/i;

/** Text as compared for "already said": lower case, "cannot" and curly apostrophes folded. */
export const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/\bcan ?not\b/g, "can't")
    .replace(/’/g, "'");

/** The sentence says customers see no change: a customer failure in its place would contradict it. */
const NO_CHANGE =
  /\bno (?:user-facing|functional|behaviou?r(?:al)?|visible|customer-facing) changes?\b|\bnothing (?:customers|users) (?:can )?see\b/i;
/** The sentence tells of a problem of its own, or of work already done: not to be swapped for the ticket's. */
const OWN_STORY =
  /\b(?:broke|breaks|broken|deleted|lost|introduced (?:new )?bugs?|stale|(?:is|was|were|are|has been|have been) (?:fixed|resolved|done|merged|shipped|deployed))\b/i;
/** Work aimed at the team's own tools, not at what customers use. */
export const INTERNAL_TARGET =
  /\b(?:ci|pipelines?|runners?|build (?:agents?|cluster|times?|tooling|scripts?)|tests?|test helpers|e2e|specs?|docs?|readme|release notes|branches|lint\w*|eslint|dependenc(?:y|ies)|deps|staging|temp files|developers?)\b/i;

export interface SentenceContext {
  /** The ticket's body: a customer sentence it says already is not offered again in it. */
  ticketBody: string;
  text: string;
  sentence: Span;
  slots: SlotValues;
  /** The ticket's words about the action, nearest first, to tell how it goes wrong (see failureClause). */
  ticketWords: readonly string[];
  /** The ticket itself says the action goes wrong (not only that it names it). */
  actionFails: boolean;
  effect?: string;
  isTitle: boolean;
}

/** True when the sentence is prose about internal work, not a question, a trace or customer wording already. */
function readsAsInternalWork(sentence: string): boolean {
  if (NOT_PROSE.test(sentence) || NOT_A_PLAN.test(sentence)) return false;
  const words = sentence.trim().split(/\s+/).length;
  if (words < 2 || words > 45) return false;
  return findActions(sentence).length === 0;
}

/**
 * How the action goes wrong, as a clause with blanks ("{who} get signed out while they {action}"),
 * from the first of `words` that says how (nearest first); "can't" when none does.
 */
export function failureClause(words: readonly string[], action: string | undefined): string {
  let mode: ReturnType<typeof failure> = 'fails';
  for (const said of words) {
    mode = failure(said);
    if (mode !== 'fails') break;
  }
  return mode === 'logout' && /\b(?:sign|log) ?in\b/.test(action ?? '') ? FAILURES['logout-sign-in'] : FAILURES[mode];
}

/** The template of the rewrite: "{who} can't {action} {moment}, which puts renewals at risk". */
function sentenceTemplate(ctx: SentenceContext): string {
  // The sentence rewritten names no customer action (see readsAsInternalWork): its words are the engineering side.
  let template = failureClause(ctx.ticketWords, ctx.slots.action);
  if (ctx.slots.moment?.trim()) template += ' {moment}';
  if (!ctx.isTitle && ctx.effect) template += `, ${ctx.effect}`;
  return template;
}

/**
 * The original sentence as a trailing detail: without its full stop or asides in brackets (the detail
 * is in brackets itself), its first word lowered unless a name.
 */
function asDetail(sentence: string): string {
  const trimmed = sentence
    .trim()
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/[.!]+$/, '');
  return trimmed.replace(/^(\p{Lu})(\p{Ll}+)\b/u, (word, first: string, rest: string) =>
    /^(?:I|I'm|I've)$/.test(word) ? word : first.toLowerCase() + rest,
  );
}

export function buildSentenceRewrite(ctx: SentenceContext): SentenceRewrite | null {
  const sentenceBefore = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  if (!readsAsInternalWork(sentenceBefore) || (ctx.isTitle && FEATURE_TITLE.test(sentenceBefore))) return null;
  // A fact about the system ("the cache handler never returns stale responses") or a piece of
  // evidence is no work item: only a title or sentence that plans work gets a customer sentence.
  if (!WORK.test(sentenceBefore)) return null;
  // Without the customer action there is no customer sentence to build: the card asks for it instead.
  if (!ctx.slots.action?.trim()) return null;
  // Nor without the ticket saying that action goes wrong: a customer sentence must not claim more than the ticket.
  if (!ctx.actionFails) return null;
  // Nor in place of a sentence that tells its own story, says customers see no change, or is about the
  // team's own tools: the ticket's complaint would replace what it says.
  if (NO_CHANGE.test(sentenceBefore) || OWN_STORY.test(sentenceBefore) || INTERNAL_TARGET.test(sentenceBefore))
    return null;
  const slots = ctx.slots;
  // Nor in a body that says it already ("Buyers can't check out during busy hours."): it would say it
  // twice. A title says it once more on purpose.
  const said = plain(fillRewrite(failureClause(ctx.ticketWords, slots.action), slots));
  if (!ctx.isTitle && plain(ctx.ticketBody).includes(said)) return null;
  const template = sentenceTemplate({ ...ctx, slots });
  let text = finishSentence(template, slots, ctx.isTitle);
  if (ctx.isTitle && text.length > TITLE_LIMIT) {
    text = finishSentence(FAILURES.fails, slots, true);
    if (text.length > TITLE_LIMIT) return null;
  }
  return {
    text,
    sentenceBefore,
    blanks: missingSlots(template, slots),
    start: ctx.sentence.start,
    end: ctx.sentence.end,
    template,
    detail: ctx.isTitle ? '' : asDetail(sentenceBefore),
    isTitle: ctx.isTitle,
  };
}
