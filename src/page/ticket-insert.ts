// Puts a write-up into the field being edited as ONE undoable edit, through the
// editor's own input path: insertText for textareas, a paste of HTML for
// ProseMirror editors (headings and lists stay rich). Never touches editor DOM.
import type { BulletItem, WriteUpBlock } from '../core/writeup/render';
import type { InsertRequest, InsertResult } from '../messages';
import { replaceInPlainField, type TextBox } from './replace';
import type { EditableField } from './ticket-read';
import { isParagraphSection, isWriteUpHeading, writeUpSpan } from './write-up-span';

export async function insertWriteUp(field: EditableField, request: InsertRequest): Promise<InsertResult> {
  const { el, role } = field;
  if (!el.isConnected) return { ok: false, reason: 'The field closed before the write-up could go in.' };
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const edit = plainEdit(el, role, request, document.activeElement === el);
    if (replaceInPlainField(el, edit.start, edit.end, edit.text)) return { ok: true, role };
    return { ok: false, reason: 'The text box did not accept the write-up, and nothing in it was changed.' };
  }
  return insertRich(el, field, request);
}

/**
 * Never removes the user's text: in a description replace an earlier write-up or go on top;
 * in a comment go at the caret (the end of a selection, which stays) or the end.
 */
export function plainEdit(el: TextBox, role: EditableField['role'], request: InsertRequest, focused: boolean) {
  const { value } = el;
  const md = request.markdown;
  const selEnd = el.selectionEnd ?? value.length;
  if (role === 'description') {
    const span = writeUpSpan(value, request.oldSummary);
    if (span) return { start: span[0], end: span[1], text: md };
    return value.trim() ? { start: 0, end: 0, text: `${md}\n\n` } : { start: 0, end: value.length, text: md };
  }
  const at = focused ? selEnd : value.length;
  const head = value.slice(0, at);
  const lead = !head.trim() ? '' : head.endsWith('\n\n') ? '' : head.endsWith('\n') ? '\n' : '\n\n';
  const tail = value.slice(at).trim() ? '\n\n' : '';
  return { start: at, end: at, text: lead + md + tail };
}

// ProseMirror reads a new DOM selection on `selectionchange`, which comes as a separate task.
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function insertRich(editor: HTMLElement, field: EditableField, request: InsertRequest): Promise<InsertResult> {
  editor.focus({ preventScroll: true });
  const selection = window.getSelection();
  if (!selection) return { ok: false, reason: 'The editor has no selection to insert at, and nothing was changed.' };
  const current = selection.rangeCount ? selection.getRangeAt(0) : null;
  const inside = current !== null && editor.contains(current.commonAncestorContainer);
  // A selection is never pasted over: the user's text stays, only an earlier write-up is replaced.
  let range: Range | null = null;
  if (field.role === 'description') range = richWriteUpRange(editor, request.oldSummary) ?? edgeOf(editor, 'start');
  else if (!inside) range = edgeOf(editor, 'end');
  else if (!selection.isCollapsed) {
    range = current.cloneRange();
    range.collapse(false);
  }
  if (range) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
  await settle();
  // Done only when the editor's text changed and holds the new summary: an earlier copy
  // of the same summary must not pass for a paste the editor ignored. A write-up identical
  // to the one it replaces leaves the text as it was, so there a handled paste that
  // touched the editor counts.
  const before = editor.textContent ?? '';
  let touched = false;
  const observer = new MutationObserver(() => (touched = true));
  observer.observe(editor, { childList: true, characterData: true, subtree: true });
  const expected = squash(firstText(request.blocks));
  const done = (handled: boolean) => {
    const after = editor.textContent ?? '';
    return squash(after).includes(expected) && (after !== before || (handled && touched));
  };
  const data = new DataTransfer();
  data.setData('text/html', blocksToHtml(request.blocks));
  data.setData('text/plain', request.markdown);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  editor.dispatchEvent(paste);
  await settle();
  try {
    if (done(paste.defaultPrevented)) return { ok: true, role: field.role };
    if (!paste.defaultPrevented && document.execCommand('insertText', false, request.markdown)) {
      await settle();
      if (done(true)) return { ok: true, role: field.role };
    }
  } finally {
    observer.disconnect();
  }
  return {
    ok: false,
    reason: 'The editor did not accept the write-up. Nothing was changed; copy it and paste it instead.',
  };
}

function firstText(blocks: WriteUpBlock[]): string {
  const first = blocks[0];
  if (!first) return '';
  return first.kind === 'bullets' ? (first.items[0]?.text ?? '') : first.text;
}

/** A collapsed range at the first or last text position inside `root`. */
function edgeOf(root: Node, edge: 'start' | 'end'): Range {
  let node: Node = root;
  for (
    let next = edge === 'start' ? node.firstChild : node.lastChild;
    next && next.nodeName !== 'BR';
    next = edge === 'start' ? next.firstChild : next.lastChild
  ) {
    node = next;
  }
  const range = document.createRange();
  const offset =
    edge === 'start' ? 0 : node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length;
  range.setStart(node, offset);
  range.collapse(true);
  return range;
}

/** The blocks of a write-up already in a rich description, from its summary (when it is the old one) to the body of its last section. */
function richWriteUpRange(editor: HTMLElement, oldSummary = ''): Range | null {
  const blocks = [...editor.children];
  const isHeading = (el: Element) => /^H[1-6]$/.test(el.tagName);
  const first = blocks.findIndex((el) => isHeading(el) && isWriteUpHeading(el.textContent ?? ''));
  if (first === -1) return null;
  let lastHeading = first;
  for (let i = first + 1; i < blocks.length; i++) {
    if (!isHeading(blocks[i]!)) continue;
    if (!isWriteUpHeading(blocks[i]!.textContent ?? '')) break;
    lastHeading = i;
  }
  // The last section ends with the one block the renderer writes under it; what follows is the reporter's.
  const body = blocks[lastHeading + 1];
  const ownBody =
    body && (isParagraphSection(blocks[lastHeading]!.textContent ?? '') ? body.tagName === 'P' : body.tagName === 'UL');
  const last = ownBody ? lastHeading + 1 : lastHeading;
  const previous = blocks[first - 1];
  const start =
    previous && oldSummary && squash(previous.textContent) === squash(oldSummary) ? previous : blocks[first]!;
  const range = document.createRange();
  const from = edgeOf(start, 'start');
  const to = edgeOf(blocks[last]!, 'end');
  range.setStart(from.startContainer, from.startOffset);
  range.setEnd(to.startContainer, to.startOffset);
  return range;
}

/** HTML for the paste, built with DOM text nodes so user text can never become markup. */
export function blocksToHtml(blocks: WriteUpBlock[]): string {
  const root = document.createElement('div');
  const list = (items: BulletItem[]) => {
    const ul = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      const p = document.createElement('p');
      if (item.label) {
        const strong = document.createElement('strong');
        strong.textContent = `${item.label}:`;
        p.append(strong, item.text ? ` ${item.text}` : '');
      } else p.textContent = item.text;
      li.append(p);
      if (item.children?.length) li.append(list(item.children));
      ul.append(li);
    }
    return ul;
  };
  for (const block of blocks) {
    if (block.kind === 'bullets') {
      root.append(list(block.items));
      continue;
    }
    const el = document.createElement(block.kind === 'heading' ? `h${block.level}` : 'p');
    el.textContent = block.text;
    root.append(el);
  }
  return root.innerHTML;
}
