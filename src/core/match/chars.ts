// Character tests shared by the scanners that find code, links and paths.

const WORD = /[\p{L}\p{N}\p{M}_]/u;

/** A letter, digit, mark or underscore at index i. */
export function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return WORD.test(text[i]!);
}

/** Characters a path or file name is made of (ASCII word characters, . @ ~ - /). */
export function isPathChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 46 ||
    code === 64 ||
    code === 126 ||
    code === 45 ||
    code === 47
  );
}

/** The index of the first character from `from` on that fails `keep`. */
export function scanFrom(text: string, from: number, keep: (code: number, char: string) => boolean): number {
  let i = from;
  while (i < text.length && keep(text.charCodeAt(i), text[i]!)) i++;
  return i;
}

/** The run of path characters around index i. */
export function pathRun(text: string, i: number): [number, number] {
  let start = i;
  while (start > 0 && isPathChar(text.charCodeAt(start - 1))) start--;
  return [start, scanFrom(text, i, isPathChar)];
}
