// The names the write-up uses on the page: section headings and field labels.
// The renderers write them and the parser reads them back, so they live here once.

export const HEADINGS = {
  task: 'Customer task',
  problem: 'What goes wrong today',
  effect: 'Effect on sales and support',
  number: 'Number to measure',
  plan: 'Planning note',
} as const;
export type SectionKey = keyof typeof HEADINGS;

export const TASK_LABELS = { action: 'Action', detail: 'When or where' } as const;
export const EFFECT_DETAIL_LABEL = 'Details';
export const NUMBER_LABELS = {
  metric: 'Metric',
  before: 'Before',
  target: 'Target',
  unit: 'Unit',
  window: 'Time frame',
} as const;
export const PLAN_LABELS = {
  moment: 'Customer moment',
  salesStory: 'Sales story',
  supportCase: 'Support case',
  scope: 'Scope',
  reviewDate: 'Review date',
  owner: 'Owner',
} as const;
/** Nested under a sales story or support case. */
export const LINK_LABEL = 'Link or count';

/** Markdown would read a paragraph starting with these as a list, quote or heading. */
const BLOCK_START = /^(?:[-*+>#\\]|\d+[.)])/;

export function escapeLead(text: string): string {
  return BLOCK_START.test(text) ? `\\${text}` : text;
}

export function unescapeLead(text: string): string {
  return text.startsWith('\\') ? text.slice(1) : text;
}
