// Answers the card's "suggest" request. compromise (the tagger behind the card's
// rewrites) is loaded here, once, so the content script stays small.
import { suggestFor } from '../core/rewrite/suggest';
import type { SlotValues } from '../core/rewrite/fill';
import type { SuggestRequest, SuggestResponse } from '../messages';
import { cardBlanksItem, draftItem } from '../storage';

/** The blanks this ticket had before: the side panel's write-up first, then what the card was given. */
async function remembered(key: string): Promise<SlotValues> {
  const [stored, typed] = await Promise.all([draftItem(key).getValue(), cardBlanksItem(key).getValue()]);
  const draft = (stored?.draft ?? {}) as { task?: { action?: unknown }; plan?: { moment?: unknown } };
  const fromDraft: SlotValues = {};
  if (typeof draft.task?.action === 'string' && draft.task.action.trim()) fromDraft.action = draft.task.action;
  if (typeof draft.plan?.moment === 'string' && draft.plan.moment.trim()) fromDraft.moment = draft.plan.moment;
  const fromCard = Object.fromEntries(Object.entries(typed ?? {}).filter(([, v]) => typeof v === 'string'));
  return { ...fromDraft, ...fromCard };
}

export async function answerSuggest(request: SuggestRequest): Promise<SuggestResponse> {
  const { text, finding, ticket, isTitle } = request;
  return suggestFor({ text, finding, ticket, isTitle, remembered: await remembered(ticket.key) });
}
