// Linear (linear.app): titles, descriptions and comments are all ProseMirror.
// Classes are hashed or atomic there, so hooks are aria-* and data-* only.
import type { TrackerAdapter } from './types';

const ISSUE = /^\/([^/]+)\/issue\/([A-Z][A-Z0-9]*-\d+)/;

export const linear: TrackerAdapter = {
  id: 'linear',
  label: 'Linear',
  // Issues open over lists and boards too, so every page may hold one.
  isTicketPage: () => true,
  ticketKey(url) {
    const m = ISSUE.exec(url.pathname);
    return m ? `linear:${m[1]}/${m[2]}` : null;
  },
  fields: [
    { selector: '[contenteditable="true"][role="textbox"][aria-label="Issue title"]', kind: 'rich', role: 'title' },
    {
      selector: '.ProseMirror[contenteditable="true"][aria-label="Issue description"]',
      kind: 'rich',
      role: 'description',
    },
    {
      selector: 'form [data-comment-input-editor-container] .ProseMirror[contenteditable="true"]',
      kind: 'rich',
      role: 'composer',
    },
    // Comments are read-only ProseMirror views inside the issue view.
    {
      selector:
        '[data-view-id="issue-view"] .ProseMirror[contenteditable="false"], [data-view-id="issue-view"] [data-testid="comment-body"]',
      kind: 'rendered',
      role: 'comment',
    },
    // List rows and board cards are links; their other columns (key, status, labels) are skipped below.
    // From a recorded analysis of a saved page (platform-notes), not checked here against real markup.
    {
      selector: 'a[data-list-key], a[data-board-item]',
      kind: 'rendered',
      role: 'list-row',
      row: 'a[data-list-key], a[data-board-item]',
    },
  ],
  skip: [
    'pre',
    'code',
    '[data-column-id]:not([data-column-id="title"])',
    '[data-type="mention"]',
    '.mention',
    '[data-mention]',
    '[data-linear-issue-mention]',
    'svg',
  ].join(', '),
};
