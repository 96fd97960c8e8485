// Which effects on sales or support a text names, to prefill the effect step
// and to tell whether a ticket says why anyone outside engineering should care.
import { EFFECT_PICKS, type EffectPick } from './model';

const PATTERNS: Record<EffectPick, RegExp> = {
  'demos-interrupted': /\b(?:demo(?:s|ed|ing)?|sales calls?|live calls?)\b/i,
  'trials-stalled': /\b(?:trials?|pilots?|proofs? of concept|pocs?|evaluations?|onboarding)\b/i,
  'renewals-at-risk':
    /\b(?:renew(?:als?|s|ed|ing)?|churn(?:s|ed|ing)?|cancell?ations?|cancel(?:s|led|ed|ling|ing)? (?:their |the |a )?(?:subscription|plan|contract|account)s?|downgrad(?:e|es|ed|ing))\b/i,
  // "this ticket" is the issue itself, so tickets count only as support load.
  'repeat-tickets':
    /\b(?:(?:support|repeat(?:ed)?|duplicate|customer|help ?desk|zendesk|intercom)\s+(?:tickets?|requests?|cases?|contacts?|emails?)|tickets?\s+(?:volume|count|spike|pattern)s?|\d+\s+tickets?|escalations?|complain(?:ts?|s|ed|ing)?)\b/i,
  'deals-at-risk':
    // "pipeline" only as the sales pipeline: deploy, CI, build and data pipelines are engineering.
    /\b(?:deals?|(?:sales|deal|revenue) pipeline|pipeline (?:deals?|revenue)|prospects?|buyers?|sales cycles?|lost (?:a |the )?(?:deal|sale|customer)s?|revenue|rfps?|win rate)\b/i,
};

// Sales or support named without a specific pick ("the sales team had to work around it").
const SALES_OR_SUPPORT =
  /\b(?:sales|support (?:team|leads?|agents?|staff|queue|load|volume|engineers?|replies|reply)|account managers?|customer success|customers? (?:complain|notice|leave|ask))/i;

export interface EffectsFound {
  /** Picks named in the text, in reading order. */
  picks: EffectPick[];
  /** True when any effect on sales or support is named, picked or not. */
  named: boolean;
}

export function findEffects(text: string): EffectsFound {
  const picks = EFFECT_PICKS.map((pick) => ({ pick, at: text.search(PATTERNS[pick]) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((p) => p.pick);
  return { picks, named: picks.length > 0 || SALES_OR_SUPPORT.test(text) };
}
