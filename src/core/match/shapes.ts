// Text that is internal by its shape rather than by a listed phrase: code
// identifiers such as getConnection(), user_id or send.signing.requested.email.

import type { Range } from './excluded';

const SHAPES: RegExp[] = [
  // camelCase with a lowercase head of two letters or more (iPhone and eBay stay untouched).
  /(?<![\p{L}\p{N}_.$])[a-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+[A-Z]?(?:\(\))?(?![\p{L}\p{N}_])/gu,
  // snake_case and SCREAMING_SNAKE_CASE.
  /(?<![\p{L}\p{N}_.$])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?:\(\))?(?![\p{L}\p{N}_])/gu,
  // Calls, plain or dotted: connect(), Session.refresh(), db.pool.acquire().
  /(?<![\p{L}\p{N}_.$])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\(\)/gu,
  // Dotted names of three or more parts (event and config keys).
  /(?<![\p{L}\p{N}_.$@])[a-z][a-z0-9_]+(?:\.[a-z][a-z0-9_]+){2,}(?![\p{L}\p{N}_(]|\.[\p{L}\p{N}])/gu,
];

/** Top-level domains: a dotted name ending in one is a host name, not code. */
const DOMAIN_ENDINGS = /\.(?:com|org|net|io|dev|app|co|ai|us|uk|de|fr|eu|gov|edu|info|me|sh|cloud)$/;

export function identifierRanges(text: string): Range[] {
  const found: [number, number][] = [];
  for (const shape of SHAPES) {
    shape.lastIndex = 0;
    for (let m = shape.exec(text); m !== null; m = shape.exec(text)) {
      if (DOMAIN_ENDINGS.test(m[0])) continue;
      found.push([m.index, m.index + m[0].length]);
    }
  }
  return found;
}
