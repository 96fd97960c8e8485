// @vitest-environment happy-dom
// List rows: found on every page through the one registry, and marked by ListRows in our layer.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../src/core/types';
import type { Field } from '../../src/page/field';
import { createLayer, type Layer } from '../../src/page/layer';
import { ListRows, markerName, summaryText } from '../../src/page/list-rows';
import { findFields } from '../../src/page/registry';
import { rowTicketKey } from '../../src/page/row-field';
import { github } from '../../src/trackers/github';
import { jira } from '../../src/trackers/jira';
import { linear } from '../../src/trackers/linear';

const at = (url: string) => Object.defineProperty(window, 'location', { value: new URL(url), configurable: true });

afterEach(() => {
  document.body.innerHTML = '';
});

const finding = (text: string): Finding => ({
  start: 0,
  end: text.length,
  text,
  entryId: text,
  category: 'system',
  why: `${text} is internal.`,
  rewrites: [],
});

/** The row "#a" ("Fix race condition in token refresh") marked with these findings: its marker and the details. */
function markedRow(rows: ListRows, layer: Layer, findings: Finding[]) {
  const a = {
    el: document.getElementById('a'),
    spec: { selector: 'a', kind: 'rendered', role: 'list-row' },
    findings,
    analysedText: 'Fix race condition in token refresh',
  } as unknown as Field;
  document.getElementById('a')!.getBoundingClientRect = () => new DOMRect(0, 0, 400, 30);
  rows.update(a);
  rows.layout();
  return {
    marker: layer.root.querySelector<HTMLButtonElement>('.row-marker')!,
    tip: layer.root.querySelector<HTMLElement>('[role="tooltip"]')!,
  };
}

describe('list rows in the registry', () => {
  test('off ticket pages, only list rows are read', () => {
    at('https://github.com/issues');
    document.body.innerHTML = `
      <bdi data-testid="issue-title">Not a ticket page</bdi>
      <ul><li id="issue_1-list-view-node"><a data-testid="issue-pr-title-link" href="#">Migrate the job queue</a></li></ul>`;
    expect(findFields(github).map((f) => [f.el.textContent, f.spec.role, f.spec.row])).toEqual([
      ['Migrate the job queue', 'list-row', 'li[id*="list-view-node"]'],
    ]);
  });

  test('Jira backlog rows and Linear list rows', () => {
    at('https://acme.atlassian.net/jira/software/projects/SHOP/boards/1/backlog');
    document.body.innerHTML = `<div data-testid="software-backlog.card-list.card"><span>SHOP-1</span><span data-testid="software-backlog.card-list.card.card-contents.summary">Bump Node</span></div>`;
    expect(findFields(jira).map((f) => [f.el.textContent, f.spec.role])).toEqual([['Bump Node', 'list-row']]);
    at('https://linear.app/acme/team/SHOP/all');
    document.body.innerHTML = `<a data-list-key="SHOP-1"><span data-column-id="issueId">SHOP-1</span><span data-column-id="title">Fix flaky CI</span></a>`;
    const [row] = findFields(linear);
    expect(row?.spec.role).toBe('list-row');
    // The key and other columns are not read as the title.
    expect(row?.el.querySelector(linear.skip)?.textContent).toBe('SHOP-1');
  });
});

describe('ListRows', () => {
  test('names and summary', () => {
    expect(markerName([finding('refactor'), finding('Redis'), finding('job queue')])).toBe(
      '3 internal phrases: refactor, Redis, job queue',
    );
    expect(markerName([finding('Redis')])).toBe('1 internal phrase: Redis');
    expect(summaryText(7, 25)).toBe('7 of 25 items read like housekeeping');
  });

  test('a marker per flagged row, the summary counts all rows, a recycled row hides its marker', () => {
    document.body.innerHTML = '<a id="a">Migrate the job queue</a><a id="b">Add Apple Pay</a>';
    const layer = createLayer('');
    const rows = new ListRows(layer, { titleRewrite: async () => null, withReasons: async (f) => [...f] });
    const field = (id: string, findings: Finding[]) =>
      ({
        el: document.getElementById(id),
        spec: { selector: 'a', kind: 'rendered', role: 'list-row' },
        findings,
        analysedText: '',
      }) as unknown as Field;
    const a = field('a', [finding('job queue')]);
    const b = field('b', []);
    rows.update(a);
    rows.update(b);
    rows.layout();
    const markers = layer.root.querySelectorAll('button.row-marker');
    expect(markers).toHaveLength(1);
    expect(markers[0]?.getAttribute('aria-label')).toBe('1 internal phrase: job queue');
    expect(layer.root.querySelector('.list-summary [role="status"]')?.textContent).toBe(
      '1 of 2 items read like housekeeping',
    );
    // The page reuses the row for another item: the marker goes until that item is checked.
    document.getElementById('a')!.textContent = 'Add dark mode';
    rows.sweep();
    expect((markers[0] as HTMLElement).hidden).toBe(true);
    rows.remove(a);
    rows.layout();
    expect(layer.root.querySelectorAll('button.row-marker')).toHaveLength(0);
    expect(layer.root.querySelector('.list-summary [role="status"]')?.textContent).toBe(
      '0 of 1 item read like housekeeping',
    );
    rows.dispose();
    layer.dispose();
  });

  test('scrolling the page measures no row; scrolling a list measures the rows inside it', () => {
    document.body.innerHTML =
      '<a id="top">Migrate the job queue</a><div id="list" style="overflow-y: auto"><a id="inner">Bump Node</a></div>';
    const layer = createLayer('');
    const rows = new ListRows(layer, { titleRewrite: async () => null, withReasons: async (f) => [...f] });
    const measured: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a, #list')) {
      el.getBoundingClientRect = () => {
        measured.push(el.id);
        return new DOMRect(0, 0, 400, 30);
      };
    }
    const field = (id: string) =>
      ({
        el: document.getElementById(id),
        spec: { selector: 'a', kind: 'rendered', role: 'list-row' },
        findings: [finding('job queue')],
        analysedText: '',
      }) as unknown as Field;
    rows.update(field('top'));
    rows.update(field('inner'));
    rows.layout();
    expect(measured.filter((id) => id !== 'list').sort()).toEqual(['inner', 'top']);
    expect([...layer.root.querySelectorAll<HTMLElement>('.row-marker')].map((m) => m.hidden)).toEqual([false, false]);
    measured.length = 0;
    rows.scrolled(document);
    rows.layout();
    expect(measured).toEqual([]);
    rows.scrolled(document.getElementById('list'));
    rows.layout();
    expect(measured).toEqual(['inner', 'list']);
    // The page changed: every row may have moved.
    measured.length = 0;
    rows.sweep();
    rows.layout();
    expect(measured.filter((id) => id !== 'list').sort()).toEqual(['inner', 'top']);
    rows.dispose();
    layer.dispose();
  });

  test('a marker shows its details, then the title rewrite, to whoever focuses it', async () => {
    document.body.innerHTML = '<a id="a">Fix race condition in token refresh</a>';
    const layer = createLayer('');
    const titleRewrite = vi.fn(async () => "Users can't sign in");
    const rows = new ListRows(layer, { titleRewrite, withReasons: async (f) => [...f] });
    const { marker, tip } = markedRow(rows, layer, [finding('race condition'), finding('token refresh')]);
    expect(marker.getAttribute('aria-describedby')).toBe(tip.id);
    marker.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain('race condition: race condition is internal.');
    await vi.waitFor(() =>
      expect(tip.querySelector('[aria-live="polite"]')?.textContent).toBe("In customer terms: Users can't sign in"),
    );
    // Asked once per title text, however often the details are shown.
    marker.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    expect(tip.hidden).toBe(true);
    marker.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    await vi.waitFor(() => expect(tip.textContent).toContain('In customer terms:'));
    expect(titleRewrite).toHaveBeenCalledTimes(1);
    rows.dispose();
    layer.dispose();
  });
  test("a marker's phrases get their reasons when the background gives them, for the row still shown", async () => {
    document.body.innerHTML = '<a id="a">Fix race condition in token refresh</a>';
    const layer = createLayer('');
    let give: (reasons: Finding[]) => void = () => {};
    const withReasons = vi.fn((findings: readonly Finding[]) => {
      const filled = findings.map((f) => ({ ...f, why: `${f.text} means nothing to a customer.` }));
      return new Promise<Finding[]>((resolve) => {
        give = () => resolve(filled);
      });
    });
    const rows = new ListRows(layer, { titleRewrite: async () => null, withReasons });
    const { marker, tip } = markedRow(rows, layer, [{ ...finding('race condition'), why: '' }]);
    marker.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    // Shown at once with the phrase alone: no colon before a reason that is not there yet.
    expect(tip.querySelector('li')?.textContent).toBe('race condition');
    give([]);
    await vi.waitFor(() =>
      expect(tip.querySelector('li')?.textContent).toBe('race condition: race condition means nothing to a customer.'),
    );
    // Hidden before the answer came: nothing is shown for it.
    marker.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    marker.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    marker.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    give([]);
    await Promise.resolve();
    expect(tip.hidden).toBe(true);
    rows.dispose();
    layer.dispose();
  });
});

describe('the ticket a list row stands for', () => {
  test('from its link, as the adapter keys tickets', () => {
    at('https://github.com/acme/shop/issues');
    document.body.innerHTML =
      '<li id="issue_41-list-view-node"><h3><a data-testid="issue-pr-title-link" href="/acme/shop/issues/41">Bump Node</a></h3></li>';
    const [row] = findFields(github);
    expect(rowTicketKey(github, row!)).toBe('github:acme/shop#41');
    at('https://linear.app/acme/team/SHOP/all');
    document.body.innerHTML =
      '<a data-list-key="SHOP-7" href="/acme/issue/SHOP-7/slug"><span data-column-id="title">Fix flaky CI</span></a>';
    const [item] = findFields(linear);
    expect(rowTicketKey(linear, item!)).toBe('linear:acme/SHOP-7');
    // A row that links to no ticket stands for none: nothing remembered for another ticket is used.
    at('https://acme.atlassian.net/jira/software/projects/SHOP/boards/1/backlog');
    document.body.innerHTML = `<div data-testid="software-backlog.card-list.card"><span>SHOP-1</span><span data-testid="software-backlog.card-list.card.card-contents.summary">Bump Node</span></div>`;
    const [card] = findFields(jira);
    expect(rowTicketKey(jira, card!)).toBeNull();
  });
});
