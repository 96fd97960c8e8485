// Behaviour of the Jira-shaped demo page (demo/jira/issue.html): issues rendered from
// <template>s into #issue-host like a single-page app; the description switches from the
// rendered view to a ProseMirror editor on click and back on Save or Cancel; "Add a
// comment…" becomes an editor too; board cards and issue links open another issue with
// history.pushState and no reload (the Back button works through popstate).
import type { EditorView } from 'prosemirror-view';
import { createEditor, demoEditors, destroyEditor, isEmpty, markCommands, toDOM, type EditorName } from './editor';

const DEFAULT_ISSUE = 'SHOP-7';
const SEL = {
  summary: 'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]',
  description: '[data-testid="issue.views.field.rich-text.description"]',
  composer: '[data-testid="issue.activity.comment"]',
  commentsList: '[data-testid="issue.activity.comments-list"]',
  renderer: '.ak-renderer-document',
};
// The Atlassian editor's editable element: same id in every instance, as on the real site.
const EDITOR_ATTRIBUTES = {
  id: 'ak-editor-textarea',
  role: 'textbox',
  'aria-label': 'Main content area, start typing to enter text.',
  'aria-multiline': 'true',
};

/** Each issue's view while it is not shown (read mode), by key. */
const issues = new Map<string, Element>();
let current: string | null = null;
/** What an open editor replaced, to put back on Save or Cancel. */
const replaced = new Map<EditorName, { original: Element; container: Element }>();
let nextCommentId = 20001;

export function startJira(): void {
  for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-issue-key]')) {
    const view = template.content.firstElementChild;
    if (view) issues.set(template.dataset.issueKey!, view);
  }
  show(issueKeyFrom(location));
  document.addEventListener('click', onClick);
  window.addEventListener('popstate', () => show(issueKeyFrom(location)));
}

/** /browse/KEY, or a board's ?selectedIssue=KEY. */
function issueKeyFrom(url: Location | URL): string {
  const key =
    /^\/browse\/([A-Z][A-Z0-9]*-\d+)/.exec(url.pathname)?.[1] ?? new URLSearchParams(url.search).get('selectedIssue');
  return key && issues.has(key) ? key : DEFAULT_ISSUE;
}

function show(key: string): void {
  if (key === current) return;
  const host = document.getElementById('issue-host')!;
  const leaving = host.firstElementChild;
  if (leaving && current) {
    closeEditor('jira-description');
    closeEditor('jira-comment');
    issues.set(current, leaving);
  }
  host.replaceChildren(issues.get(key)!.cloneNode(true));
  current = key;
  const summary = host.querySelector(SEL.summary)?.textContent?.trim() ?? '';
  document.title = `[${key}] ${summary} - Jira`;
  for (const card of document.querySelectorAll<HTMLElement>('.board-card[data-issue-key]')) {
    if (card.dataset.issueKey === key) card.setAttribute('aria-current', 'page');
    else card.removeAttribute('aria-current');
  }
  window.scrollTo(0, 0);
}

function onClick(event: MouseEvent): void {
  const target = event.target as Element;
  const link = target.closest<HTMLAnchorElement>('a[data-demo-issue-link]');
  if (link) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (link.href !== location.href) history.pushState({ issue: link.dataset.issueKey }, '', link.href);
    show(issueKeyFrom(new URL(link.href)));
    return;
  }
  const action = target.closest<HTMLElement>('[data-demo-action]');
  const editorName = action?.closest<HTMLElement>('[data-demo-editor]')?.dataset.demoEditor as EditorName | undefined;
  if (action && editorName) {
    if (action.dataset.demoAction === 'save') save(editorName);
    else closeEditor(editorName);
    return;
  }
  const mark = target.closest<HTMLElement>('[data-demo-mark]');
  const markEditor = mark?.closest<HTMLElement>('[data-demo-editor]')?.dataset.demoEditor as EditorName | undefined;
  if (mark && markEditor) {
    const view = demoEditors.get(markEditor);
    const command = markCommands[mark.dataset.demoMark as keyof typeof markCommands];
    if (view && command) {
      command(view.state, view.dispatch);
      view.focus();
    }
    return;
  }
  if (target.closest('[data-demo-create]')) {
    openCreate();
    return;
  }
  if (target.closest('[data-demo-create-close]')) {
    closeCreate();
    return;
  }
  if (target.closest('[data-demo-edit-description]')) {
    openDescription();
    return;
  }
  // Like Jira: a click on the rendered description (not on a link, not ending a selection) edits it.
  if (target.closest(SEL.description) && !target.closest('a') && (window.getSelection()?.isCollapsed ?? true)) {
    openDescription();
    return;
  }
  if (target.closest('[data-demo-comment-placeholder]')) openComment();
}

/** The create-issue dialog, opened over whatever issue is shown, as Jira's is. */
function openCreate(): void {
  const dialog = document.querySelector<HTMLElement>('[data-demo-create-dialog]');
  if (!dialog) return;
  dialog.hidden = false;
  if (!demoEditors.get('jira-create')) {
    createEditor(dialog.querySelector('[data-demo-create-editor]')!, {
      name: 'jira-create',
      attributes: EDITOR_ATTRIBUTES,
      placeholder: 'Describe the issue…',
    });
  }
  dialog.querySelector<HTMLInputElement>('input[name="summary"]')?.focus();
}

function closeCreate(): void {
  const dialog = document.querySelector<HTMLElement>('[data-demo-create-dialog]');
  if (!dialog) return;
  dialog.hidden = true;
  destroyEditor('jira-create');
  dialog.querySelector<HTMLInputElement>('input[name="summary"]')!.value = '';
}

function openDescription(): void {
  const existing = demoEditors.get('jira-description');
  if (existing) {
    existing.focus();
    return;
  }
  const readView = document.querySelector(`#issue-host ${SEL.description}`);
  const rendered = readView?.querySelector(SEL.renderer);
  if (!readView || !rendered) return;
  const container = editorChrome('jira-description');
  container.dataset.testid = 'issue.views.field.rich-text.editor-container';
  readView.replaceWith(container);
  replaced.set('jira-description', { original: readView, container });
  const view = createEditor(container.querySelector('.ak-editor-content-area')!, {
    name: 'jira-description',
    content: rendered,
    attributes: EDITOR_ATTRIBUTES,
    placeholder: 'Add a description…',
    onSubmit: () => save('jira-description'),
  });
  view.focus();
}

function openComment(): void {
  const existing = demoEditors.get('jira-comment');
  if (existing) {
    existing.focus();
    return;
  }
  const placeholder = document.querySelector('#issue-host [data-demo-comment-placeholder]');
  if (!placeholder) return;
  const container = editorChrome('jira-comment');
  placeholder.replaceWith(container);
  replaced.set('jira-comment', { original: placeholder, container });
  const view = createEditor(container.querySelector('.ak-editor-content-area')!, {
    name: 'jira-comment',
    attributes: EDITOR_ATTRIBUTES,
    placeholder: 'Type a comment…',
    onSubmit: () => save('jira-comment'),
  });
  view.focus();
}

/** Toolbar, content area and Save/Cancel around an editor, as Atlassian's editor has. */
function editorChrome(name: EditorName): HTMLElement {
  const container = document.createElement('div');
  container.className = 'editor-container';
  container.dataset.demoEditor = name;
  container.innerHTML = `<div class="ak-editor-toolbar" role="toolbar" aria-label="Text formatting">
      <button type="button" class="subtle" data-demo-mark="strong" aria-label="Bold" title="Bold (Ctrl+B)"><b>B</b></button>
      <button type="button" class="subtle" data-demo-mark="em" aria-label="Italic" title="Italic (Ctrl+I)"><i>I</i></button>
      <button type="button" class="subtle" data-demo-mark="code" aria-label="Code" title="Code (Ctrl+E)"><code>&lt;/&gt;</code></button>
    </div>
    <div class="ak-editor-content-area"></div>
    <div class="editor-actions"><button type="button" class="primary" data-demo-action="save">Save</button><button type="button" class="subtle" data-demo-action="cancel">Cancel</button></div>`;
  // Keep the editor's selection when a toolbar button is pressed.
  container.querySelector('.ak-editor-toolbar')!.addEventListener('mousedown', (e) => e.preventDefault());
  return container;
}

function save(name: EditorName): void {
  const view = demoEditors.get(name);
  const open = replaced.get(name);
  if (!view || !open) return;
  if (name === 'jira-description') {
    open.original.querySelector(SEL.renderer)?.replaceChildren(toDOM(view.state.doc));
  } else if (!isEmpty(view.state.doc)) {
    document.querySelector(`#issue-host ${SEL.commentsList}`)?.prepend(commentFrom(view));
  }
  closeEditor(name);
}

function closeEditor(name: EditorName): void {
  const open = replaced.get(name);
  destroyEditor(name);
  if (!open) return;
  replaced.delete(name);
  open.container.replaceWith(open.original);
}

function commentFrom(view: EditorView): HTMLElement {
  const id = `issue-comment-base.ui.comment.ak-comment.${nextCommentId++}`;
  const comment = document.createElement('div');
  comment.className = 'comment';
  comment.dataset.testid = id;
  comment.innerHTML = `<div data-testid="${id}-header" class="comment-header"><span class="avatar" style="background:#6e5dc6">Y</span><strong>You</strong><span class="when">just now</span></div>
    <div data-testid="${id}-body" class="comment-body"><div class="ak-renderer-document"></div></div>
    <div data-testid="${id}-footer" class="comment-footer">Reply · Edit · Delete</div>`;
  comment.querySelector(SEL.renderer)!.append(toDOM(view.state.doc));
  return comment;
}
