// The panel's connection in the extension: messages to and from the content
// script of the panel's tab, and the context menu's selection via session storage.
import { isMessage, sendToTab } from '../messages';
import { pendingSelectionItem } from '../storage';
import { NO_ANSWER, type TicketConnection } from './connection';

export function extensionConnection(tabId: number): TicketConnection {
  return {
    getTicket: () => sendToTab(tabId, { kind: 'get-ticket' }).then((t) => t ?? null),
    onTicketChanged(listener) {
      const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
        if (sender.tab?.id === tabId && isMessage(message) && message.kind === 'ticket-changed')
          listener(message.ticket);
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    insert: (request) =>
      sendToTab(tabId, { kind: 'insert-write-up', ...request }).catch(() => ({
        ok: false as const,
        reason: NO_ANSWER,
      })),
    onSelection(listener) {
      const item = pendingSelectionItem(tabId);
      const take = (value: { text: string } | null) => {
        if (!value?.text.trim()) return;
        void item.removeValue();
        listener(value.text);
      };
      void item.getValue().then(take);
      return item.watch(take);
    },
  };
}
