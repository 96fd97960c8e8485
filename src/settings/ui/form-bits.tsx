// Small pieces the entry editor's fields share: the messages under a field and the
// attributes that tie them to it, so a screen reader hears a field's problem with it.
import type { MapIssue } from '../../core/phrase-map/errors';

export function fieldErrorProps(id: string, issues: MapIssue[], hint?: string) {
  const described = [hint, issues.length ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': issues.length > 0 || undefined, 'aria-describedby': described || undefined } as const;
}

/** "phrases.2" -> "line 3: "; the field itself -> "". */
function where(field: string, base: string, unit: string): string {
  const rest = field.slice(base.length).replace(/^\./, '');
  const n = /^(\d+)(?:\.(.*))?$/.exec(rest);
  // A part of the field the control already stands for ("text" of a rewrite) needs no name.
  if (!n) return '';
  return `${unit} ${Number(n[1]) + 1}${n[2] ? ` (${n[2]})` : ''}: `;
}

export function FieldError({
  id,
  issues,
  base,
  unit = 'line',
}: {
  id: string;
  issues: MapIssue[];
  base: string;
  unit?: string;
}) {
  if (issues.length === 0) return null;
  return (
    <ul className="field-error" id={`${id}-error`}>
      {issues.map((issue) => (
        <li key={`${issue.field}\n${issue.message}`}>
          {where(issue.field, base, unit)}
          {issue.message}
        </li>
      ))}
    </ul>
  );
}
