// Jira Data Center (and Server), self-hosted: the older issue page. Summary and
// description in read mode are #summary-val and #description-val; editing happens in
// plain text areas (Jira wiki markup), the comment box is textarea#comment. Same
// tracker family as Jira Cloud, so the Jira switch covers both.
import type { TrackerAdapter } from './types';

const BROWSE = /^(?:\/[^/]+)*?\/browse\/([A-Z][A-Z0-9_]*-\d+)/;

export const jiraDataCenter: TrackerAdapter = {
  id: 'jira',
  label: 'Jira Data Center',
  isTicketPage: (url) => BROWSE.test(url.pathname) || /\/secure\/CreateIssue/.test(url.pathname),
  ticketKey(url) {
    const key = BROWSE.exec(url.pathname)?.[1];
    return key ? `jira:${url.host}/${key}` : null;
  },
  fields: [
    // Editing: the summary and description edit in place, the comment box below.
    { selector: 'input#summary', kind: 'plain', role: 'title' },
    { selector: 'textarea#description', kind: 'plain', role: 'description' },
    { selector: 'textarea#comment', kind: 'plain', role: 'composer' },
    // Reading.
    { selector: '#summary-val', kind: 'rendered', role: 'title' },
    { selector: '#description-val .user-content-block', kind: 'rendered', role: 'description' },
    { selector: '.activity-comment .action-body', kind: 'rendered', role: 'comment' },
  ],
  skip: ['pre', 'code', '.code', '.preformatted', 'a.user-hover', 'a.issue-link', 'svg'].join(', '),
};
