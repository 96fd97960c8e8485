// How a flagged phrase is used in its sentence, read with compromise's tagger:
// a verb with its object, a noun with its determiner, a modifier of another noun,
// or a label before a colon. Runs when a card opens, never while typing.
import nlp from 'compromise';
import type { Span } from './sentences';

export type Tense = 'base' | 'past' | 'present' | 'gerund';

export interface Usage {
  shape: 'verb' | 'noun' | 'modifier' | 'label' | 'name';
  /** Verb: its tense; the words it acts on, when they follow it; whether the tagger itself read a verb. */
  tense?: Tense;
  taggedVerb?: boolean;
  /** Verb: nothing but punctuation or a conjunction follows its object. */
  clauseEnds?: boolean;
  /**
   * Verb: words put right after its object would split the sentence: a noun or verb follows the
   * object with nothing between, so it may have been cut short where the tagger read a noun as a
   * verb ("decouple email sending"), or "to", "so", "against" or a relative clause follows it
   * ("refactor the service to remove …", "refactor the importer that parses …").
   */
  splitAfterObject?: boolean;
  /** Verb: a form of "be" comes before it ("needs to be refactored"): the sentence is passive. */
  passive?: boolean;
  object?: Span & { text: string };
  /** Noun: the determiner before it ("the", "a", "our"), and whether it is plural. */
  determiner?: Span & { text: string; adjacent: boolean };
  plural?: boolean;
  /** Noun: it is the subject of a past event ("the refactor renamed the key"): a fact, not a plan. */
  pastSubject?: boolean;
  /** Noun: "is", "should" or another auxiliary follows it: the phrase is what the clause is about. */
  subject?: boolean;
  /**
   * Noun: a verb of being or becoming before it ("is", "becomes", "went"), maybe with adverbs
   * between ("is already EOL"): the phrase names a state.
   */
  stateVerb?: Span & { text: string; adverbs: string };
  /** Noun: the phrase is a whole clause after "when" or "if" ("restart the pod when OOM"). */
  clauseAfterConjunction?: boolean;
  /** Noun: an adjective or noun stands right before it ("mostly backend cleanup"). */
  modified?: boolean;
  /** Noun: other nouns stand before it as part of one name ("the session handling refactor"). */
  compound?: boolean;
  /** Noun: the work verb it is the object of ("tune" in "tune the retry logic"). */
  workVerb?: Span & { text: string; tense: Tense };
}

interface Term {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
  post: string;
}

/** Verbs that say "engineers will work on this" about their object. */
export const WORK_VERBS: ReadonlySet<string> = new Set(
  (
    'improve improves improved improving tune tunes tuned tuning fix fixes fixed fixing optimize optimizes optimized ' +
    'optimizing optimise optimised optimising harden hardens hardened hardening rework reworked reworking refactor ' +
    'refactors refactored refactoring simplify simplified simplifying revisit revisited add adds added adding implement ' +
    'implements implemented implementing introduce introduced set setting reduce reduces reduced reducing lower lowered ' +
    'lowering increase increased increasing raise raised cut cutting speed sped rewrite rewrote rewriting update updated ' +
    'updating upgrade upgraded upgrading adjust adjusted adjusting tweak tweaked tweaking enable enabled enabling replace ' +
    'replaces replaced replacing redo redesign redesigned rebuild rebuilt revamp revamped pay paying address addressing ' +
    'tackle tackling resolve resolving remove removing'
  ).split(' '),
);

/** "and", "or", "but": a new clause or item may follow. The tagger also calls "to" a conjunction. */
const coordinates = (t: Term | undefined) => !!t && /^(?:and|or|but|nor|then)$/i.test(t.text);

/** Verbs that open a ticket title ("Retry flaky tests", "Document post-mortem process"), beside WORK_VERBS. */
const TITLE_VERBS: ReadonlySet<string> = new Set(
  (
    'retry rerun run disable skip drop document investigate track detect quarantine mark ignore monitor log report ' +
    'show handle support allow use move make stop avoid prevent catch deflake stabilize stabilise'
  ).split(' '),
);

/**
 * Verbs of being, becoming and going that a state can follow ("is EOL", "went EOL"), each with
 * the verb that reaches the state in its tense ("is EOL" -> "has reached end of support").
 */
export const STATE_VERBS: Readonly<Record<string, string>> = {
  is: 'has reached',
  are: 'have reached',
  was: 'had reached',
  were: 'had reached',
  be: 'reach',
  become: 'reach',
  becomes: 'reaches',
  became: 'reached',
  go: 'reach',
  goes: 'reaches',
  going: 'reaching',
  gone: 'reached',
  went: 'reached',
};

const DETERMINERS = /^(?:a|an|the|this|that|these|those|our|your|their|its|his|her|my|any|each|every|some|no)$/i;
const AUXILIARIES =
  /^(?:to|will|would|should|must|can|could|may|might|shall|please|let's|lets|and|or|then|we|i|you|they|also|just|need|needs)$/i;

const isDeterminer = (t: Term) => t.tags.has('Determiner') || t.tags.has('Pronoun') || DETERMINERS.test(t.text);

/**
 * A title in title case ("Retry Flaky Tests in CI") tagged as if in sentence case: the tagger
 * reads every capitalised word as a name. Acronyms stay; the length never changes.
 */
function forTagging(sentence: string): string {
  // Small words stay lower case in title case, and acronyms are all capitals: count the rest.
  const words = (sentence.match(/\p{L}+/gu) ?? []).filter((w) => w.length > 3 && !/^\p{Lu}+$/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  if (words.length < 3 || capitalised / words.length < 0.75) return sentence;
  const lowered = sentence.replace(/(?<!\p{L})(\p{Lu})(?=\p{Ll})/gu, (c) => c.toLowerCase());
  return lowered.length === sentence.length ? lowered : sentence;
}

function termsOf(sentence: string, offset: number): Term[] {
  const json = nlp(forTagging(sentence)).json({ offset: true, terms: { offset: true } }) as {
    terms: { text: string; tags: string[]; pre: string; post: string; offset: { start: number; length: number } }[];
  }[];
  return json.flatMap((s) =>
    s.terms.map((t, i) => ({
      text: t.text,
      start: offset + t.offset.start,
      end: offset + t.offset.start + t.offset.length,
      tags: new Set(t.tags),
      // An opening bracket sits with the next word: folded into this word's trailing text, the checks
      // for punctuation after a word see it there. (Not a leading "." as in ".NET", which is a name.)
      post: t.post + ((s.terms[i + 1]?.pre ?? '').match(/[([{]/)?.[0] ?? ''),
    })),
  );
}

function tenseOf(term: Term, previous: Term | undefined): Tense {
  const word = term.text.toLowerCase();
  if (term.tags.has('Gerund') || /ing$/.test(word)) return 'gerund';
  if (term.tags.has('PastTense') || /ed$/.test(word)) return 'past';
  if (previous && AUXILIARIES.test(previous.text)) return 'base';
  if (term.tags.has('PresentTense') && /[^s]s$/.test(word) && !term.tags.has('Infinitive')) return 'present';
  return 'base';
}

/** Words between a determiner and its noun: "the slow", "the 3.4.2". */
const skippable = (t: Term) =>
  t.tags.has('Adjective') || t.tags.has('Adverb') || t.tags.has('Value') || /^v?[\d.]+$/.test(t.text);

const isNounish = (t: Term) =>
  (t.tags.has('Noun') ||
    t.tags.has('Adjective') ||
    t.tags.has('Determiner') ||
    t.tags.has('Value') ||
    t.tags.has('Possessive')) &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('Preposition') &&
  !t.tags.has('Conjunction');

/** The noun phrase right after index `i` (the words a verb acts on), up to punctuation or a non-noun. */
function objectAfter(terms: Term[], i: number): (Span & { text: string }) | undefined {
  let last = -1;
  for (let j = i + 1; j < terms.length; j++) {
    const t = terms[j]!;
    if (t.tags.has('Date') || t.tags.has('Duration')) break;
    if (!isNounish(t) && !(t.tags.has('Gerund') && last === -1)) break;
    last = j;
    if (/[,.;:!?()]/.test(t.post)) break;
  }
  if (last === -1) return undefined;
  // An object ends on a noun, not on a dangling determiner or adjective.
  while (last > i && !terms[last]!.tags.has('Noun') && !terms[last]!.tags.has('Gerund')) last--;
  if (last <= i) return undefined;
  const first = terms[i + 1]!;
  return { start: first.start, end: terms[last]!.end, text: '' };
}

const JOINS_OBJECT = /^(?:and|or|in|on|of|for|across|within|with)$/i;

/**
 * The object with what is joined to it ("session handling and retry logic in checkout"),
 * so a rewrite that adds a purpose after the object puts it after all of them.
 */
function joinedObject(terms: Term[], object: Span & { text: string }): Span & { text: string } {
  let end = terms.findIndex((t) => t.end === object.end);
  while (end !== -1 && !/[,.;:!?()]/.test(terms[end]!.post)) {
    const join = terms[end + 1];
    if (!join || !JOINS_OBJECT.test(join.text)) break;
    const more = objectAfter(terms, end + 1);
    if (!more) break;
    end = terms.findIndex((t) => t.end === more.end);
  }
  return end === -1 ? object : { start: object.start, end: terms[end]!.end, text: '' };
}

/**
 * How the phrase at [start, end) is used in `text`, within `sentence`.
 * `verbEntry` says the entry has verb rewrites, which settles a title-case word at the
 * start of a line that the tagger would read as a noun ("Harden session handling").
 */
export function usageOf(text: string, sentence: Span, start: number, end: number, verbEntry: boolean): Usage {
  const before = text.slice(sentence.start, start);
  const after = text.slice(end, sentence.end);
  // "Chore: …", "[Refactor] …", "[Task]: Tech debt: …", "chore(deps): …".
  const labelsBefore = /^(?:\s*(?:\[[^\]]*\]:?|\([^)]*\):?|[\p{L}\p{N} /-]{1,24}:))*\s*[[(]?$/u.test(before);
  if (labelsBefore && /^\s*[\])]?\s*(?:\([^)]*\))?\s*[:\]]/.test(after)) return { shape: 'label' };
  if (/[[(]$/.test(before.trim()) && labelsBefore && /^[\])]/.test(after.trim())) return { shape: 'label' };

  const terms = termsOf(text.slice(sentence.start, sentence.end), sentence.start);
  const first = terms.findIndex((t) => t.end > start);
  let last = first;
  while (last + 1 < terms.length && terms[last + 1]!.start < end) last++;
  if (first === -1) return { shape: 'noun' };
  const head = terms[first]!;
  const previous = terms[first - 1];
  const next = terms[last + 1];
  // Punctuation may sit with either word: "EOL (end of April)" has its "(" before "end".
  const endsPhrase = /[,.;:!?()"]/.test(next ? text.slice(terms[last]!.end, next.start) : terms[last]!.post);

  // "… and Deploy Bot": a capitalised phrase inside a sentence, before another capital, is a name.
  if (first > 0 && /^\p{Lu}\p{Ll}/u.test(head.text) && next && /^\p{Lu}/u.test(next.text) && !endsPhrase)
    return { shape: 'name' };
  const taggedVerb = head.tags.has('Verb') && !head.tags.has('Noun');
  const atStart = first === 0 || (previous && AUXILIARIES.test(previous.text));
  // "Refactor is slow" has its verb after the phrase: the phrase is its subject.
  const verbFollows =
    !!next &&
    (next.tags.has('Copula') ||
      (next.tags.has('Verb') &&
        !next.tags.has('Gerund') &&
        !next.tags.has('Particle') &&
        // "Bump wait-on 7.0": a hyphenated word is a name.
        !next.tags.has('Hyphenated') &&
        // "Bump backend dependencies": the tagger reads "backend" as a bare verb, which no subject takes.
        !(next.tags.has('Infinitive') && !next.tags.has('PresentTense'))));
  // "new throttling rate limit": an -ing word right before a bare noun describes it.
  const describesNoun =
    !taggedVerb && /ing$/i.test(head.text) && !!next && !endsPhrase && next.tags.has('Noun') && !isDeterminer(next);
  const looksVerb =
    !verbFollows &&
    !describesNoun &&
    (taggedVerb ||
      (verbEntry && (atStart || /(?:ed|ing)$/i.test(head.text)) && !(previous && DETERMINERS.test(previous.text))));
  if (looksVerb && !(previous && DETERMINERS.test(previous.text))) {
    const direct = endsPhrase ? undefined : objectAfter(terms, last);
    const object = direct && joinedObject(terms, direct);
    const objectEnd = object ? terms.findIndex((t) => t.end === object.end) : last;
    const afterObject = terms[objectEnd + 1];
    const clauseEnds =
      objectEnd === -1 || /[,.;:!?()]/.test(terms[objectEnd]!.post) || !afterObject || coordinates(afterObject);
    if (object) object.text = text.slice(object.start, object.end);
    const splitAfterObject =
      !!object &&
      !!afterObject &&
      !/[,.;:!?()]/.test(terms[objectEnd]!.post) &&
      (/^(?:to|so|against|that|which|who|where)$/i.test(afterObject.text) ||
        ((afterObject.tags.has('Noun') || afterObject.tags.has('Verb')) &&
          !['Preposition', 'Conjunction', 'Adverb', 'Date', 'Duration', 'Auxiliary', 'Modal', 'Copula', 'Pronoun'].some(
            (tag) => afterObject.tags.has(tag),
          )));
    // "harden the store against restarts": what it is made safe against belongs with the verb.
    const guardedAgainst = !!object && /\bagainst\b/i.test(object.text);
    const tense = tenseOf(head, previous);
    const passive =
      !!previous && /^(?:be|been|being|is|are|was|were|get|got)$/i.test(previous.text) && tense === 'past';
    return {
      shape: 'verb',
      tense,
      object,
      taggedVerb,
      clauseEnds,
      splitAfterObject: splitAfterObject || guardedAgainst,
      passive,
    };
  }

  if (next && !endsPhrase && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Date')) {
    return { shape: 'modifier' };
  }

  // "ANRs", "SLOs": an acronym's plural is not always tagged as one.
  const usage: Usage = {
    shape: 'noun',
    modified:
      !!previous &&
      !DETERMINERS.test(previous.text) &&
      !/[,.;:!?()]/.test(previous.post) &&
      !['Preposition', 'Conjunction', 'Copula', 'Pronoun', 'Adverb', 'QuestionWord'].some((tag) =>
        previous.tags.has(tag),
      ),
    plural: terms[last]!.tags.has('Plural') || /^\p{Lu}[\p{Lu}\d]+s$/u.test(terms[last]!.text),
  };
  let c = first - 1;
  while (c >= 0 && terms[c]!.tags.has('Adverb') && !terms[c]!.tags.has('Copula')) c--;
  const state = terms[c];
  if (state && Object.hasOwn(STATE_VERBS, state.text.toLowerCase()))
    usage.stateVerb = {
      start: state.start,
      end: state.end,
      text: state.text,
      adverbs: c < first - 1 ? text.slice(state.end, terms[first - 1]!.end) : '',
    };
  const endsClause = endsPhrase || !next || coordinates(next);
  if (previous && /^(?:when|if|once|unless|until|whenever)$/i.test(previous.text) && endsClause)
    usage.clauseAfterConjunction = true;
  if (next && !endsPhrase && next.tags.has('PastTense')) usage.pastSubject = true;
  if (next && !endsPhrase && ['Modal', 'Copula', 'Auxiliary'].some((tag) => next.tags.has(tag))) usage.subject = true;
  // "the session handling refactor": the phrase is the head of a longer name.
  if (
    previous?.tags.has('Noun') &&
    !previous.tags.has('Pronoun') &&
    !skippable(previous) &&
    !DETERMINERS.test(previous.text) &&
    !/[,.;:!?()]/.test(previous.post) &&
    // "Retry flaky tests": a title's first word is often a verb the tagger reads as a noun.
    !(first === 1 && (WORK_VERBS.has(previous.text.toLowerCase()) || TITLE_VERBS.has(previous.text.toLowerCase())))
  )
    usage.compound = true;
  let k = first - 1;
  while (k >= 0 && skippable(terms[k]!) && !DETERMINERS.test(terms[k]!.text)) k--;
  const det = terms[k];
  if (det && DETERMINERS.test(det.text))
    usage.determiner = { start: det.start, end: det.end, text: det.text, adjacent: k === first - 1 };
  let verbAt = usage.determiner ? k - 1 : first - 1;
  const nextToPhrase = verbAt;
  // "pay down tech debt", "clean up the logs": a particle stands between the verb and its object.
  if (terms[verbAt] && /^(?:down|up|off|out)$/i.test(terms[verbAt]!.text)) verbAt--;
  const verb = terms[verbAt];
  // "Add error handling modal": the phrase describes the thing added, so the verb is not work on it.
  const describesNext = !!next && !endsPhrase && (next.tags.has('Noun') || next.tags.has('Adjective'));
  // A goal replaces the whole plan: words after the phrase ("… for failed webhook deliveries") would dangle.
  if (
    verb &&
    endsClause &&
    !describesNext &&
    WORK_VERBS.has(verb.text.toLowerCase()) &&
    (nextToPhrase === first - 1 || usage.determiner)
  ) {
    usage.workVerb = { start: verb.start, end: verb.end, text: verb.text, tense: tenseOf(verb, terms[verbAt - 1]) };
  }
  return usage;
}

/** A verb phrase's first word in the given tense ("fix the pool" past -> "fixed the pool"). */
export function conjugate(phrase: string, tense: Tense): string {
  if (tense === 'base') return phrase;
  const [word, ...rest] = phrase.split(' ');
  const forms = (nlp(word!).verbs().conjugate() as Record<string, string>[])[0];
  const key = tense === 'past' ? 'PastTense' : tense === 'present' ? 'PresentTense' : 'Gerund';
  const form = forms?.[key];
  return form && !form.includes(' ') ? [form, ...rest].join(' ') : phrase;
}

/** One noun's plural: the tagger's where it knows the word as a noun, else the regular English ending. */
function pluralWord(word: string): string {
  const known = nlp(word).nouns().toPlural().text();
  if (known && known !== word) return known;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

// "requests per second": the plural is on the words before "per".
const CLAUSE = /\s(?=(?:that|which|who|so|for|to|when|with|in|of|on|from|before|after|while|per)\b)/;

/**
 * A noun phrase made plural at its head ("the fix that lets" -> "the fixes that let");
 * unchanged when the head is a slot or unsure.
 */
export function pluralize(phrase: string): string {
  const cut = phrase.search(CLAUSE);
  const head = cut === -1 ? phrase : phrase.slice(0, cut);
  const tail = cut === -1 ? '' : phrase.slice(cut);
  if (/[{}]\s*$/.test(head)) return phrase;
  const article = head.match(/^(?:an?\s+)/i)?.[0] ?? '';
  const bare = head.slice(article.length);
  // "app freeze" -> "app freezes": a short compound takes its plural on the last word.
  const words = bare.split(' ');
  const last = words.at(-1)!;
  const plural =
    words.length <= 3 && !tail
      ? [...words.slice(0, -1), pluralWord(last)].join(' ')
      : nlp(bare).nouns().toPlural().text();
  if (!plural || plural.split(' ').length !== bare.split(' ').length || plural === bare) return phrase;
  // The verb right after "that" or "which" agrees with the plural head.
  const agreed = tail.replace(
    /^(\s(?:that|which|who)\s)(\p{L}+?)(e?s)\b/u,
    (_whole, lead: string, stem: string, ending: string) =>
      /^(?:is)$/.test(stem + ending)
        ? `${lead}are`
        : /^has$/.test(stem + ending)
          ? `${lead}have`
          : `${lead}${ending === 'es' && /(?:ch|sh|x|s|z)$/.test(stem) ? stem : stem + (ending === 'es' ? 'e' : '')}`,
  );
  return plural + agreed;
}
