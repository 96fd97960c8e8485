// Drafts in the extension's storage.local, one versioned item per ticket key.
import { draftItem } from '../storage';
import { reviveDraft, type DraftStore } from './draft-store';

export const extensionDraftStore: DraftStore = {
  async load(ticketKey) {
    const stored = await draftItem(ticketKey).getValue();
    return stored ? reviveDraft(stored) : null;
  },
  async save(ticketKey, value, ticket) {
    await draftItem(ticketKey).setValue({ ...value, title: ticket.title, url: ticket.url, savedAt: Date.now() });
  },
  async remove(ticketKey) {
    await draftItem(ticketKey).removeValue();
  },
};
