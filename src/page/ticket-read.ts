// Reads the open ticket for the side panel: title and description from the page's
// field list (src/page/registry.ts), rendered HTML turned back into markdown-ish
// text so a write-up already on the page parses back into its parts.
import type { TicketSnapshot } from '../messages';
import type { FieldSpec, TrackerAdapter } from '../trackers';
import { editableFields, findFields, firstShown, type EditableField, type PageField } from './registry';

export type { EditableField };

function fieldText(el: HTMLElement, spec: FieldSpec, skip: string): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return spec.role === 'title' ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : toMarkdown(el, skip);
}

const HEADING = /^H([1-6])$/;
const BLOCKS = /^(?:P|DIV|SECTION|ARTICLE|BLOCKQUOTE|TABLE|TR|DETAILS|FIGURE)$/;

/** Headings, list items and paragraphs as markdown lines; code kept in backticks. */
export function toMarkdown(root: Element, skip = ''): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    // Runs of spaces fold to one, except the indent that nests list items.
    if (line.trim()) lines.push(line.replace(/(\S)[ \t]+/g, '$1 ').trimEnd());
    line = '';
  };
  const walk = (el: Element, depth: number) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += (child as Text).data.replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const node = child as Element;
      const tag = node.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || node.getAttribute('aria-hidden') === 'true') continue;
      const level = HEADING.exec(tag)?.[1];
      if (level) {
        flush();
        line = `${'#'.repeat(Number(level))} `;
        walk(node, depth);
        flush();
      } else if (tag === 'PRE') {
        flush();
        lines.push(['```', (node.textContent ?? '').replace(/\n$/, ''), '```'].join('\n'));
      } else if (tag === 'CODE' || (skip && node.matches(skip) && tag !== 'A')) {
        line += `\`${node.textContent ?? ''}\``;
      } else if (tag === 'UL' || tag === 'OL') {
        flush();
        walk(node, depth + 1);
        flush();
      } else if (tag === 'LI') {
        flush();
        line = `${'  '.repeat(Math.max(0, depth - 1))}- `;
        walk(node, depth);
        flush();
      } else if (tag === 'BR') {
        flush();
      } else if (tag === 'STRONG' || tag === 'B') {
        line += '**';
        walk(node, depth);
        line += '**';
      } else if (BLOCKS.test(tag)) {
        flush();
        walk(node, depth);
        flush();
      } else walk(node, depth);
    }
  };
  walk(root, 0);
  flush();
  // A blank line between blocks, but list items stay together.
  return lines.reduce((out, next, i) => {
    if (i === 0) return next;
    const tight = /^\s*- /.test(next) && /^\s*- /.test(lines[i - 1]!);
    return `${out}${tight ? '\n' : '\n\n'}${next}`;
  }, '');
}

/**
 * The ticket's title as shown (or being typed), else the page's title. `fields` is the page
 * session's list (src/page/registry.ts); looked up afresh when not given.
 */
export function readTitle(tracker: TrackerAdapter, fields: readonly PageField[] = findFields(tracker)): string {
  const title = firstShown(fields, 'title');
  return title ? fieldText(title.el, title.spec, tracker.skip) : document.title;
}

/** The snapshot the side panel shows; null when the page is not a ticket. */
export function readTicket(
  tracker: TrackerAdapter,
  editing: EditableField | null,
  fields: readonly PageField[] = findFields(tracker),
): TicketSnapshot | null {
  const url = new URL(location.href);
  if (!tracker.isTicketPage(url)) return null;
  const key = tracker.ticketKey(url);
  // The description's source while it is being edited; what the page shows otherwise.
  const editingDescription = editableFields(fields).find((f) => f.role === 'description');
  const description = editingDescription ?? firstShown(fields, 'description');
  return {
    tracker: tracker.id,
    trackerLabel: tracker.label,
    key: key ?? `${tracker.id}:new:${url.host}${url.pathname}`,
    isNew: key === null,
    url: url.href,
    title: readTitle(tracker, fields),
    description: description ? fieldText(description.el, description.spec, tracker.skip) : '',
    editing: editing ? { role: editing.role, rich: editing.spec.kind === 'rich' } : null,
  };
}
