// Shared set-up for the side panel's component tests: a fake ticket connection,
// an in-memory draft store, and the panel rendered with a fixed "today".
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { InsertRequest, InsertResult, TicketSnapshot } from '../../src/messages';
import type { TicketConnection } from '../../src/sidepanel/connection';
import { memoryDraftStore, type PanelDraft } from '../../src/sidepanel/draft-store';
import { WriteUpPanel } from '../../src/sidepanel/WriteUpPanel';

afterEach(cleanup);

export const TODAY = '2026-03-02';

export function ticket(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    tracker: 'github',
    trackerLabel: 'GitHub',
    key: 'github:acme/shop#41',
    isNew: false,
    url: 'https://github.com/acme/shop/issues/41',
    title: 'Refactor session handling in checkout',
    description: 'Our retry logic retries every 5xx with no backoff.',
    editing: { role: 'description', rich: false },
    ...overrides,
  };
}

export interface FakeConnection extends TicketConnection {
  /** Simulates the content script reporting navigation or a new field being edited. */
  change(next: TicketSnapshot | null): void;
  /** Simulates "Rewrite in customer terms" on selected text. */
  select(text: string): void;
  inserts: InsertRequest[];
  insertResult: InsertResult;
}

export function fakeConnection(initial: TicketSnapshot | null = ticket()): FakeConnection {
  const listeners = new Set<(t: TicketSnapshot | null) => void>();
  const selectionListeners = new Set<(text: string) => void>();
  const connection: FakeConnection = {
    inserts: [],
    insertResult: { ok: true, role: 'description' },
    getTicket: async () => initial,
    onTicketChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async insert(request) {
      connection.inserts.push(request);
      return connection.insertResult;
    },
    onSelection(listener) {
      selectionListeners.add(listener);
      return () => selectionListeners.delete(listener);
    },
    change: (next) => {
      for (const l of listeners) l(next);
    },
    select: (text) => {
      for (const l of selectionListeners) l(text);
    },
  };
  return connection;
}

export async function renderPanel(
  options: {
    connection?: FakeConnection;
    stored?: Record<string, PanelDraft>;
    store?: ReturnType<typeof memoryDraftStore>;
  } = {},
) {
  const connection = options.connection ?? fakeConnection();
  const store = options.store ?? memoryDraftStore(options.stored);
  const copy = vi.fn(async (_text: string) => true);
  const user = userEvent.setup();
  const view = render(<WriteUpPanel connection={connection} store={store} today={TODAY} copy={copy} />);
  await screen.findByRole('form', { name: 'The four-part write-up' });
  return { ...view, user, connection, store, copy };
}

/** The quick check's list item, by its data-check id. */
export function checkItem(id: string): HTMLElement {
  const item = document.querySelector<HTMLElement>(`[data-check="${id}"]`);
  if (!item) throw new Error(`no check ${id}`);
  return item;
}

export const passes = (id: string) => checkItem(id).classList.contains('pass');

export async function waitForCheck(id: string, passed: boolean) {
  await waitFor(() => {
    if (passes(id) !== passed) throw new Error(`${id} is ${passes(id) ? 'passing' : 'failing'}`);
  });
}

/** The value of the input or text area labelled `label`. */
export function fieldValue(label: string | RegExp): string {
  return (screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement).value;
}

export const isChecked = (el: HTMLElement) => (el as HTMLInputElement).checked;

/** The one-breath summary as shown on its own. */
export const summaryText = () => document.querySelector('.summary-text')?.textContent ?? '';
