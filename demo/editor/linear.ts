// Behaviour of the Linear-shaped demo page (demo/linear/issue.html): issues rendered from
// <template>s into #issue-host; the title, description and comment box are ProseMirror
// editors from the start (Linear has no read mode); a comment posts on Comment or Mod-Enter;
// issue links open another issue with history.pushState, no reload, and new editors.
import type { EditorView } from 'prosemirror-view';
import {
  createEditor,
  demoEditors,
  destroyEditor,
  isEmpty,
  resetEditor,
  toDOM,
  type EditorName,
  type EditorOptions,
} from './editor';

const DEFAULT_ISSUE = 'SHOP-8';
const EDITORS: Record<'linear-title' | 'linear-description' | 'linear-comment', Omit<EditorOptions, 'name'>> = {
  'linear-title': {
    singleLine: true,
    attributes: { role: 'textbox', 'aria-label': 'Issue title', 'aria-multiline': 'false', class: 'title-editor' },
    placeholder: 'Issue title',
    onEnter: () => demoEditors.get('linear-description')?.focus(),
  },
  'linear-description': {
    attributes: { role: 'textbox', 'aria-label': 'Issue description', 'aria-multiline': 'true', class: 'editor' },
    placeholder: 'Add description…',
  },
  'linear-comment': {
    attributes: { role: 'textbox', 'aria-label': 'Comment', 'aria-multiline': 'true', class: 'comment-input' },
    placeholder: 'Leave a comment…',
    onSubmit: (view) => postComment(view),
  },
};
type LinearEditor = keyof typeof EDITORS;

/** Each issue's view while it is not shown, editors written back as HTML, by key. */
const issues = new Map<string, Element>();
let current: string | null = null;
let nextCommentId = 1;

export function startLinear(): void {
  for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-issue-key]')) {
    const view = template.content.firstElementChild;
    if (view) issues.set(template.dataset.issueKey!, view);
  }
  show(issueKeyFrom(location));
  document.addEventListener('click', onClick);
  document.addEventListener('submit', (event) => {
    if (!(event.target as Element).closest('form[data-demo-comment-form]')) return;
    event.preventDefault();
    const view = demoEditors.get('linear-comment');
    if (view) postComment(view);
  });
  window.addEventListener('popstate', () => show(issueKeyFrom(location)));
}

/** /WORKSPACE/issue/KEY/slug */
function issueKeyFrom(url: Location | URL): string {
  const key = /^\/[^/]+\/issue\/([A-Z][A-Z0-9]*-\d+)/.exec(url.pathname)?.[1];
  return key && issues.has(key) ? key : DEFAULT_ISSUE;
}

function show(key: string): void {
  if (key === current) return;
  const host = document.getElementById('issue-host')!;
  const leaving = host.firstElementChild;
  if (leaving && current) {
    unmountEditors(leaving);
    issues.set(current, leaving);
  }
  const view = issues.get(key)!.cloneNode(true) as Element;
  host.replaceChildren(view);
  current = key;
  mountEditors(view);
  document.title = `${key} ${demoEditors.get('linear-title')?.state.doc.textContent ?? ''}`;
  window.scrollTo(0, 0);
}

function mountEditors(root: Element): void {
  for (const mount of root.querySelectorAll<HTMLElement>('[data-demo-editor]')) {
    const name = mount.dataset.demoEditor as LinearEditor;
    if (!(name in EDITORS)) continue;
    const content = mount.cloneNode(true) as Element;
    mount.replaceChildren();
    createEditor(mount, { name, content, ...EDITORS[name] });
  }
}

/** Writes each editor's document back into its mount (Linear saves as you type) and destroys it. */
function unmountEditors(root: Element): void {
  for (const mount of root.querySelectorAll<HTMLElement>('[data-demo-editor]')) {
    const name = mount.dataset.demoEditor as EditorName;
    const view = demoEditors.get(name);
    if (!view) continue;
    const doc = view.state.doc;
    destroyEditor(name);
    mount.replaceChildren(toDOM(doc));
  }
}

/** The new-issue dialog: the same title and description editors as an issue, over the page. */
function openNewIssue(): void {
  const dialog = document.querySelector<HTMLElement>('[data-demo-new-issue-dialog]');
  if (!dialog?.hidden) return;
  dialog.hidden = false;
  createEditor(dialog.querySelector('[data-demo-new-title]')!, {
    name: 'linear-new-title',
    ...EDITORS['linear-title'],
    onEnter: undefined,
  });
  createEditor(dialog.querySelector('[data-demo-new-description]')!, {
    name: 'linear-new-description',
    ...EDITORS['linear-description'],
  });
  demoEditors.get('linear-new-title')?.focus();
}

function closeNewIssue(): void {
  const dialog = document.querySelector<HTMLElement>('[data-demo-new-issue-dialog]');
  if (!dialog) return;
  dialog.hidden = true;
  destroyEditor('linear-new-title');
  destroyEditor('linear-new-description');
}

function onClick(event: MouseEvent): void {
  if ((event.target as Element).closest('[data-demo-new-issue]')) {
    openNewIssue();
    return;
  }
  if ((event.target as Element).closest('[data-demo-new-issue-close]')) {
    closeNewIssue();
    return;
  }
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-demo-issue-link]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  if (link.href !== location.href) history.pushState({ issue: link.dataset.issueKey }, '', link.href);
  show(issueKeyFrom(new URL(link.href)));
}

function postComment(view: EditorView): void {
  if (isEmpty(view.state.doc)) return;
  const list = document.querySelector(`#issue-host [data-demo-comments]`);
  if (!list) return;
  const comment = document.createElement('div');
  comment.className = 'comment';
  comment.dataset.commentId = `new-${nextCommentId++}`;
  comment.innerHTML = `<div class="comment-header"><span class="avatar" style="background:#6e5dc6">Y</span><strong>you</strong><span class="when">just now</span></div>
    <div data-testid="comment-body" class="comment-body"></div>`;
  comment.querySelector('[data-testid="comment-body"]')!.append(toDOM(view.state.doc));
  list.append(comment);
  resetEditor(view);
}
