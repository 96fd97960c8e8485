// The panel's connection in the extension: messages to and from the content
// script of the panel's tab, and the context menu's selection via session storage.
import type { Message, TicketSnapshot, InsertResult } from '../messages';
import { pendingSelectionItem } from '../storage';
import { NO_ANSWER, type TicketConnection } from './connection';

export function extensionConnection(tabId: number): TicketConnection {
  const send = <T>(message: Message) => browser.tabs.sendMessage(tabId, message) as Promise<T>;
  return {
    getTicket: () => send<TicketSnapshot | null>({ kind: 'get-ticket' }).then((t) => t ?? null),
    onTicketChanged(listener) {
      const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
        const m = message as Message;
        if (sender.tab?.id === tabId && m?.kind === 'ticket-changed') listener(m.ticket);
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    insert: (request) =>
      send<InsertResult>({ kind: 'insert-write-up', ...request }).catch(() => ({
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
