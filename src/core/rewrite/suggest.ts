// The card's offer for one finding: rewrites that fit how the phrase is used in
// its sentence, conjugated and with their articles right, blanks filled from the
// ticket; a sentence rewrite where the sentence reads as internal work; and plain
// words when nothing fits.
import type { Rewrite } from '../phrase-map/schema';
import type { Finding } from '../types';
import { applyRewrite, fillRewrite, missingSlots, startsSentence, type SlotValues } from './fill';
import { findActions } from '../writeup/extract-actions';
import { buildSentenceRewrite, INTERNAL_TARGET, failureClause } from './sentence-rewrite';
import { sentenceAround, type Span } from './sentences';
import { sentencesAbout, ticketActionFound, ticketEffect, ticketSlots, type TicketText } from './ticket-slots';
import type { CardSuggestions, Suggestion } from './types';
import { conjugate, pluralize, STATE_VERBS, type Tense, usageOf, WORK_VERBS, type Usage } from './usage';

export interface SuggestInput {
  /** The field's text, as analysed. */
  text: string;
  finding: Finding;
  ticket: TicketText;
  /** The field is a title (one line, 80 characters for a rewrite). */
  isTitle?: boolean;
  /** What the user typed in the card's blanks for this ticket before. */
  remembered?: SlotValues;
}

/** The line the card offers to add at the top of a ticket when nothing fits in place: how the action goes wrong. */
const customerLine = (clause: string) => `Customer impact: ${clause} {moment}.`;

const AWAITING_ACTION =
  'The ticket does not say which customer action this affects. Name it, and the rewrites below fill in.';

/** Why a plainer verb for the work ("Update" for "Bump") comes after the title rewrite, or what to do for one. */
const plainerOnlyNote = (word: string, titleRewrite: boolean) =>
  `“${word}” is only a plainer word for the work: the title would still say nothing customers notice. ${
    titleRewrite
      ? 'The title rewrite above says what goes wrong for them.'
      : 'Name the customer action in the write-up, then open this card again for a title in customer terms.'
  }`;

/** A title that already speaks of people ("… for customers", "prospects could not log in") needs no such note. */
const NAMES_PEOPLE =
  /\b(?:customers?|users?|prospects?|buyers?|clients?|shoppers?|admins?|members?|partners?|people|visitors?|accounts?)\b/i;

/** Who feels it when the ticket names nobody: plain, and the card lets the user be specific. */
const DEFAULT_WHO = 'users';

function prefill(
  ticket: TicketText,
  found: ReturnType<typeof ticketActionFound>,
  remembered: SlotValues = {},
): SlotValues {
  const slots: SlotValues = { who: DEFAULT_WHO, ...ticketSlots(ticket, found) };
  for (const [name, value] of Object.entries(remembered)) if (value?.trim()) slots[name] = value.trim();
  return slots;
}

/** First letters of each word: "end-of-life" -> "eol", "mean time to recovery" -> "mttr". */
const initialsOf = (words: string) =>
  words
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0])
    .join('')
    .toLowerCase();

/**
 * "end-of-life (EOL)", "service level objectives (SLOs)", "MTTR (mean time to recovery)": what the
 * brackets after the phrase spell out, or spell it out with, would no longer match the words put in
 * its place; they go with it. The length of that gloss, or 0.
 */
function glossAfter(text: string, finding: Finding): number {
  const gloss = text.slice(finding.end).match(/^\s*\(([^()\n]{2,60})\)/);
  if (!gloss) return 0;
  const inside = gloss[1]!.trim();
  const acronym =
    /^[A-Za-z]{2,6}$/.test(inside) && initialsOf(finding.text) === inside.replace(/(?<=[A-Z])s$/, '').toLowerCase();
  const spelledOut =
    /^[A-Z]{2,6}s?$/.test(finding.text) &&
    /^[\p{L}\s-]+$/u.test(inside) &&
    initialsOf(inside) === finding.text.replace(/s$/, '').toLowerCase();
  return acronym || spelledOut ? gloss[0].length : 0;
}

/** Words for something that goes wrong: it is fixed or reduced, never updated or improved. */
const PROBLEM =
  /\b(?:vulns?|vulnerabilit(?:y|ies)|cves?|bugs?|errors?|crash(?:es)?|freezes?|failures?|outages?|leaks?)$/i;
const NEUTRAL_VERB = /^(?:update|upgrade|raise|improve|bump)\b/i;
/** The last word before a preposition: "limit" in "the rate limit for enterprise tenants". */
const headNoun = (words: string) =>
  words
    .split(/\s+(?:for|of|in|on|to|with|across|within|from|at|and|or)\s+/i)[0]!
    .split(/\s+/)
    .at(-1) ?? '';
/** Amounts a bump raises, where "update" says nothing of the direction. */
const AMOUNT =
  /\b(?:limits?|timeouts?|quotas?|thresholds?|counts?|sizes?|caps?|max(?:imum)?|memory|replicas?|workers?|budgets?)\b/i;

/** "improve app startup and ANRs": the verb before "and" cannot govern a problem ("improve app freezes"). */
function improvesBefore(before: string): Tense | null {
  const verb = before.match(
    /\b(improv(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing)|speed(?:s|ing)? up|sped up)\b[^,.;:]*\band\s+$/i,
  )?.[1];
  if (!verb) return null;
  return /ing$/i.test(verb) ? 'gerund' : /(?:ed|sped up)$/i.test(verb) ? 'past' : /s$/i.test(verb) ? 'present' : 'base';
}

/** "Flaky Tests" in a title written in title case: the rewrite keeps the style ("Unreliable Tests"). */
const titleCased = (phrase: string) => /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+$/u.test(phrase);
const SMALL_WORDS = /^(?:a|an|the|and|or|of|in|on|to|for|with|by|at)$/i;
const titleCase = (text: string) =>
  text.replace(/\p{L}+/gu, (word, at: number) =>
    at > 0 && SMALL_WORDS.test(word) ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1),
  );

const matchCase = (like: string, word: string) =>
  /^\p{Lu}/u.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;

/** A rewrite that names who and what for: a purpose, which only some places in a sentence can take. */
const NAMES_PURPOSE = /\{(?:who|action)\}/;
/** A noun rewrite that goes on as a clause ("the time until {who} can …", "the fix that lets …"). */
const CLAUSE_NOUN = /\{(?:who|action)\}|\b(?:until|that|which|when)\b/;

/** Words before a noun that argue against it: a purpose put there would be argued against too. */
const NEGATES =
  /\b(?:avoid(?:s|ed|ing)?|instead of|rather than|against|skip(?:s|ped|ping)?|no more|not (?:a|another)|(?:don't|do not|shouldn't|should not|won't|will not|can't|cannot)(?: \S+)? (?:do|start|plan|attempt|begin|need))\s+(?:[^\s,;:.!?]+\s+){0,3}$/i;

/** The template and the range it replaces, when the rewrite fits how the phrase is used. */
function place(
  rewrite: Rewrite,
  usage: Usage,
  finding: Finding,
  context: { question: boolean; before: string; after: string },
): { template: string; range: Span } | null {
  const range = { start: finding.start, end: finding.end };
  switch (rewrite.as) {
    case 'verb': {
      if (usage.shape !== 'verb') return null;
      // "Bump npm vulns" is not "Update npm vulns": vulnerabilities are fixed, packages updated.
      if (usage.object && NEUTRAL_VERB.test(rewrite.text) && PROBLEM.test(usage.object.text)) return null;
      // "Bump the rate limit" raises it; "update" would lose which way it goes.
      if (usage.object && NEUTRAL_VERB.test(rewrite.text) && AMOUNT.test(headNoun(usage.object.text))) return null;
      // "needs to be refactored" -> "needs to be made sure …": a clause cannot stand in a passive.
      if (usage.passive && rewrite.text.includes(' ')) return null;
      if (NAMES_PURPOSE.test(rewrite.text)) {
        // Work done gains no purpose ("I refactored the helpers and now the dates are off" -> "I fixed
        // the helpers so buyers can check out …"), nor does work on the team's own tools ("the test helpers").
        if (usage.tense === 'past' || (usage.object && INTERNAL_TARGET.test(usage.object.text))) return null;
      }
      let template = conjugate(rewrite.text, usage.tense ?? 'base');
      if (template.includes('{object}')) {
        if (!usage.object) return null;
        // Words after {object} would split it ("fix email so … sending from …") or add a second purpose.
        if (usage.splitAfterObject && !/\{object\}$/.test(rewrite.text)) return null;
        template = template.replace('{object}', usage.object.text);
        range.end = usage.object.end;
      } else if ((usage.object || !usage.clauseEnds) && template.includes(' ')) {
        // A whole clause cannot take the old verb's object after it; a single verb can ("release rocket").
        return null;
      }
      return { template, range };
    }
    case 'goal': {
      // A goal is a plan ("Add monitoring"): it does not fit a report of work done or under way.
      if ((usage.workVerb?.tense ?? usage.tense) !== 'base' || context.question) return null;
      if (usage.shape === 'verb') {
        // Only a phrase that is itself a plan ("improve stability"), not a noun the tagger half-read as a verb.
        if (!usage.taggedVerb || !usage.clauseEnds || !WORK_VERBS.has(finding.text.split(/\s+/)[0]!.toLowerCase()))
          return null;
        return {
          template: conjugate(rewrite.text, usage.tense ?? 'base'),
          range: { start: finding.start, end: usage.object?.end ?? finding.end },
        };
      }
      if (usage.shape !== 'noun' || !usage.workVerb) return null;
      return {
        template: conjugate(rewrite.text, usage.workVerb.tense),
        range: { start: usage.workVerb.start, end: finding.end },
      };
    }
    case 'noun': {
      if (usage.shape !== 'noun' || usage.compound || usage.clauseAfterConjunction) return null;
      // After a work verb only a plain synonym fits ("write a postmortem", "fix the OOM"): a rewrite
      // that names a purpose cannot be the thing worked on ("refactor the part that keeps sign in fast").
      if (usage.workVerb && /[{}]/.test(rewrite.text)) return null;
      // A rewrite that names a purpose cannot be the one that did something: "the refactor renamed the key".
      if (usage.pastSubject && NAMES_PURPOSE.test(rewrite.text)) return null;
      // Nor the work itself as the clause tells of it ("the maintenance is needed too often", "the
      // refactor is slow"): the fix would be what is needed too often. "The refactor is needed before
      // the demos" keeps its purpose.
      if (usage.subject && NAMES_PURPOSE.test(rewrite.text) && WORK_ITSELF.test(context.after)) return null;
      // "labelled a p1 issue": the label itself is what the sentence is about.
      if (
        /\b(?:label(?:l)?ed|marked|tagged|flagged)(?: (?:it|this|them))?(?: as)?\s+(?:an?\s+)?$/i.test(context.before)
      )
        return null;
      // "Avoid a big rewrite", "instead of a rewrite": the sentence would advise against the purpose.
      if (NAMES_PURPOSE.test(rewrite.text) && NEGATES.test(context.before)) return null;
      // "a complete rewrite of the cart": "of the cart" cannot follow the clause a purpose ends with.
      if (/^\s*of\b/i.test(context.after) && NAMES_PURPOSE.test(rewrite.text)) return null;
      // "that maintenance" -> "that fix that lets …": a purpose clause after "that" says "that" twice.
      if (/^that$/i.test(usage.determiner?.text ?? '') && /\bthat\b/i.test(rewrite.text)) return null;
      let template = usage.plural ? pluralize(rewrite.text) : rewrite.text;
      // "what cron job failed" -> "what scheduled task failed": no article after "what" or "which".
      if (!usage.determiner && /\b(?:what|which|whose)\s+$/i.test(context.before))
        template = template.replace(/^an?\s+/i, '');
      const own = template.match(/^(?:an?|the|our)\s+/i);
      // "how new buyers stay signed in" and "getting users back in" take no determiner.
      if (usage.determiner && /^(?:how|what|why|when|where|\p{L}+ing)\b/iu.test(template)) {
        if (!usage.determiner.adjacent) return null;
        range.start = usage.determiner.start;
      } else if (usage.determiner && /^(?:our|my)$/i.test(usage.determiner.text) && CLAUSE_NOUN.test(template)) {
        // "our MTTR" -> "the time until users can …": "our" before a clause reads as "our time".
        if (!usage.determiner.adjacent) return null;
        template = `the ${own ? template.slice(own[0].length) : template}`;
        range.start = usage.determiner.start;
      } else if (usage.determiner) {
        // The sentence's own determiner stays; "a"/"an" is chosen again for the new first word.
        if (own) template = template.slice(own[0].length);
        if (/^an?$/i.test(usage.determiner.text) && usage.determiner.adjacent) {
          if (usage.plural) return null;
          template = `${usage.determiner.text} ${template}`;
          range.start = usage.determiner.start;
        }
      } else if (usage.stateVerb && /^end of\b/.test(template)) {
        // "is EOL since 2023" is a state that lasts; "has reached … since" is not English.
        if (/^\s*since\b/i.test(context.after)) return null;
        // "is already EOL", "went EOL": a state reached, "has already reached end of support".
        const { text: said, adverbs, start } = usage.stateVerb;
        // "is EOL in April" may be still to come: "has reached … in April" would say it has come.
        if (
          /^(?:is|are)$/i.test(said) &&
          /^\s*(?:\([^)]*\)\s*)?(?:in|on|by|until|from|as of|starting)\s+(?:\d|Q[1-4]\b|(?:early|mid|late|the end of|next|this)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:spring|summer|autumn|fall|winter)\b)/i.test(
            context.after,
          )
        )
          return null;
        const [aux, verb] = STATE_VERBS[said.toLowerCase()]!.split(' ') as [string, string?];
        template = verb
          ? `${matchCase(said, aux)}${adverbs} ${verb} ${template}`
          : `${adverbs.trimStart()}${adverbs ? ' ' : ''}${matchCase(said, aux)} ${template}`;
        range.start = start;
      } else if (usage.stateVerb && /^go/i.test(usage.stateVerb.text)) {
        // "went EOL" is an idiom of its own: only a state one reaches fits after "go".
        return null;
      } else if (own && usage.modified) {
        // "backend cleanup" has no room for "the fix …" after "backend".
        return null;
      } else if (own && usage.plural && /^an?\s/i.test(own[0])) template = template.slice(own[0].length);
      // "in production" keeps its preposition: "in the live product".
      const preposition = finding.text.match(/^(?:in|on|to|into|from)\s+(?=prod|staging)/i)?.[0];
      if (preposition) template = preposition.toLowerCase() + template;
      const improving = improvesBefore(context.before);
      if (improving && PROBLEM.test(template)) template = `${conjugate('reduce', improving)} ${template}`;
      return { template, range };
    }
    case 'modifier': {
      if (usage.shape !== 'modifier') return null;
      // "5xx errors" -> "server errors", not "server error errors": the noun it describes is the rewrite's own last word.
      let text = rewrite.text;
      const last = text.match(/\s(\p{L}+)$/u)?.[1];
      if (last && new RegExp(`^\\s+${last}(?:s|es)?\\b`, 'iu').test(context.after))
        text = text.slice(0, -last.length - 1);
      // "a post-mortem document" -> "an incident review document": the article is chosen again.
      const article = context.before.match(/\b(an?)\s+$/i);
      if (!article) return { template: text, range };
      return {
        template: `${article[1]} ${text}`,
        range: { start: range.start - article[0].length, end: range.end },
      };
    }
  }
}

/** Words said twice in a row, also as two forms of one word ("limiting limit", "task tasks"). */
const doubled = (s: string) =>
  new Set(
    [
      ...s.matchAll(/\b(\p{L}+)\s+\1\b/giu),
      ...s.matchAll(/\b(\p{L}{3,}?)(?:e?s|ing|e?d)?\s+\1(?:e?s|ing|e?d)?\b/giu),
    ].map((m) => m[1]!.toLowerCase()),
  );

/** A finished sentence must not gain a doubled word ("the the") or keep a brace. */
function readsCleanly(before: string, after: string): boolean {
  if (/[{}]/.test(after) && !/[{}]/.test(before)) return false;
  const had = doubled(before);
  return [...doubled(after)].every((word) => had.has(word));
}

/** After the phrase: what is said of doing the work ("is needed too often", "needs to be performed", "is slow"). */
const WORK_ITSELF =
  /^\s*(?:[\w'’]+\s+){0,2}?(?:(?:is|are|was|were|gets?)\s+(?:\w+ly\s+)?(?:slow|flaky|expensive|costly|painful|risky|needed (?:too|so|that|very)|done (?:too|so|that|very))|(?:need|have|has|needs)\s+to\s+be\s+(?:performed|done|run|repeated|redone))\b/i;

/** Categories whose phrases name work done, not a part of the system. */
const WORK_CATEGORIES: ReadonlySet<string> = new Set(['housekeeping', 'delivery', 'incident']);

function nothingFitsReason(usage: Usage, finding: Finding): string {
  const phrase = `“${finding.text}”`;
  if (usage.shape === 'label')
    return `${phrase} labels the ticket as internal work. A title that names the customer problem says more than any label.`;
  if (usage.shape === 'name') return `${phrase} is part of a name here, so it stays as it is.`;
  if (usage.shape === 'verb' && usage.object)
    return `${phrase} acts on “${usage.object.text}” here, and no rewrite in the map keeps what the sentence says about it.`;
  if (usage.clauseAfterConjunction)
    return `${phrase} stands for a whole event here, so a noun in its place would leave the sentence unfinished.`;
  if (usage.compound)
    return `${phrase} ends a longer name here, so customer words for it alone would not fit the name.`;
  if (WORK_CATEGORIES.has(finding.category) && (usage.pastSubject || !finding.rewrites.length))
    return `${phrase} names the engineering work here, so customer words in its place would change what the sentence says.`;
  if (finding.rewrites.length && usage.shape === 'noun')
    return `None of the map's rewrites for ${phrase} fits how it is used in this sentence, so it stays as it is.`;
  if (usage.shape === 'modifier')
    return `${phrase} describes the words after it here, so customer words in its place would change what the sentence says.`;
  return `${phrase} names a part of the system here, so customer words in its place would change what the sentence says.`;
}

export function suggestFor(input: SuggestInput): CardSuggestions {
  const { text, finding, ticket } = input;
  const isTitle = input.isTitle ?? false;
  const found = ticketActionFound(ticket);
  const slots = prefill(ticket, found, input.remembered);
  // An action the user named counts as theirs to claim; one found in the ticket needs the ticket to say it fails.
  const actionFails = !!input.remembered?.action?.trim() || (found?.fails ?? false);
  const sentence = sentenceAround(text, finding.start, finding.end);
  const usage = usageOf(
    text,
    sentence,
    finding.start,
    finding.end,
    finding.rewrites.some((r) => r.as === 'verb' || r.as === 'goal'),
  );
  const sentenceBefore = text.slice(sentence.start, sentence.end);

  const suggestions: Suggestion[] = [];
  for (const rewrite of finding.rewrites) {
    const placed = place(rewrite, usage, finding, {
      question: /\?\s*$/.test(sentenceBefore),
      before: text.slice(sentence.start, finding.start),
      after: text.slice(finding.end, sentence.end),
    });
    if (!placed) continue;
    const { range } = placed;
    if (range.end === finding.end) range.end += glossAfter(text, finding);
    // The card fills the template again as blanks are typed, so the title style goes into the template.
    const template =
      titleCased(finding.text) && !/[{}]/.test(placed.template) ? titleCase(placed.template) : placed.template;
    // A rewrite that opens its sentence starts with a capital where the original did (acronyms too),
    // or where it opened with a digit ("5xx is …"), which has no case to follow.
    const capitalize =
      startsSentence(text, { start: range.start, text: text.slice(range.start, range.end) }) ||
      (range.start === sentence.start && /^[\p{Lu}\p{N}]/u.test(text.slice(range.start)));
    const filled = fillRewrite(template, slots, capitalize);
    const before = text.slice(sentence.start, range.start);
    const after = text.slice(range.end, sentence.end);
    const sentenceAfter = applyRewrite(
      sentenceBefore,
      { start: range.start - sentence.start, end: range.end - sentence.start },
      filled,
    );
    if (!readsCleanly(sentenceBefore, sentenceAfter) || suggestions.some((s) => s.sentenceAfter === sentenceAfter))
      continue;
    suggestions.push({
      text: filled,
      blanks: missingSlots(template, slots),
      sentenceAfter,
      start: range.start,
      end: range.end,
      as: rewrite.as,
      template,
      capitalize,
      before,
      after,
    });
  }
  // Finished rewrites first: one click applies them. A rewrite that needs the customer action the
  // ticket never names would put words in the ticket's mouth: it waits until the user names one.
  suggestions.sort((a, b) => Number(a.blanks.length > 0) - Number(b.blanks.length > 0));
  const offered = suggestions.filter((s) => !s.blanks.includes('action'));
  const awaiting = suggestions.filter((s) => s.blanks.includes('action'));

  // How it goes wrong, from where the ticket names the action, else (the user typed one) from what
  // it says of people or that action: never from the engineering words around the phrase ("two flaky tests").
  const howItGoesWrong = found ? [found.sentence, found.context] : [sentencesAbout(ticket, slots.action)];
  const sentenceRewrite = buildSentenceRewrite({
    ticketBody: ticket.body,
    text,
    sentence,
    slots,
    ticketWords: howItGoesWrong,
    actionFails,
    effect: ticketEffect(ticket, /demo/.test(slots.moment ?? '') ? 'demos-interrupted' : undefined),
    isTitle,
  });
  const nothingFits = offered.length ? null : awaiting.length ? AWAITING_ACTION : nothingFitsReason(usage, finding);
  // "Bump Node.js to 20" -> "Update Node.js to 20": a plainer verb, and the title still says nothing a
  // customer notices. Said only where the card can then offer the title rewrite, or once the user names
  // the action (a title about the team's own tools never gets one).
  const plainVerbOnly =
    isTitle &&
    finding.category === 'housekeeping' &&
    offered.length > 0 &&
    offered.every((s) => s.as === 'verb' && /^[\p{L}-]+$/u.test(s.template)) &&
    !NAMES_PEOPLE.test(sentenceBefore) &&
    findActions(sentenceBefore).length === 0 &&
    !INTERNAL_TARGET.test(sentenceBefore);
  const plainerOnly =
    plainVerbOnly && (sentenceRewrite || !slots.action?.trim())
      ? plainerOnlyNote(offered[0]!.text, sentenceRewrite !== null)
      : null;
  // The line says the action goes wrong: not for an action the ticket names without saying so
  // (blank, the user names the action and so claims it).
  const lineFits = nothingFits && !isTitle && (actionFails || !slots.action);
  return {
    suggestions: offered,
    awaiting,
    sentenceRewrite,
    customerLine: lineFits ? customerLine(failureClause(howItGoesWrong, slots.action)) : null,
    nothingFits,
    plainerOnly,
    slots,
  };
}
