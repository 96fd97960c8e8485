// What a stored value must look like, as one small interface: a zod schema fits it as it
// is (its safeParse), and so does a shape checked by hand, for what content scripts read
// (they bundle no zod, to stay small). Every storage item is read through one of these.

export interface ShapeIssue {
  path: readonly PropertyKey[];
  message: string;
}

export type ShapeResult<T> = { success: true; data: T } | { success: false; error: { issues: readonly ShapeIssue[] } };

export interface StoredShape<T> {
  safeParse(raw: unknown): ShapeResult<T>;
}

/** What is wrong, as one line for a person: "entries.2.why: expected string". */
export function describeIssues(issues: readonly ShapeIssue[]): string {
  const lines = issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
  if (issues.length > 3) lines.push(`and ${issues.length - 3} more`);
  return lines.join('; ');
}

/** A shape checked by hand: `problem` says what is wrong first, or null when the value fits. */
export function handShape<T>(problem: (raw: unknown) => ShapeIssue | null): StoredShape<T> {
  return {
    safeParse(raw) {
      const issue = problem(raw);
      return issue ? { success: false, error: { issues: [issue] } } : { success: true, data: raw as T };
    },
  };
}

// Small checks for hand shapes.
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
export const issue = (path: readonly PropertyKey[], message: string): ShapeIssue => ({ path, message });
