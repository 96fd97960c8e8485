// Why each built-in entry reads as internal, for pages: their copy of the built-in map has no
// reasons (src/build/page-map.ts), and the background has the whole map anyway.
import { compiledDefaultMap } from '../phrases/compiled';

let reasons: Record<string, string> | undefined;

/** Each built-in entry's reason by its id, the identifier shape's among them. */
export function builtInReasons(): Record<string, string> {
  reasons ??= Object.fromEntries(
    [...compiledDefaultMap.entries, compiledDefaultMap.identifier].map((entry) => [entry.id, entry.why]),
  );
  return reasons;
}
