// The content-script side of the side panel: answers "which ticket is open",
// inserts a write-up into the field being edited, and tells the panel when the
// ticket (navigation) or the field being edited changes. It keeps no watch of its
// own: it reads the page session's field registry and hears from it after every
// look at the page (each burst of page changes, navigation, settings).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  type InsertRequest,
  type InsertResult,
  answering,
  isMessage,
  type ResponseOf,
  sendToExtension,
  type TicketSnapshot,
} from '../messages';
import { report } from './guard';
import { byInsertPreference, editableFields, type EditableField, type FieldRegistry } from './registry';
import { insertWriteUp } from './ticket-insert';
import { readTicket, readTitle } from './ticket-read';

const CHANGE_DELAY_MS = 250;

export function startTicketBridge(ctx: ContentScriptContext, registry: FieldRegistry) {
  const tracker = registry.tracker;
  let lastEdited: HTMLElement | null = null;
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The field last focused if it is still open, else the first open one (description first). */
  const target = (prefer?: InsertRequest['prefer']): EditableField | null => {
    const open = editableFields(registry.fields);
    const focused = open.find((f) => f.el === lastEdited);
    const fits = (f: EditableField) => prefer !== 'comment' || f.role !== 'description';
    if (focused && fits(focused)) return focused;
    const ranked = byInsertPreference(open.filter(fits));
    // Evidence goes into a new comment rather than someone's existing one.
    if (prefer === 'comment') return ranked.find((f) => f.role === 'composer') ?? ranked[0] ?? null;
    return ranked[0] ?? null;
  };
  const onTicket = () => tracker.isTicketPage(new URL(location.href));
  const snapshot = (): TicketSnapshot | null => (onTicket() ? readTicket(tracker, target(), registry.fields) : null);
  /**
   * What the panel needs to hear about: the ticket, its title and the field being edited.
   * Cheap on purpose (no description is read): it runs after every burst of page changes.
   */
  const shape = () => {
    if (!onTicket()) return 'none';
    const field = target();
    return JSON.stringify([
      location.pathname,
      location.search,
      readTitle(tracker, registry.fields),
      field ? [field.role, field.spec.kind] : null,
    ]);
  };

  const sendIfChanged = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (ctx.isInvalid) return;
      try {
        const now = shape();
        if (now === lastSent) return;
        lastSent = now;
        sendToExtension({ kind: 'ticket-changed', ticket: snapshot() }).catch(() => undefined);
      } catch (error) {
        report(error);
      }
    }, CHANGE_DELAY_MS);
  };

  const onMessage = (message: unknown): Promise<ResponseOf<'get-ticket' | 'insert-write-up'>> | undefined => {
    if (!isMessage(message)) return undefined;
    if (message.kind === 'get-ticket') return Promise.resolve(snapshot());
    if (message.kind !== 'insert-write-up') return undefined;
    const field = target(message.prefer);
    if (!field) {
      const where = message.prefer === 'comment' ? 'the comment box' : 'the description or a comment';
      const result: InsertResult = {
        ok: false,
        reason: `No field is open for editing. Open ${where} in the ticket, then try again.`,
      };
      return Promise.resolve(result);
    }
    return insertWriteUp(field, message).catch((error: unknown): InsertResult => {
      report(error);
      return { ok: false, reason: 'Something went wrong while inserting, and nothing was changed.' };
    });
  };
  const listener = answering(onMessage);
  browser.runtime.onMessage.addListener(listener);
  // Edit boxes open and close without focus moving (Cancel, Save), and the ticket changes on
  // navigation: the session looks at the page each time and tells us.
  const unsubscribe = registry.onChange(sendIfChanged);
  ctx.onInvalidated(() => {
    clearTimeout(timer);
    unsubscribe();
    browser.runtime.onMessage.removeListener(listener);
  });

  ctx.addEventListener(document, 'focusin', (event) => {
    const el = event.target instanceof HTMLElement ? event.target : null;
    const field = el && editableFields(registry.fields).find((f) => f.el === el || f.el.contains(el));
    if (field && field.el !== lastEdited) {
      lastEdited = field.el;
      sendIfChanged();
    }
  });
  sendIfChanged();
}
