// @vitest-environment happy-dom
// A field's re-check while typing: one check after a pause, pushed on by every key, never during a burst.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Field, type FieldHost } from '../../src/page/field';
import type { Finding } from '../../src/core/types';

class CountingField extends Field {
  readonly editable = true;
  text = '';
  reads = 0;
  read() {
    this.reads++;
    return this.text;
  }
  protected paint() {}
  rectOf() {
    return null;
  }
  caret() {
    return null;
  }
  replace() {
    return false;
  }
}

const host: FieldHost = { analyze: (): Finding[] => [], changed() {}, activate() {}, maxChars: 10_000 };
const field = () =>
  new CountingField(document.createElement('textarea'), { selector: 'textarea', kind: 'plain', role: 'comment' }, host);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test('keys 20 ms apart hold the re-check; it runs once, 60 ms after the last key', () => {
  const f = field();
  for (let key = 0; key < 10; key++) {
    f.schedule();
    vi.advanceTimersByTime(20);
  }
  expect(f.reads).toBe(0);
  vi.advanceTimersByTime(39);
  expect(f.reads).toBe(0);
  vi.advanceTimersByTime(2);
  expect(f.reads).toBe(1);
  vi.advanceTimersByTime(500);
  expect(f.reads).toBe(1);
});

test('a key after the re-check schedules the next one', () => {
  const f = field();
  f.schedule();
  vi.advanceTimersByTime(61);
  f.schedule();
  vi.advanceTimersByTime(61);
  expect(f.reads).toBe(2);
});

test('a refresh of its own (a dismissal, a rewrite) takes the pending re-check with it', () => {
  const f = field();
  f.schedule();
  vi.advanceTimersByTime(30);
  f.refresh();
  expect(f.reads).toBe(1);
  vi.advanceTimersByTime(500);
  expect(f.reads).toBe(1);
  f.schedule();
  vi.advanceTimersByTime(61);
  expect(f.reads).toBe(2);
});

test('a field disposed while a re-check is pending is never read again', () => {
  const f = field();
  f.schedule();
  f.dispose();
  vi.advanceTimersByTime(500);
  expect(f.reads).toBe(0);
});

test('drop() takes findings away without reading the text again, and tells the host once', () => {
  const found = (text: string, start: number): Finding => ({
    start,
    end: start + text.length,
    text,
    entryId: text,
    category: 'system',
    why: '',
    rewrites: [],
  });
  const changed = vi.fn();
  const f = new CountingField(
    document.createElement('textarea'),
    { selector: 'textarea', kind: 'plain', role: 'comment' },
    { ...host, changed, analyze: () => [found('Redis', 0), found('retry logic', 10)] },
  );
  f.text = 'Redis and retry logic';
  f.refresh();
  expect(f.reads).toBe(1);
  changed.mockClear();
  f.drop((finding) => finding.text === 'Redis');
  expect(f.findings.map((x) => x.text)).toEqual(['retry logic']);
  expect(f.reads).toBe(1);
  expect(changed).toHaveBeenCalledTimes(1);
  // Nothing to drop: nothing repainted.
  f.drop((finding) => finding.text === 'Redis');
  expect(changed).toHaveBeenCalledTimes(1);
});
