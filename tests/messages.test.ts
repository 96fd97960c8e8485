// What a receiver accepts as a message (a known kind with the fields that kind carries), and how answers travel back.
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from './settings/fake-browser';
import type { Finding } from '../src/core/types';
import { answering, isMessage, sendToExtension, type Message, type TicketSnapshot } from '../src/messages';

const ticket: TicketSnapshot = {
  tracker: 'github',
  trackerLabel: 'GitHub',
  key: 'github:acme/shop#41',
  isNew: false,
  url: 'https://github.com/acme/shop/issues/41',
  title: 'Refactor session handling',
  description: 'We need to refactor session handling.',
  editing: { role: 'description', rich: false },
};

const finding: Finding = {
  start: 0,
  end: 8,
  text: 'Refactor',
  entryId: 'refactor',
  category: 'housekeeping',
  why: 'Sounds optional.',
  rewrites: [],
};

const valid: Message[] = [
  { kind: 'badge', count: 3 },
  { kind: 'open-write-up' },
  { kind: 'ticket-changed', ticket },
  { kind: 'ticket-changed', ticket: null },
  { kind: 'ticket-changed', ticket: { ...ticket, editing: null } },
  {
    kind: 'suggest',
    text: 'Refactor it',
    finding,
    ticket: { key: ticket.key, title: ticket.title, body: '' },
    isTitle: true,
  },
  { kind: 'ignore-phrase', key: 'refactor' },
  { kind: 'add-to-map', phrase: 'ledger sync' },
  { kind: 'get-ticket' },
  { kind: 'insert-write-up', blocks: [{ kind: 'paragraph', text: 'Hi' }], markdown: 'Hi', prefer: 'comment' },
  { kind: 'insert-write-up', blocks: [], markdown: '', prefer: 'description', oldSummary: 'Before' },
];

describe('isMessage', () => {
  test.each(valid.map((m) => [m.kind, m] as const))('accepts a well-formed %s', (_, message) => {
    expect(isMessage(message)).toBe(true);
  });

  test.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'badge'],
    ['no kind', { count: 1 }],
    ['an unknown kind', { kind: 'reload-everything' }],
    ['a kind from Object.prototype', { kind: 'toString' }],
    ['a badge without its count', { kind: 'badge' }],
    ['a badge counting in words', { kind: 'badge', count: 'three' }],
    ['a ticket change without the ticket', { kind: 'ticket-changed' }],
    ['a ticket change with half a ticket', { kind: 'ticket-changed', ticket: { key: 'k', title: 't' } }],
    [
      'a ticket being edited somewhere unnamed',
      { kind: 'ticket-changed', ticket: { ...ticket, editing: { rich: true } } },
    ],
    [
      'a suggest request without its finding',
      { kind: 'suggest', text: 'x', ticket: { key: 'k', title: '', body: '' }, isTitle: false },
    ],
    [
      'a suggest request with a finding without offsets',
      {
        kind: 'suggest',
        text: 'x',
        finding: { ...finding, start: '0' },
        ticket: { key: 'k', title: '', body: '' },
        isTitle: false,
      },
    ],
    [
      'a suggest request without the ticket body',
      { kind: 'suggest', text: 'x', finding, ticket: { key: 'k', title: '' }, isTitle: false },
    ],
    ['an ignore without the phrase key', { kind: 'ignore-phrase' }],
    ['an add-to-map of a number', { kind: 'add-to-map', phrase: 42 }],
    ['an insert without blocks', { kind: 'insert-write-up', markdown: '', prefer: 'comment' }],
    ['an insert of odd blocks', { kind: 'insert-write-up', blocks: ['Hi'], markdown: 'Hi', prefer: 'comment' }],
    ['an insert anywhere', { kind: 'insert-write-up', blocks: [], markdown: '', prefer: 'title' }],
    [
      'an insert replacing a summary that is no text',
      { kind: 'insert-write-up', blocks: [], markdown: '', prefer: 'comment', oldSummary: 1 },
    ],
  ])('refuses %s', (_, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

describe('answering: a later answer through sendResponse, as the browsers take it without a polyfill', () => {
  test('keeps the channel open and sends what the answer resolves to', async () => {
    const sent: unknown[] = [];
    const listener = answering(async (message) => ({ echoed: message }));
    expect(listener({ kind: 'badge', count: 2 }, {}, (r) => sent.push(r))).toBe(true);
    await Promise.resolve();
    expect(sent).toEqual([{ echoed: { kind: 'badge', count: 2 } }]);
  });

  test('leaves a message it does not answer to other listeners', () => {
    const sendResponse = vi.fn();
    expect(answering(() => undefined)({ kind: 'get-ticket' }, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  test('a listener that throws at once answers with the failure too', () => {
    const sent: unknown[] = [];
    const listener = answering(() => {
      throw new Error('no ticket on this page');
    });
    expect(listener({ kind: 'get-ticket' }, {}, (r) => sent.push(r))).toBeUndefined();
    expect(sent).toEqual([{ customerTermsFailed: 'no ticket on this page' }]);
  });

  test('a failed answer reaches the sender as a thrown error, not as a value', async () => {
    let response: unknown;
    const listener = answering(() => Promise.reject(new Error('storage is full')));
    listener({ kind: 'badge', count: 1 }, {}, (r) => {
      response = r;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce(response as never);
    await expect(sendToExtension({ kind: 'badge', count: 1 })).rejects.toThrow('storage is full');
  });
});
