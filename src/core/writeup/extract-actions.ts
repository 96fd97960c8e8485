// Which customer actions a text names. The plain-verb list is hand-compiled
// into one regular expression per action at module load, so a call is a few
// regex scans and never parses sentences (it runs on every keystroke).

export const CUSTOMER_ACTIONS = [
  'sign in',
  'sign up',
  'search',
  'upload',
  'pay',
  'export',
  'import',
  'invite',
  'sync',
  'open a page',
  'get help',
] as const;
export type CustomerAction = (typeof CUSTOMER_ACTIONS)[number];

export interface ActionMention {
  action: CustomerAction;
  start: number;
  end: number;
}

const APOS = `['’]`;
const DET = `(?:(?:the|a|an|their|your|my|our|this|that|any|each)\\s+)?`;
const PAGE = `(?:pages?|reports?|dashboards?|screens?|views?|tabs?|invoices?|documents?)`;
const CANT = `(?:won${APOS}t|doesn${APOS}t|don${APOS}t|didn${APOS}t|can${APOS}t|cannot|never|fails? to|failed to|takes? \\w+ to|(?:is|are) slow to)`;

/** Forms per action: inflections and synonyms. Each is wrapped in word boundaries. */
const FORMS: Record<CustomerAction, string[]> = {
  'sign in': [
    // "a logged-in user" is who, not what they do.
    `(?:log|sign)(?:s|ging|ing)[ -]?(?:in|on)(?:to)?`,
    `(?:log|sign)(?:ged|ed)[ -]?(?:into|onto|(?:in|on)(?![ -](?:users?|customers?|members?|admins?|visitors?|state|session|pages?|area|view|accounts?)\\b))`,
    `(?:log|sign)-?(?:in|on)s?`,
    `sign (?:in|on)(?:to)?`,
    // "the error log in Kibana" is a log file, not someone signing in.
    `(?<!(?:the|an?|error|audit|access|server|debug|event|change|build|crash|query|slow|data)\\s)log (?:in|on)(?:to)?`,
  ],
  'sign up': [
    `sign(?:s|ed|ing)?[ -]?ups?`,
    `register(?:s|ed|ing)?`,
    `registrations?`,
    `creat(?:e|es|ed|ing) (?:an? |their |new )?accounts?`,
    `account creation`,
  ],
  search: [`search(?:es|ed|ing)?`],
  upload: [`upload(?:s|ed|ing)?`, `attachments?`, `attach(?:es|ed|ing)? ${DET}files?`],
  pay: [
    `pay(?:s|ing|ments?)?`,
    `paid`,
    `check(?:s|ed|ing)?[ -]?outs?`,
    `purchas(?:e|es|ed|ing)`,
    `subscrib(?:e|es|ed|ing)`,
    `renew(?:s|ed|ing)?`,
    // "renewals at risk" is an effect on sales, not something a customer does.
    `renewals?\\b(?!\\s+(?:are\\s+|is\\s+)?at\\s+risk)`,
  ],
  export: [`export(?:s|ed|ing)?`],
  import: [`import(?:s|ed|ing)?`],
  invite: [
    `invit(?:e|es|ed|ing|ations?)`,
    `add(?:s|ed|ing)? (?:a |new |their )?(?:teammates?|team members?|colleagues?|seats?)`,
  ],
  sync: [`sync(?:s|ed|ing)?`, `synch(?:es|ed|ing)?`, `synchroni[sz](?:e|es|ed|ing|ation)`],
  'open a page': [
    `open(?:s|ed|ing)?(?: up)? ${DET}(?:[\\w-]+\\s+)?${PAGE}`,
    `load(?:s|ed|ing)? ${DET}(?:[\\w-]+\\s+)?${PAGE}`,
    `${PAGE}\\s+(?:${CANT}\\s+)?(?:open|load)(?:s|ed|ing)?`,
    `page[ -]loads?`,
  ],
  'get help': [
    `(?:get(?:s|ting)?|got) help`,
    `contact(?:s|ed|ing)? (?:our |the )?(?:support|us|help ?desk)`,
    `reach(?:es|ed|ing)? (?:out to )?(?:our |the )?support`,
    `ask(?:s|ed|ing)? for help`,
    `help (?:cent(?:er|re)|desk)`,
    `(?:chat|talk)(?:s|ted|ting|ed|ing)? (?:with|to) (?:our |the )?support`,
    `support (?:chat|replies|reply|responses?)`,
  ],
};

const PATTERNS: [CustomerAction, RegExp][] = CUSTOMER_ACTIONS.map((action) => [
  action,
  new RegExp(`\\b(?:${FORMS[action].join('|')})\\b`, 'i'),
]);

const EVERY: [CustomerAction, RegExp][] = PATTERNS.map(([action, pattern]) => [
  action,
  new RegExp(pattern.source, 'gi'),
]);

/** Every mention of a customer action in `text`, in reading order. */
export function allActionMentions(text: string): ActionMention[] {
  const found: ActionMention[] = [];
  for (const [action, pattern] of EVERY)
    for (const m of text.matchAll(pattern)) found.push({ action, start: m.index, end: m.index + m[0].length });
  return found.sort((a, b) => a.start - b.start);
}

/** Distinct customer actions named in `text`, each with its first mention, in reading order. */
export function findActions(text: string): ActionMention[] {
  const found: ActionMention[] = [];
  for (const [action, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) found.push({ action, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}
