// Rewrites: what the card offers for a finding, and how its blanks are filled.
export * from './fill';
export type { CardSuggestions, SentenceRewrite, Suggestion } from './types';
