// Text that is internal by its shape rather than by a listed phrase: code
// identifiers such as getConnection(), user_id or send.signing.requested.email.
// Works on the word tokens, joining those separated by single dots into chains.

import type { Range } from './excluded';
import type { TokenStream } from './tokens';

/** camelCase with a lowercase head of two letters or more (iPhone and eBay stay untouched). */
const CAMEL = /^[a-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+[A-Z]?$/;
/** snake_case and SCREAMING_SNAKE_CASE. */
const SNAKE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;
const CALLABLE = /^[A-Za-z_][\w]*$/;
const DOTTED_PART = /^[a-z][a-z0-9_]+$/;
/** Top-level domains: a dotted name ending in one is a host name, not code. */
const DOMAIN_ENDINGS = /^(?:com|org|net|io|dev|app|co|ai|us|uk|de|fr|eu|gov|edu|info|me|sh|cloud)$/;

/** Cheap test before the regular expressions: a capital after the first letter, or an underscore. */
const mayBeCode = (raw: string, lower: string) => raw !== lower || raw.includes('_');

export function identifierRanges(text: string, stream: TokenStream): Range[] {
  const found: [number, number][] = [];
  const { starts, ends, raw, lower } = stream;
  for (let first = 0; first < stream.length; ) {
    // A chain: tokens joined by single dots, as in Session.refresh or a.b.c.
    let last = first;
    while (last + 1 < stream.length && starts[last + 1] === ends[last]! + 1 && text.charCodeAt(ends[last]!) === 46)
      last++;
    const start = starts[first]!;
    const end = ends[last]!;
    const head = first;
    first = last + 1;
    const call = text.charCodeAt(end) === 40 && text.charCodeAt(end + 1) === 41;
    if (head === last && !call && !mayBeCode(raw[head]!, lower[head]!)) continue;
    const before = start > 0 ? text[start - 1] : '';
    if (before === '.' || before === '$') continue;
    const parts = raw.slice(head, last + 1);
    if (call && parts.every((p) => CALLABLE.test(p))) {
      found.push([start, end + 2]);
    } else if (
      parts.length >= 3 &&
      before !== '@' &&
      text[end] !== '(' &&
      parts.every((p) => DOTTED_PART.test(p)) &&
      !DOMAIN_ENDINGS.test(parts[parts.length - 1]!)
    ) {
      found.push([start, end]);
    } else if (CAMEL.test(parts[0]!) || SNAKE.test(parts[0]!)) {
      found.push([start, parts.length === 1 && call ? end + 2 : ends[head]!]);
    }
  }
  return found;
}
