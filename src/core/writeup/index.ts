// The write-up: the four-part customer-terms summary and its planning note,
// with the quick checks, renderers for each tracker and a parser to read it back.
export {
  EFFECT_LABELS,
  EFFECT_PICKS,
  draftSchema,
  emptyDraft,
  type EffectPick,
  type Proof,
  type WriteUpDraft,
  type WriteUpDraftInput,
} from './model';
export * from './extract';
export {
  BREATH_WORDS,
  CHECK_IDS,
  MAX_SCOPE,
  TEXT_CHECK_IDS,
  checkTicketText,
  readiness,
  runChecks,
  type CheckId,
  type CheckOptions,
  type CheckResult,
  type FindJargon,
} from './checks';
export {
  renderJiraBlocks,
  renderMarkdown,
  renderPlainText,
  summarySentence,
  type BulletItem,
  type WriteUpBlock,
} from './render';
export { parseWriteUp } from './parse';
export { HEADINGS } from './sections';
