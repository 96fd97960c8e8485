// Problems in a map or settings file, each named by entry and field. Text only: a
// file's content never becomes markup.
import type { MapIssue } from '../../core/phrase-map/errors';

export function IssueList({ issues, label }: { issues: MapIssue[]; label: string }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issues" aria-label={label}>
      {issues.map((issue) => (
        <li key={`${issue.entry}\n${issue.field}\n${issue.message}`}>
          <span className="issue-where">
            {issue.entry}
            {issue.field && issue.field !== '(entry)' ? `, ${issue.field}` : ''}
          </span>
          : {issue.message}
        </li>
      ))}
    </ul>
  );
}
