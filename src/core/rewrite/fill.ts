// Filling a rewrite's blanks and putting it into its sentence. No language
// library here: the content script's card calls these on every keystroke in a blank.
import { SLOTS, slotsIn, type SlotName } from '../slots';
import type { Finding } from '../types';

export type SlotValues = Partial<Record<string, string>>;

/** How an empty blank reads in finished text: its name in brackets, never braces. */
export const BLANK_LABELS: Record<SlotName, string> = {
  action: 'customer action',
  who: 'who feels it',
  moment: 'when',
  number: 'number',
};

const blankText = (name: string) => `[${BLANK_LABELS[name as SlotName] ?? name}]`;

/** Blanks a sentence reads well without: an empty {moment} is left out, not shown. */
const OPTIONAL = new Set(['moment']);

/** Slots the template still needs, in order, without repeats. */
export function missingSlots(template: string, values: SlotValues): string[] {
  return [...new Set(slotsIn(template))].filter((name) => !values[name]?.trim() && !OPTIONAL.has(name));
}

/** The template as pieces: plain text, and blanks with their value when filled. */
export type Piece = { text: string } | { slot: string; value: string | null };

export function pieces(template: string, values: SlotValues): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of template.matchAll(/\{([^{}]*)\}/g)) {
    if (m.index > at) out.push({ text: template.slice(at, m.index) });
    out.push({ slot: m[1]!, value: values[m[1]!]?.trim() || null });
    at = m.index + m[0].length;
  }
  if (at < template.length) out.push({ text: template.slice(at) });
  return out;
}

/**
 * Fills slots; an empty slot shows as a visible blank ("[customer action]").
 * With `capitalize`, the first letter is raised, for a phrase that opened a sentence.
 * "a" and "an" are matched to the word that follows once the blanks are in.
 */
export function fillRewrite(template: string, values: SlotValues, capitalize = false): string {
  const filled = pieces(template, values)
    .map((p) => ('text' in p ? p.text : (p.value ?? (OPTIONAL.has(p.slot) ? '' : blankText(p.slot)))))
    .join('');
  const agreed = fixArticles(
    filled
      .replace(/ {2,}/g, ' ')
      // A blank left empty leaves a space before punctuation; ".NET" begins a word and keeps its space.
      .replace(/ +([,.;:!?)])(?=[\s,.;:!?)]|$)/g, '$1')
      .trim(),
  );
  return capitalize ? capitalizeFirst(agreed) : agreed;
}

const capitalizeFirst = (s: string) =>
  s.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toUpperCase());

/** Words after which "an" is right: a vowel sound (an upload, an hour, an SLO), not "a user". */
function takesAn(word: string): boolean {
  if (/^[AEFHILMNORSX][A-Z0-9]*s?$/.test(word) && word.length <= 5 && /^[A-Z]{2}/.test(word)) return true;
  if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return true;
  if (/^(?:u[bcfhjklmnrstv][aeiou]|uni|use|usu|ura|eu|ewe|one|once)/i.test(word)) return false;
  return /^[aeiou]/i.test(word);
}

/** Corrects "a"/"an" before each word ("a upload" -> "an upload"), keeping letter case. */
function fixArticles(text: string): string {
  return text.replace(
    /\b(a|an|A|An|AN)(\s+)([\p{L}\p{N}]+)/gu,
    (whole, article: string, space: string, word: string) => {
      const an = takesAn(word);
      const lower = article.toLowerCase();
      if (an === (lower === 'an')) return whole;
      const fixed = an ? 'an' : 'a';
      return (article[0] === 'A' ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed) + space + word;
    },
  );
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

/** The text with one range replaced. */
export function applyRewrite(text: string, range: { start: number; end: number }, replacement: string): string {
  return text.slice(0, range.start) + replacement + text.slice(range.end);
}

/** True while the text still holds the finding where it was analysed. */
export function findingStillHolds(text: string, finding: Pick<Finding, 'start' | 'end' | 'text'>): boolean {
  return text.slice(finding.start, finding.end) === finding.text;
}

/** The finished sentence: capitalised, closed with a full stop outside titles, the detail kept on request. */
export function finishSentence(template: string, slots: SlotValues, isTitle: boolean, detail = ''): string {
  let text = capitalizeFirst(fillRewrite(template, slots));
  if (isTitle) return text.replace(/[.]$/, '');
  text = text.replace(/[.!]?$/, '');
  return detail ? `${text} (technical detail: ${detail}).` : `${text}.`;
}

export { SLOTS };
