// GitHub issues and pull requests. Hooks are data-testid, id and aria attributes
// checked against saved pages (2025-09/10); hashed class names are never used.
import type { TrackerAdapter } from './types';

const TICKET_PATH = /^\/[^/]+\/[^/]+\/(?:issues|pull)(?:\/|$)/;
const KEYED_PATH = /^\/([^/]+)\/([^/]+)\/(issues|pull)\/(\d+)/;

export const github: TrackerAdapter = {
  id: 'github',
  label: 'GitHub',
  // The script runs only where it is matched (github.com, or a GitHub Enterprise origin the user added).
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  ticketKey(url) {
    const m = KEYED_PATH.exec(url.pathname);
    if (!m) return null;
    // Another host is another GitHub: its acme/shop#41 is not github.com's.
    const host = url.host === 'github.com' ? '' : `${url.host}/`;
    return `github:${host}${m[1]}/${m[2]}#${m[4]}`;
  },
  fields: [
    // Editing: new issue, issue and comment edit boxes, the comment composer.
    { selector: 'input[aria-label="Add a title"]', kind: 'plain', role: 'title' },
    { selector: 'textarea[aria-labelledby="comment-composer-heading"]', kind: 'plain', role: 'composer' },
    {
      selector: '[data-testid="issue-body"] textarea[aria-label="Markdown value"]',
      kind: 'plain',
      role: 'description',
    },
    {
      selector: '[data-testid="issue-create-pane-container"] textarea[aria-label="Markdown value"]',
      kind: 'plain',
      role: 'description',
    },
    { selector: 'textarea[aria-label="Markdown value"]', kind: 'plain', role: 'comment' },
    // Issue forms (templates) open in a dialog with one textarea per question.
    { selector: '[role="dialog"] textarea[aria-labelledby]', kind: 'plain', role: 'description' },
    // Pull-request pages still use the classic markup.
    { selector: 'input#issue_title, input[name="pull_request[title]"]', kind: 'plain', role: 'title' },
    { selector: 'textarea#new_comment_field, textarea[name="comment[body]"]', kind: 'plain', role: 'composer' },
    { selector: 'textarea[name="pull_request[body]"]', kind: 'plain', role: 'description' },
    // Reading.
    { selector: 'bdi[data-testid="issue-title"], .js-issue-title', kind: 'rendered', role: 'title' },
    {
      selector: '[data-testid="issue-body"] .markdown-body[data-testid="markdown-body"]',
      kind: 'rendered',
      role: 'description',
    },
    // Comment bodies nest two .markdown-body elements; the page layer keeps the outer one.
    {
      selector: '.react-issue-comment .markdown-body, .timeline-comment .comment-body.markdown-body',
      kind: 'rendered',
      role: 'comment',
    },
    // The repository issue list: checked against a saved page (2025-10, tests/fixtures-e2e). Issue search
    // results use the same list view, not checked against a saved page.
    {
      selector: 'li[id*="list-view-node"] a[data-testid="issue-pr-title-link"]',
      kind: 'rendered',
      role: 'list-row',
      row: 'li[id*="list-view-node"]',
    },
    // Project boards and tables (/orgs/…/projects/N/views/M): hooks from GitHub's own Projects
    // source, not a saved page. A board card's title renders only while the card is near the window.
    {
      selector:
        '[data-testid="board-view-column-card"] :is([data-testid="card-side-panel-trigger"], [data-testid="card-title-external-link"]) h3',
      kind: 'rendered',
      role: 'list-row',
      row: '[data-testid="board-view-column-card"]',
    },
    // A table row's Title cell holds an icon, the title link and " #123"; only the link's text is the title.
    // Draft items, plain text with no link there, are not read in the table (on the board they are).
    {
      selector: '[role="row"][data-testid^="TableRow{"] [data-testid$=", column: Title}"] a[href] > span',
      kind: 'rendered',
      role: 'list-row',
      row: '[role="row"][data-testid^="TableRow{"]',
    },
  ],
  skip: [
    'pre',
    'code',
    'kbd',
    'samp',
    'a.user-mention',
    'a.issue-link',
    'a.commit-link',
    '[data-hovercard-type="user"]',
    '[data-hovercard-type="issue"]',
    '[data-hovercard-type="pull_request"]',
    '.email-hidden-reply',
    'svg',
  ].join(', '),
};
