// Deterministic benchmark input: a ticket thread written from a seeded PRNG and
// the bench's own word lists, with a small share of the map's own phrases mixed
// in. No external data, so every run (and every machine) reads the same text.

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;

// --- Plain English ticket prose -------------------------------------------------

const PEOPLE = [
  'Maria',
  'the customer',
  'our contact at Acme',
  'their admin',
  'a trial user',
  'the account owner',
  'support',
  'the buyer',
  'Sam from sales',
  'two users',
];
const WHO = [
  'customers',
  'trial users',
  'admins',
  'new users',
  'people on the free plan',
  'the finance team',
  'shoppers',
  'guests',
  'their managers',
  'team members',
];
const ACTIONS = [
  'sign in',
  'reset their password',
  'upload a photo',
  'export a report',
  'check out',
  'pay an invoice',
  'invite a teammate',
  'change the billing address',
  'download the receipt',
  'open the dashboard',
  'search for an order',
  'book a meeting',
  'update their profile',
  'cancel the subscription',
  'add a payment card',
  'share a document',
  'print the label',
  'switch accounts',
  'save a draft',
  'import contacts',
  'approve a request',
  'join the call',
  'renew the plan',
  'track a parcel',
];
const OBJECTS = [
  'page',
  'button',
  'email',
  'form',
  'screen',
  'report',
  'invoice',
  'receipt',
  'dashboard',
  'menu',
  'list',
  'message',
  'order',
  'link',
  'document',
  'calendar',
];
const ADJ = [
  'blank',
  'slow',
  'empty',
  'wrong',
  'missing',
  'confusing',
  'broken',
  'late',
  'grey',
  'duplicated',
  'cut off',
  'out of date',
];
const MOMENTS = [
  'during a live demo',
  'on Monday morning',
  'right after the update',
  'at the end of the month',
  'on their phone',
  'when the office network is busy',
  'after lunch',
  'in the middle of checkout',
  'on the first try',
  'since last week',
  'every few days',
  'while traveling',
  'before a deadline',
  'on the mobile app',
  'in Safari',
];
const FEELINGS = [
  'frustrated',
  'worried',
  'confused',
  'annoyed',
  'patient so far',
  'unhappy',
  'close to leaving',
  'happy with the workaround',
];
const OPENERS = [
  'Hi team,',
  'Thanks for looking into this.',
  'Quick update:',
  'Following up on this.',
  'Hello,',
  'Some more context:',
  'Update from the call:',
  'Good news:',
  'FYI,',
];
const CLOSERS = [
  'Let me know if you need anything else.',
  'Thanks!',
  'Happy to jump on a call.',
  'Can we get an update by Friday?',
  'I will keep an eye on it.',
  'Appreciate the help.',
];
const TEMPLATES: ((r: Rng) => string)[] = [
  (r) =>
    `${cap(pick(r, PEOPLE))} tried to ${pick(r, ACTIONS)} ${pick(r, MOMENTS)} and the ${pick(r, OBJECTS)} was ${pick(r, ADJ)}.`,
  (r) => `When ${pick(r, WHO)} ${pick(r, ACTIONS)}, the ${pick(r, OBJECTS)} takes a long time to load.`,
  (r) => `${cap(pick(r, WHO))} cannot ${pick(r, ACTIONS)} ${pick(r, MOMENTS)}.`,
  (r) => `They are ${pick(r, FEELINGS)} because this happened ${pick(r, MOMENTS)}.`,
  (r) => `Could we make sure ${pick(r, WHO)} can ${pick(r, ACTIONS)} without waiting?`,
  (r) => `The ${pick(r, OBJECTS)} shows the ${pick(r, ADJ)} ${pick(r, OBJECTS)} after they ${pick(r, ACTIONS)}.`,
  (r) =>
    `About ${1 + Math.floor(r() * 9)} in ${pick(r, ['10', '20', '50', '100'])} ${pick(r, WHO)} see this ${pick(r, MOMENTS)}.`,
  (r) => `I asked ${pick(r, PEOPLE)} to ${pick(r, ACTIONS)} again and it worked the second time.`,
  (r) => `This blocks ${pick(r, WHO)} from being able to ${pick(r, ACTIONS)}, which matters for the renewal.`,
  (r) => `Steps: open the ${pick(r, OBJECTS)}, ${pick(r, ACTIONS)}, then wait a few seconds.`,
  (r) => `Expected the ${pick(r, OBJECTS)} to update, but it stayed ${pick(r, ADJ)}.`,
  (r) => `It looks fine for ${pick(r, WHO)}, but ${pick(r, PEOPLE)} still sees a ${pick(r, ADJ)} ${pick(r, OBJECTS)}.`,
];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// --- Things that are not prose: code, links, mentions, references -------------

const HANDLES = ['alice', 'bob-dev', 'carol', 'dmitri', 'eng/payments', 'priya', 'sam-support', 'org/web-team'];
const IDENTS = [
  'getSession()',
  'user_id',
  'retryCount',
  'db.pool.acquire()',
  'MAX_RETRIES',
  'order.created.email',
  'fetchInvoice()',
  'is_trial',
];
const CODE = [
  '`npm ci`',
  '`GET /api/orders`',
  '`timeout=30s`',
  '`500`',
  '`--force`',
  '`SELECT 1`',
  '`config.yml`',
  '`v2.14.3`',
];
const URLS = [
  'https://example.com/help/billing',
  'https://status.example.com',
  'https://app.example.com/orders/1234?tab=items',
  'www.example.org/docs/sign-in',
  'https://github.com/acme/web/pull/812',
];
const REFS = ['#123', '#4051', 'acme/web#88', 'PAY-1432', 'SUP-77', '#9'];

function extra(rng: Rng): string {
  const r = rng();
  if (r < 0.3) return `cc @${pick(rng, HANDLES)}`;
  if (r < 0.5) return `see ${pick(rng, REFS)}`;
  if (r < 0.7) return `(${pick(rng, URLS)})`;
  if (r < 0.85) return `ran ${pick(rng, CODE)}`;
  return `in ${pick(rng, IDENTS)}`;
}

const JARGON_FRAMES: ((j: string, r: Rng) => string)[] = [
  (j) => `Engineering says it is ${j}.`,
  (j) => `Looks like ${j} again.`,
  (j, r) => `The ${pick(r, OBJECTS)} issue comes from ${j}.`,
  (j) => `We think ${j} is involved.`,
  (j, r) => `Next step: look at the ${j} issue ${pick(r, MOMENTS)}.`,
  (j) => `Someone in the channel mentioned ${j}, not sure what that means for the customer.`,
];

export interface CorpusOptions {
  /** Exact number of whitespace-separated words. */
  words: number;
  seed: number;
  /** Phrases to mix in: the map's listed phrases. */
  jargon: readonly string[];
  /** Inflected forms of them ("retries", "cached"), used for about a quarter of the jargon. */
  inflected?: readonly string[];
  /** Share of words that belong to a jargon phrase (about). */
  jargonShare?: number;
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A thread of comments (blank-line separated paragraphs) of exactly `words`
 * whitespace-separated words. Code spans, URLs and references are one word each.
 */
export function ticketThread({ words, seed, jargon, inflected = [], jargonShare = 0.03 }: CorpusOptions): string {
  const rng = prng(seed);
  const tokens: string[] = [];
  let jargonWords = 0;
  let total = 0;
  let comment = 0;
  const push = (s: string) => {
    for (const w of s.split(/\s+/)) {
      if (!w) continue;
      tokens.push(w);
      total++;
    }
  };
  while (total < words) {
    if (comment++ > 0) tokens.push('\n\n');
    push(`**@${pick(rng, HANDLES)}** commented:`);
    tokens.push('\n\n');
    push(pick(rng, OPENERS));
    const sentences = 3 + Math.floor(rng() * 6);
    for (let s = 0; s < sentences; s++) {
      // Keep the jargon share close to the target wherever the text is cut.
      if (jargon.length && jargonWords < total * jargonShare) {
        const j = inflected.length && chance(rng, 0.25) ? pick(rng, inflected) : pick(rng, jargon);
        jargonWords += countWords(j);
        push(pick(rng, JARGON_FRAMES)(j, rng));
      } else {
        push(pick(rng, TEMPLATES)(rng));
      }
      if (chance(rng, 0.18)) push(`${cap(extra(rng))}.`);
    }
    push(pick(rng, CLOSERS));
  }
  // Cut to exactly `words` words; paragraph breaks are not words.
  const out: string[] = [];
  let n = 0;
  for (const t of tokens) {
    if (t === '\n\n') {
      out.push(t);
      continue;
    }
    if (n++ === words) break;
    out.push(t);
  }
  return out
    .join(' ')
    .replace(/ ?\n\n ?/g, '\n\n')
    .trim();
}

export { countWords };

// --- A large synthetic map -------------------------------------------------------

const ONSETS = [
  'b',
  'br',
  'ch',
  'd',
  'dr',
  'f',
  'fl',
  'g',
  'gr',
  'k',
  'kl',
  'm',
  'n',
  'p',
  'pl',
  'qu',
  'r',
  's',
  'sk',
  'st',
  't',
  'tr',
  'v',
  'z',
  'zh',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ee', 'y'];
const CODAS = ['', '', 'n', 'r', 'x', 'st', 'lk', 'm', 'sh', 'v', 'nd'];
const SUFFIXES = ['', '', '', 'er', 'ing', 'ity', 'ops', 'ctl', 'd', 'io'];
// Real words that commonly start a jargon phrase, so the trie's first level
// overlaps with ordinary prose as it would in a team map ("queue drain").
const HEADS = ['the', 'user', 'order', 'page', 'sync', 'cache', 'edge', 'data', 'stale', 'cold', 'hot', 'async'];

export function pseudoWord(rng: Rng): string {
  const syllables = 2 + Math.floor(rng() * 2);
  let w = '';
  for (let i = 0; i < syllables; i++)
    w += pick(rng, ONSETS) + pick(rng, NUCLEI) + (i === syllables - 1 ? pick(rng, CODAS) : '');
  return w + pick(rng, SUFFIXES);
}

const CATEGORIES = [
  'housekeeping',
  'system',
  'reliability',
  'observability',
  'metrics',
  'incident',
  'delivery',
  'component',
] as const;

/** `count` entries with 1-3 word phrases built from pseudo-words; no phrase repeats. */
export function syntheticEntries(count: number, seed: number, taken: ReadonlySet<string> = new Set()): unknown[] {
  const rng = prng(seed);
  const used = new Set(taken);
  const entries: unknown[] = [];
  const phrase = () => {
    for (;;) {
      const len = 1 + Math.floor(rng() * 3);
      const words: string[] = [];
      for (let i = 0; i < len; i++)
        words.push(i === 0 && len > 1 && chance(rng, 0.3) ? pick(rng, HEADS) : pseudoWord(rng));
      const p = words.join(' ');
      if (!used.has(p)) {
        used.add(p);
        return p;
      }
    }
  };
  for (let i = 0; i < count; i++) {
    const phrases = [phrase()];
    if (chance(rng, 0.3)) phrases.push(phrase());
    entries.push({
      id: `synthetic-${i}`,
      category: pick(rng, CATEGORIES),
      phrases,
      why: `${phrases[0]} is a name only the team uses.`,
      rewrites: ['{action} works again for {who}'],
    });
  }
  return entries;
}
