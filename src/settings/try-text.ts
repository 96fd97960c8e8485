// The settings page's test box: what a sentence gets with a given map, finding by
// finding, with what the suggestion card would offer for each (finished text).
import { analyzeWith } from '../core/analyze';
import type { CompiledMap } from '../core/phrase-map/compiled';
import { suggestFor } from '../core/rewrite/suggest';
import type { Finding } from '../core/types';

/** Longer text is cut here: the box is for trying sentences, not whole tickets. */
export const TRY_LIMIT = 2_000;

export interface TriedFinding {
  finding: Finding;
  /** The rewrites the card offers, as finished text and the sentence after each. */
  offers: { text: string; sentenceAfter: string; blanks: string[] }[];
  /** Rewrites waiting for the customer action, which the sentence does not name. */
  awaiting: { text: string; sentenceAfter: string }[];
  sentenceRewrite: string | null;
  nothingFits: string | null;
}

export function tryText(map: CompiledMap, text: string, action = ''): TriedFinding[] {
  const input = text.slice(0, TRY_LIMIT);
  if (!input.trim()) return [];
  const ticket = { title: '', body: input };
  const remembered = action.trim() ? { action: action.trim() } : undefined;
  return analyzeWith(map, input).map((finding) => {
    const offer = suggestFor({ text: input, finding, ticket, remembered });
    return {
      finding,
      offers: offer.suggestions.map((s) => ({ text: s.text, sentenceAfter: s.sentenceAfter, blanks: s.blanks })),
      awaiting: offer.awaiting.map((s) => ({ text: s.text, sentenceAfter: s.sentenceAfter })),
      sentenceRewrite: offer.sentenceRewrite?.text ?? null,
      nothingFits: offer.nothingFits,
    };
  });
}
