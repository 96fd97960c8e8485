// Small wording helpers shared by the summary, the checks and the renderers.

/** Words as a listener hears them: tokens with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Trimmed, without the full stop a user typed at the end. */
export function clause(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;!]+$/u, '');
}

// Sentence openers that are safe to lower-case mid-sentence; names and acronyms are not.
const OPENERS =
  /^(the|a|an|it|its|our|their|this|that|these|those|every|each|some|most|many|users|customers|prospects|buyers|people|they|we|there)\b/;

export function lowerOpener(text: string): string {
  const lowered = text.charAt(0).toLowerCase() + text.slice(1);
  return OPENERS.test(lowered) ? lowered : text;
}

/** The first sentence of a ticket: its first line of prose, markdown markers dropped. */
export function firstSentence(text: string): string {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw
      .replace(/^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/, '')
      .replace(/\*\*|__/g, '')
      .trim();
    if (!/[\p{L}\p{N}]/u.test(line)) continue;
    const end = line.search(/[.!?](\s|$)/);
    return end === -1 ? line : line.slice(0, end + 1);
  }
  return '';
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
