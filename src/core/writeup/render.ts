// The write-up as plain-data blocks, and those blocks as markdown or plain
// text. User text stays data: nothing here builds HTML.
import { EFFECT_LABELS, type Proof, type WriteUpDraft } from './model';
import {
  EFFECT_DETAIL_LABEL,
  HEADINGS,
  LINK_LABEL,
  NUMBER_LABELS,
  PLAN_LABELS,
  TASK_LABELS,
  escapeLead,
} from './sections';
import { summarySentence } from './summary';

export { summarySentence } from './summary';

export interface BulletItem {
  /** Shown bold before the text: "Action: sign in". */
  label?: string;
  text: string;
  children?: BulletItem[];
}

/** Enough structure for a ProseMirror (Jira) adapter to build rich content from. */
export type WriteUpBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: BulletItem[] };

/** Every field is one line on the page, so a pasted line break cannot start a new heading or item. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** One labelled item per filled field, in the order of `labels`. */
function labelled<K extends string>(labels: Record<K, string>, values: NoInfer<Record<K, string>>): BulletItem[] {
  return (Object.keys(labels) as K[])
    .filter((key) => oneLine(values[key]))
    .map((key) => ({ label: labels[key], text: oneLine(values[key]) }));
}

function proofItem(label: string, proof: Proof): BulletItem[] {
  const text = oneLine(proof.text);
  const link = oneLine(proof.link);
  if (!text && !link) return [];
  return [{ label, text, ...(link ? { children: [{ label: LINK_LABEL, text: link }] } : {}) }];
}

function planItems({ plan }: WriteUpDraft): BulletItem[] {
  const scope = plan.scope.map(oneLine).filter(Boolean);
  return [
    ...labelled({ moment: PLAN_LABELS.moment }, plan),
    ...proofItem(PLAN_LABELS.salesStory, plan.salesStory),
    ...proofItem(PLAN_LABELS.supportCase, plan.supportCase),
    ...(scope.length ? [{ label: PLAN_LABELS.scope, text: '', children: scope.map((text) => ({ text })) }] : []),
    ...labelled({ reviewDate: PLAN_LABELS.reviewDate, owner: PLAN_LABELS.owner }, plan),
  ];
}

/** Summary first, then only the sections that have content. */
export function renderJiraBlocks(draft: WriteUpDraft): WriteUpBlock[] {
  const blocks: WriteUpBlock[] = [];
  const section = (heading: string, body: WriteUpBlock | null) => {
    if (!body) return;
    blocks.push({ kind: 'heading', level: 2, text: heading }, body);
  };
  const list = (items: BulletItem[]): WriteUpBlock | null => (items.length ? { kind: 'bullets', items } : null);

  const summary = oneLine(summarySentence(draft));
  if (summary) blocks.push({ kind: 'paragraph', text: summary });
  section(HEADINGS.task, list(labelled(TASK_LABELS, draft.task)));
  const problem = oneLine(draft.problem);
  section(HEADINGS.problem, problem ? { kind: 'paragraph', text: problem } : null);
  const picks = [...new Set(draft.effect.picks)].map((p) => ({ text: EFFECT_LABELS[p] }));
  section(HEADINGS.effect, list([...picks, ...labelled({ detail: EFFECT_DETAIL_LABEL }, draft.effect)]));
  section(HEADINGS.number, list(labelled(NUMBER_LABELS, draft.number)));
  section(HEADINGS.plan, list(planItems(draft)));
  return blocks;
}

type ItemStyle = (label: string) => string;

function itemLines(items: BulletItem[], labelStyle: ItemStyle, indent = ''): string[] {
  return items.flatMap((item) => {
    const head = item.label ? [labelStyle(item.label), item.text].filter(Boolean).join(' ') : item.text;
    return [`${indent}- ${head}`, ...itemLines(item.children ?? [], labelStyle, `${indent}  `)];
  });
}

/** GitHub / Linear markdown. */
export function renderMarkdown(draft: WriteUpDraft): string {
  return renderJiraBlocks(draft)
    .map((block) => {
      if (block.kind === 'heading') return `${'#'.repeat(block.level)} ${block.text}`;
      if (block.kind === 'paragraph') return escapeLead(block.text);
      return itemLines(block.items, (label) => `**${label}:**`).join('\n');
    })
    .join('\n\n');
}

/** For chat and email: the same layout without markdown marks. */
export function renderPlainText(draft: WriteUpDraft): string {
  return renderJiraBlocks(draft)
    .map((block) => {
      if (block.kind === 'heading') return block.text.toUpperCase();
      if (block.kind === 'paragraph') return block.text;
      return itemLines(block.items, (label) => `${label}:`).join('\n');
    })
    .join('\n\n');
}
