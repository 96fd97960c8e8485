// Turning a rewrite template into the text that replaces a finding.
import { slotsIn } from './phrase-map/schema';
import type { Finding } from './types';

export type SlotValues = Partial<Record<string, string>>;

/** Slots the template still needs, in order, without repeats. */
export function missingSlots(template: string, values: SlotValues): string[] {
  return [...new Set(slotsIn(template))].filter((name) => !values[name]?.trim());
}

/**
 * Fills slots and matches the phrase's capital letter: "Retry logic" at the
 * start of a sentence gives "Uploads that work…", mid-sentence "uploads that…".
 * Slots left empty stay as {name} so nothing is silently dropped.
 */
export function fillRewrite(template: string, values: SlotValues, matchedText: string): string {
  const filled = template.replace(/\{([^{}]*)\}/g, (whole, name: string) => values[name]?.trim() || whole);
  const capitalised = /^\p{Lu}/u.test(matchedText) && !/^\p{Lu}{2,}/u.test(matchedText);
  return capitalised ? filled.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : filled;
}

/** The text with one finding replaced. */
export function applyRewrite(text: string, finding: Pick<Finding, 'start' | 'end'>, replacement: string): string {
  return text.slice(0, finding.start) + replacement + text.slice(finding.end);
}

/** True while the text still holds the finding where it was analysed. */
export function findingStillHolds(text: string, finding: Pick<Finding, 'start' | 'end' | 'text'>): boolean {
  return text.slice(finding.start, finding.end) === finding.text;
}
