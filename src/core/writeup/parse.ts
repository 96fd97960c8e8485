// Reads a ticket that already follows the write-up structure back into a
// draft, so the side panel opens it filled in. Headings match by name at any
// level, any case; labelled items ("**Action:** sign in" or "Action: sign in")
// fill fields; unlabelled text falls back to the section's main field.
import { parseNumberInput } from './extract-numbers';
import { EFFECT_LABELS, EFFECT_PICKS, type EffectPick, type WriteUpDraftInput } from './model';
import {
  EFFECT_DETAIL_LABEL,
  HEADINGS,
  LINK_LABEL,
  NUMBER_LABELS,
  PLAN_LABELS,
  TASK_LABELS,
  unescapeLead,
  type SectionKey,
} from './sections';

interface Line {
  /** Set for list items; nested items have indent > 0. */
  indent: number | null;
  /** The label in lower case, when the line starts with one. */
  label: string | null;
  /** The value after the label, or the whole content. */
  text: string;
  /** The line as written, list marker and escape removed. */
  content: string;
}

// The s flag: user text may hold U+2028 and other characters "." would not match.
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/s;
const BULLET = /^([ \t]*)[-*+][ \t]+(.*)$/s;
const LABELLED = [/^\*\*(.+?):\*\*\s?(.*)$/s, /^\*\*(.+?)\*\*:\s?(.*)$/s, /^([\p{L} ]{1,30}):\s?(.*)$/su];
const SECTION_BY_NAME = new Map(Object.entries(HEADINGS).map(([key, name]) => [name.toLowerCase(), key as SectionKey]));

function sectionOf(heading: string): SectionKey | null {
  const name = heading
    .replace(/\*\*|__/g, '')
    .replace(/^\d+[.)]\s*/, '')
    .replace(/:$/, '')
    .trim()
    .toLowerCase();
  return SECTION_BY_NAME.get(name) ?? null;
}

function readLine(raw: string): Line {
  const bullet = BULLET.exec(raw);
  const content = (bullet ? bullet[2]! : unescapeLead(raw.trim())).trim();
  const indent = bullet ? bullet[1]!.length : null;
  for (const pattern of LABELLED) {
    const m = pattern.exec(content);
    if (m) return { indent, label: m[1]!.trim().toLowerCase(), text: m[2]!.trim(), content };
  }
  return { indent, label: null, text: content, content };
}

function splitSections(markdown: string): Map<SectionKey, Line[]> {
  const sections = new Map<SectionKey, Line[]>();
  let current: Line[] | null = null;
  for (const raw of markdown.split(/\r?\n/)) {
    const heading = HEADING.exec(raw);
    if (heading) {
      const key = sectionOf(heading[1]!);
      current = key ? (sections.get(key) ?? []) : null;
      if (key) sections.set(key, current!);
    } else if (current && raw.trim()) current.push(readLine(raw));
  }
  return sections;
}

/** Labelled values by field key, plus whatever text carried no known label. */
function fields<K extends string>(lines: Line[], labels: Record<K, string>) {
  const byLabel = new Map(Object.entries<string>(labels).map(([key, label]) => [label.toLowerCase(), key as K]));
  const found: Partial<Record<K, string>> = {};
  const free: string[] = [];
  for (const line of lines) {
    const key = line.label ? byLabel.get(line.label) : undefined;
    if (key) found[key] = line.text;
    else free.push(line.content);
  }
  return { found, free: free.filter(Boolean).join(' ') };
}

const PICK_BY_LABEL = new Map(
  EFFECT_PICKS.flatMap(
    (p) =>
      [
        [EFFECT_LABELS[p].toLowerCase(), p],
        [p, p],
      ] as const,
  ),
);

function parseEffect(lines: Line[]): WriteUpDraftInput['effect'] {
  const picks: EffectPick[] = [];
  const rest: Line[] = [];
  for (const line of lines) {
    const pick = line.label ? undefined : PICK_BY_LABEL.get(line.text.replace(/\.$/, '').toLowerCase());
    if (pick && !picks.includes(pick)) picks.push(pick);
    else if (!pick) rest.push(line);
  }
  const { found, free } = fields(rest, { detail: EFFECT_DETAIL_LABEL });
  const detail = found.detail ?? free;
  return { ...(picks.length ? { picks } : {}), ...(detail ? { detail } : {}) };
}

function parseNumber(lines: Line[]): WriteUpDraftInput['number'] {
  const { found, free } = fields(lines, NUMBER_LABELS);
  const pasted = free ? parseNumberInput(free) : null;
  return { ...pasted, ...found };
}

type Plan = NonNullable<WriteUpDraftInput['plan']>;
type PlanKey = keyof typeof PLAN_LABELS;
const PLAN_KEY_BY_LABEL = new Map(
  Object.entries(PLAN_LABELS).map(([key, label]) => [label.toLowerCase(), key as PlanKey]),
);

/** Nested items belong to the item above: scope entries, or the link of a story or case. */
function parsePlan(lines: Line[]): Plan {
  const plan: Plan = {};
  let parent: PlanKey | undefined;
  for (const line of lines) {
    const nested = (line.indent ?? 0) > 0 && parent !== undefined;
    if (nested && parent === 'scope') {
      plan.scope ??= [];
      plan.scope.push(line.content);
    } else if (nested && (parent === 'salesStory' || parent === 'supportCase')) {
      const isLink = !line.label || line.label === LINK_LABEL.toLowerCase() || line.label === 'link';
      plan[parent] = { ...plan[parent], link: isLink ? line.text : line.content };
    } else {
      parent = line.label ? PLAN_KEY_BY_LABEL.get(line.label) : undefined;
      if (parent === 'scope') plan.scope = line.text ? [line.text] : [];
      else if (parent === 'salesStory' || parent === 'supportCase') plan[parent] = { ...plan[parent], text: line.text };
      else if (parent === 'reviewDate' && /^\d{4}-\d{2}-\d{2}$/.test(line.text)) plan.reviewDate = line.text;
      else if (parent === 'moment' || parent === 'owner') plan[parent] = line.text;
    }
  }
  return plan;
}

function compact<T extends object>(value: T | undefined): T | undefined {
  return value && Object.values(value).some((v) => v !== '' && v !== undefined) ? value : undefined;
}

/** A partial draft, or null when the text has none of the write-up's sections. */
export function parseWriteUp(markdown: string): WriteUpDraftInput | null {
  const sections = splitSections(markdown);
  const lines = (key: SectionKey) => sections.get(key) ?? [];
  const task = fields(lines('task'), TASK_LABELS);
  const problem = lines('problem')
    .map((l) => l.content)
    .filter(Boolean)
    .join(' ');
  const draft: WriteUpDraftInput = {
    task: compact({ ...task.found, ...(task.found.action === undefined && task.free ? { action: task.free } : {}) }),
    ...(problem ? { problem } : {}),
    effect: compact(parseEffect(lines('effect'))),
    number: compact(parseNumber(lines('number'))),
    plan: compact(parsePlan(lines('plan'))),
  };
  const filled = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
  return Object.keys(filled).length ? (filled as WriteUpDraftInput) : null;
}
