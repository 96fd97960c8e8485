// Blanks filled from the ticket itself: the customer action it names, who feels
// it, and the moment it happens. Plain regular expressions over the ticket's text.
import { allActionMentions, type ActionMention } from '../writeup/extract-actions';
import type { EffectPick } from '../writeup/model';
import type { SlotValues } from './fill';
import { sentenceAround } from './sentences';

export interface TicketText {
  title: string;
  body: string;
}

/** Code, links and quoted output say nothing about what a customer does. */
function prose(text: string): string {
  return text
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^(?: {4}|\t).*$/gm, ' ')
    .replace(/^>.*$/gm, ' ');
}

/** The verb phrase a mention stands for, in the words the ticket used where they are plain. */
function actionPhrase(mention: ActionMention, text: string): string {
  const said = text.slice(mention.start, mention.end).toLowerCase();
  switch (mention.action) {
    case 'sign in':
      return /log/.test(said) ? 'log in' : 'sign in';
    case 'pay':
      if (/check/.test(said)) return 'check out';
      if (/renew/.test(said)) return 'renew';
      if (/subscri/.test(said)) return 'subscribe';
      if (/purchas/.test(said)) return 'buy';
      return 'pay';
    case 'upload':
      return /attach/.test(said) ? 'attach files' : 'upload files';
    case 'open a page': {
      const page = said.match(/(dashboards?|reports?|invoices?|documents?|screens?|views?|tabs?|pages?)/)?.[1];
      return page ? `open ${/s$/.test(page) ? '' : 'the '}${page}` : 'open the page';
    }
    case 'sign up':
      return 'sign up';
    case 'invite':
      return 'invite teammates';
    case 'export':
      return 'export data';
    case 'import':
      return 'import data';
    case 'sync':
      return 'sync their data';
    default:
      return mention.action;
  }
}

// "import" and "export" in engineering text are mostly modules and builds: only as the customer's own work.
const CODE_SENSE: Partial<Record<string, RegExp>> = {
  import:
    /\bimport(?:s|ed|ing)?\s+(?:statements?|paths?|maps?|errors?|cycles?|order|of|from|\{|[\w.]+\s+from)|\bdynamic import|\bes ?modules?/i,
  export:
    /\bexport(?:s|ed|ing)?\s+(?:default|const|function|class|type|interface|statements?|maps?|\{)|\bnamed exports?/i,
  sync: /\b(?:synchronous|sync(?:hronous)? (?:code|call|function|api|method)s?|fsync|rsync|async)\b/i,
  search: /\bsearch (?:index|indices|engine|cluster|query|queries)\b/i,
  pay: /\bpayments? (?:client|provider|service|gateway|api|module|sdk|processor|library|adapter|integration)s?\b/i,
};

/** Words that say something goes wrong for whoever does it ("error budget", "error handling" are practices). */
const GOES_WRONG =
  /\b(?:can(?:'|’)?t|cannot|can not|could(?:n(?:'|’)?t| not)|did(?:n(?:'|’)?t| not)|unable|fail(?:s|ed|ing|ure|ures)?|errors?(?![ -](?:budgets?|handl\w*|tracking|reporting|boundar\w*))|bugs?|broken|stop(?:s|ped)? working|not work(?:ing)?|empty (?:files?|csvs?|pages?|results?)|blank (?:pages?|screens?)|never (?:arrives?|sends?|loads?|shows?|appears?)|(?:has|have|does|do|did|is|are|was|were)n?(?:'|’)?t (?:arrived?|appear(?:ed)?|show(?:n|ed)?|load(?:ed)?|sent)|no success|expir(?:e|es|ed|ing)|redirected (?:back )?to (?:the )?log ?in|charged twice|breaks?|stuck|hangs?|hanging|slow(?:ly|er)?|time(?:s|d)? ?out|timeouts?|crash(?:es|ed|ing)?|(?:logged|signed|kicked|logging|signing) (?:out|off)|log ?outs?|sent (?:back )?to the (?:login|sign-in) page|(?:doesn|don|isn|won)(?:'|’)?t work|lost|loops?|(?:goes|went|stayed|is|was|were) down|outages?|unavailable|50[0234])\b/i;

/** How many mentions of customer actions are weighed; a ticket names the one that matters early. */
const MAX_MENTIONS = 40;

interface ActionFound {
  phrase: string;
  /** The ticket says, near the mention, that it goes wrong. */
  fails: boolean;
  /** The words around the mention, which say how it goes wrong. */
  context: string;
  /** The sentence that names it: how it goes wrong is read there first. */
  sentence: string;
}

/**
 * The customer action a ticket says goes wrong in the sentence that names it, else the one it names
 * first (failing if the words near it say so), as a plain verb phrase: "after I log in, the files I
 * uploaded are gone. Uploads fail since Monday" is about uploads, not signing in.
 */
export function ticketActionFound(ticket: TicketText): ActionFound | undefined {
  const text = prose(`${ticket.title}\n\n${ticket.body}`);
  let first: ActionFound | undefined;
  let looked = 0;
  for (const mention of allActionMentions(text)) {
    const codeSense = CODE_SENSE[mention.action];
    const around = text.slice(Math.max(0, mention.start - 30), mention.end + 40);
    if (codeSense?.test(around)) continue;
    // "open the page" says nothing; a named page (the dashboard, reports) does.
    if (
      mention.action === 'open a page' &&
      !/dashboard|report|invoice|document/i.test(text.slice(mention.start, mention.end))
    )
      continue;
    const near = text.slice(Math.max(0, text.lastIndexOf('\n', mention.start), mention.start - 120), mention.end + 120);
    const phrase = actionPhrase(mention, text);
    // Its own sentence, looked for within a few hundred characters: a pasted log is one long line.
    const from = Math.max(0, mention.start - 300);
    const window = text.slice(from, mention.end + 300);
    const own = sentenceAround(window, mention.start - from, mention.end - from);
    const sentence = window.slice(own.start, own.end);
    if (GOES_WRONG.test(sentence)) return { phrase, fails: true, context: near, sentence };
    if (++looked >= MAX_MENTIONS) break;
    first ??= { phrase, fails: GOES_WRONG.test(near), context: near, sentence };
  }
  return first;
}

const PEOPLE =
  /\b(?:(new|trial|paying|enterprise|free|mobile|first[- ]time|returning|end|existing)\s+)?(customers?|users?|buyers?|shoppers?|prospects?|admins?|administrators?|subscribers?|visitors?|members?|merchants?|sellers?|students?|teachers?|patients?|players?|readers?|viewers?|guests?|attendees?|employees?)\b(?! agents?\b)/gi;

const NAMES_PEOPLE = new RegExp(PEOPLE.source, 'i');

/**
 * The ticket's sentences that name people or a word of the action ("run a query": "while the query
 * runs"): where it says how something goes wrong for them.
 */
export function sentencesAbout(ticket: TicketText, action = ''): string {
  const words = action
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !/^(?:the|and|their|your|for|with|files?|data)$/.test(w));
  return prose(`${ticket.title}\n\n${ticket.body}`)
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => NAMES_PEOPLE.test(sentence) || words.some((w) => sentence.toLowerCase().includes(w)))
    .join('\n');
}

/**
 * Who the ticket says feels it, plural ("new users"): the people in the sentence that names the
 * failing action first ("Modernize the admin UI. Buyers cannot check out" is about buyers), else
 * the first the ticket names. People named in code are skipped.
 */
function ticketWho(ticket: TicketText, found?: ActionFound): string | undefined {
  return (found?.fails && peopleIn(found.sentence)) || peopleIn(prose(`${ticket.title}\n\n${ticket.body}`));
}

function peopleIn(text: string): string | undefined {
  for (const m of text.matchAll(PEOPLE)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/[._/-]$/.test(before) || /^[._/-]\w/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))
      continue;
    const group = m[1] && !/^end$/i.test(m[1]) ? `${m[1].toLowerCase().replace(/\s+/g, '-')} ` : '';
    const noun = m[2]!.toLowerCase();
    return group + (noun.endsWith('s') ? noun : `${noun}s`);
  }
  return undefined;
}

const AFTER: Record<string, string> = {
  upgrade: 'after an upgrade',
  update: 'after an update',
  restart: 'after a restart',
  reboot: 'after a restart',
  outage: 'after an outage',
};

const MOMENTS: [RegExp, string | ((m: RegExpMatchArray) => string)][] = [
  [/\b(?:during|in)\s+(?:a\s+|the\s+|our\s+)?(?:\w+\s+)?live\s+demos?\b/i, 'during live demos'],
  [/\b(?:during|in)\s+(?:a\s+|the\s+|our\s+)?(?:sales\s+)?(?:demos?|sales calls?)\b/i, 'during sales demos'],
  [/\b(?:during|in)\s+(?:the\s+|their\s+)?(?:free\s+)?trials?\b/i, 'during their trial'],
  [/\b(?:during|in)\s+onboarding\b/i, 'during onboarding'],
  [/\bat\s+checkout\b/i, 'at checkout'],
  [/\b(?:at|during)\s+peak\s+(?:hours|times?|traffic)\b/i, 'at peak times'],
  [/\b(?:on|during)\s+(?:a\s+)?busy\s+(\w+\s+)?days?\b/i, 'on busy days'],
  [
    // "after updating to 2.1" is a moment; "after updating an order" is the customer's own action.
    /\bafter\s+(?:an?\s+|the\s+)?(upgrade|update|restart|reboot|outage|deploy(?:ment)?|release|(?:upgrad|updat)ing(?=\s+(?:to\b|v?\d|the (?:latest|new)\b))|(?:restart|reboot)ing(?=\s+(?:the (?:server|app|service)|it)\b))\b/i,
    (m) => {
      const said = m[1]!.toLowerCase();
      const stem = said.replace(/ing$/, '');
      return AFTER[said] ?? AFTER[stem] ?? AFTER[`${stem}e`] ?? 'after a release';
    },
  ],
  [/\bon\s+(?:the\s+)?first\s+(?:try|attempt|visit|login|sign[- ]in)\b/i, 'on their first try'],
];

/** When the ticket says it happens ("during live demos"), if it says. */
function ticketMoment(ticket: TicketText): string | undefined {
  const text = prose(`${ticket.title}\n\n${ticket.body}`);
  let best: { at: number; value: string } | undefined;
  for (const [pattern, value] of MOMENTS) {
    const m = text.match(pattern);
    if (m && (best === undefined || m.index! < best.at))
      best = { at: m.index!, value: typeof value === 'string' ? value : value(m) };
  }
  return best?.value;
}

/** What it costs sales or support, as a clause to end a sentence with. */
const EFFECT_CLAUSES: Record<EffectPick, string> = {
  'demos-interrupted': 'and sales demos stall',
  'trials-stalled': 'and trials stall before they convert',
  'renewals-at-risk': 'which puts renewals at risk',
  'repeat-tickets': 'and support keeps answering the same tickets',
  'deals-at-risk': 'which puts open deals at risk',
};

// Stricter than the side panel's effect picks: a ticket's mere "buyers" or "trial users" is no effect on sales.
const EFFECT_SIGNS: [RegExp, EffectPick][] = [
  [/\b(?:demos?|sales calls?)\b/i, 'demos-interrupted'],
  [
    /\b(?:trials?|pilots?|proofs? of concept)\s+(?:stall|fail|end|churn|drop|don't convert|do not convert|expire)/i,
    'trials-stalled',
  ],
  [/\b(?:renewals?|churn(?:s|ed|ing)?|cancell?ations?)\b/i, 'renewals-at-risk'],
  [
    /\b(?:(?:support|repeat(?:ed)?|duplicate|customer)\s+(?:tickets?|requests?|cases?|emails?)|\d+\s+tickets?|escalations?|complaints?)\b/i,
    'repeat-tickets',
  ],
  [/\b(?:deals?|lost (?:a |the )?sales?|rfps?|win rate)\b/i, 'deals-at-risk'],
];

/** The first effect the ticket names; `except` skips one the sentence already says ("during live demos"). */
export function ticketEffect(ticket: TicketText, except?: EffectPick): string | undefined {
  const text = prose(`${ticket.title}\n\n${ticket.body}`);
  let best: { at: number; pick: EffectPick } | undefined;
  for (const [pattern, pick] of EFFECT_SIGNS) {
    if (pick === except) continue;
    const at = text.search(pattern);
    if (at !== -1 && (best === undefined || at < best.at)) best = { at, pick };
  }
  return best ? EFFECT_CLAUSES[best.pick] : undefined;
}

/** Every blank the ticket can fill, for the card to start from (`found`: its action, when looked for already). */
export function ticketSlots(ticket: TicketText, found = ticketActionFound(ticket)): SlotValues {
  const slots: SlotValues = {};
  const action = found?.phrase;
  const who = ticketWho(ticket, found);
  const moment = ticketMoment(ticket);
  if (action) slots.action = action;
  if (who) slots.who = who;
  if (moment) slots.moment = moment;
  return slots;
}
