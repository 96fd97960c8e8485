// Pure text helpers the side panel uses to prefill a write-up from a ticket,
// and the checks use to read free text.
export { CUSTOMER_ACTIONS, findActions, type ActionMention, type CustomerAction } from './extract-actions';
export { findNumbers, parseNumberInput, type NumberInput, type NumberPair } from './extract-numbers';
export { findEffects, type EffectsFound } from './extract-effects';
