// Turning a rewrite template into the text that replaces a finding.
import { slotsIn } from './slots';
import type { Finding } from './types';

export type SlotValues = Partial<Record<string, string>>;

/** Slots the template still needs, in order, without repeats. */
export function missingSlots(template: string, values: SlotValues): string[] {
  return [...new Set(slotsIn(template))].filter((name) => !values[name]?.trim());
}

/**
 * Fills slots; slots left empty stay as {name} so nothing is silently dropped.
 * With `capitalize`, the first letter is raised, for a phrase that opened a sentence.
 */
export function fillRewrite(template: string, values: SlotValues, capitalize = false): string {
  const filled = template.replace(/\{([^{}]*)\}/g, (whole, name: string) => values[name]?.trim() || whole);
  return capitalize ? filled.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : filled;
}

/**
 * True when a rewrite should start with a capital: the phrase starts a sentence
 * (or a line, heading or list item) and is capitalised there, and is not an
 * acronym such as TTL or a name in the middle of a sentence.
 */
export function startsSentence(text: string, finding: Pick<Finding, 'start' | 'text'>): boolean {
  if (!/^\p{Lu}(?!\p{Lu})/u.test(finding.text)) return false;
  const before = text.slice(Math.max(0, finding.start - 200), finding.start);
  return /(?:^|[.!?:]\s+|\n[\s#>*+\-\d.)]*|^[\s#>*+\-\d.)]+)$/u.test(before) || before.trim() === '';
}

/** The text with one finding replaced. */
export function applyRewrite(text: string, finding: Pick<Finding, 'start' | 'end'>, replacement: string): string {
  return text.slice(0, finding.start) + replacement + text.slice(finding.end);
}

/** True while the text still holds the finding where it was analysed. */
export function findingStillHolds(text: string, finding: Pick<Finding, 'start' | 'end' | 'text'>): boolean {
  return text.slice(finding.start, finding.end) === finding.text;
}
