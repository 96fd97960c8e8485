// @vitest-environment happy-dom
// The page's one list of fields: what the session checks and the side panel bridge reads.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { byInsertPreference, editableFields, FieldRegistry, findFields, firstShown } from '../../src/page/registry';
import { describeCount } from '../../src/page/counts';
import { FIELD_ROLES, isInsertRole, type FieldRole } from '../../src/trackers/types';
import { github } from '../../src/trackers/github';
import { jira } from '../../src/trackers/jira';

beforeEach(() => {
  Object.defineProperty(window, 'location', {
    value: new URL('https://github.com/acme/shop/issues/41'),
    configurable: true,
  });
});
afterEach(() => {
  document.body.innerHTML = '';
});

const PAGE = `
  <h1><bdi data-testid="issue-title">Refactor session handling</bdi></h1>
  <div data-testid="issue-body"><div class="markdown-body" data-testid="markdown-body"><div class="markdown-body"><p>Body</p></div></div></div>
  <div class="react-issue-comment"><div class="markdown-body" data-testid="markdown-body"><div class="markdown-body"><p>A comment</p></div></div></div>
  <div class="react-issue-comment"><textarea aria-label="Markdown value">Editing a comment</textarea></div>
  <div id="react-issue-comment-composer"><textarea aria-labelledby="comment-composer-heading"></textarea></div>`;

describe('findFields', () => {
  test('adapter order, the first matching spec wins, a field inside another is part of the outer one', () => {
    document.body.innerHTML = PAGE;
    const fields = findFields(github);
    expect(fields.map((f) => [f.el.tagName, f.spec.kind, f.spec.role])).toEqual([
      ['TEXTAREA', 'plain', 'composer'],
      ['TEXTAREA', 'plain', 'comment'],
      ['BDI', 'rendered', 'title'],
      ['DIV', 'rendered', 'description'],
      ['DIV', 'rendered', 'comment'],
    ]);
    // The outer of the nested comment bodies.
    expect(fields[4]!.el.parentElement!.className).toBe('react-issue-comment');
  });

  test('none off ticket pages', () => {
    Object.defineProperty(window, 'location', { value: new URL('https://github.com/acme/shop'), configurable: true });
    document.body.innerHTML = PAGE;
    expect(findFields(github)).toEqual([]);
  });

  test('editable fields and the side panel’s preference come from the one role table', () => {
    document.body.innerHTML = PAGE;
    const fields = findFields(github);
    const open = editableFields(fields);
    expect(open.map((f) => f.role)).toEqual(['composer', 'comment']);
    expect(byInsertPreference(open).map((f) => f.role)).toEqual(['comment', 'composer']);
    expect(firstShown(fields, 'title')?.el.textContent).toBe('Refactor session handling');
    const roles = Object.keys(FIELD_ROLES) as FieldRole[];
    expect(roles.filter(isInsertRole)).toEqual(['description', 'comment', 'composer']);
  });
});

/** The list rows found on a page: each one's text and the row element it is marked at. */
function listRows(url: string, html: string, tracker = github) {
  Object.defineProperty(window, 'location', { value: new URL(url), configurable: true });
  document.body.innerHTML = html;
  return findFields(tracker)
    .filter((f) => f.spec.role === 'list-row')
    .map((f) => [f.el.textContent, f.el.closest(f.spec.row!)?.getAttribute('data-testid')]);
}

describe('list rows of GitHub projects and Jira lists', () => {
  const card = (inner: string) =>
    `<div data-testid="board-view-column-card" data-board-card-id="1"><div>${inner}</div></div>`;

  test('board cards: issues, drafts and pull requests by their title; a card with nothing drawn yet has none', () => {
    const rows = listRows(
      'https://github.com/orgs/acme/projects/3/views/1',
      card(
        '<span>shop #12</span><a role="button" data-testid="card-side-panel-trigger" href="https://github.com/acme/shop/issues/12"><h3>Refactor session handling</h3></a>',
      ) +
        card('<a role="button" data-testid="card-side-panel-trigger" href="#"><h3>Draft: tune retry logic</h3></a>') +
        card(
          '<a data-testid="card-title-external-link" href="https://github.com/acme/shop/pull/13"><h3>Bump Node to 22</h3></a>',
        ) +
        '<div data-testid="board-view-column-card" data-board-card-id="4"></div>',
    );
    expect(rows).toEqual([
      ['Refactor session handling', 'board-view-column-card'],
      ['Draft: tune retry logic', 'board-view-column-card'],
      ['Bump Node to 22', 'board-view-column-card'],
    ]);
  });

  test("table rows: the title link's text, not the icon or the number beside it; a draft's plain title is not read", () => {
    const row = (i: number, title: string) =>
      `<div role="row" data-testid="TableRow{index: ${i}}"><div role="gridcell" data-testid="TableCell{row: ${i}, column: Title}"><svg></svg>${title}</div><div role="gridcell" data-testid="TableCell{row: ${i}, column: Status}"><span>Todo</span></div></div>`;
    const rows = listRows(
      'https://github.com/orgs/acme/projects/3/views/2',
      `<div role="grid" data-testid="table-root">${row(0, '<a href="https://github.com/acme/shop/issues/12"><span>Refactor session handling</span></a><span> #12</span>')}${row(1, '<span>A draft about tech debt</span>')}</div>`,
    );
    expect(rows).toEqual([['Refactor session handling', 'TableRow{index: 0}']]);
  });

  test("Jira: the List view's summaries and the older grid's; an issue's child-items table is not a list under review", () => {
    const listView = `<table><tbody><tr data-testid="native-issue-table.ui.issue-row"><td><a href="/browse/SHOP-1">SHOP-1</a><span data-testid="native-issue-table.common.ui.issue-cells.issue-summary.issue-summary-cell">Migrate the job queue</span></td></tr></tbody></table>`;
    const olderGrid = `<div role="grid"><div role="row"><a href="/browse/SHOP-2">SHOP-2</a><div><span data-testid="business-list.ui.list-view.summary-cell">Reduce p99 latency</span></div></div></div>`;
    expect(listRows('https://acme.atlassian.net/jira/software/projects/SHOP/list', listView + olderGrid, jira)).toEqual(
      [
        ['Migrate the job queue', 'native-issue-table.ui.issue-row'],
        ['Reduce p99 latency', null],
      ],
    );
    const childItems = `<table><tbody><tr data-testid="native-issue-table.ui.issue-row"><td><a data-testid="native-issue-table.common.ui.issue-cells.issue-summary.issue-summary-cell" href="/browse/SHOP-3">Clean up tech debt</a></td></tr></tbody></table>`;
    expect(listRows('https://acme.atlassian.net/browse/SHOP-1', childItems, jira)).toEqual([]);
  });
});

describe('FieldRegistry', () => {
  test('while kept, reads come from the last look until the page changes; updates tell listeners', () => {
    document.body.innerHTML = PAGE;
    const registry = new FieldRegistry(github);
    let heard = 0;
    registry.onChange(() => heard++);
    registry.keep();
    expect(registry.update()).toHaveLength(5);
    expect(heard).toBe(1);
    document.querySelector('#react-issue-comment-composer')!.remove();
    // Not seen until the session's observer says the page changed.
    expect(registry.fields).toHaveLength(5);
    registry.invalidate();
    expect(registry.fields).toHaveLength(4);
    expect(heard).toBe(1);
    registry.update();
    expect(heard).toBe(2);
  });

  test('with no session keeping it, every read looks at the page', () => {
    document.body.innerHTML = PAGE;
    const registry = new FieldRegistry(github);
    expect(registry.fields).toHaveLength(5);
    document.querySelector('#react-issue-comment-composer')!.remove();
    expect(registry.fields).toHaveLength(4);
    registry.keep();
    registry.release();
    document.querySelector('textarea')!.remove();
    expect(registry.fields).toHaveLength(3);
  });
});

test('the count chip names the field by its role', () => {
  const field = (role: FieldRole) => ({ findings: [{}, {}], truncated: false, spec: { role } }) as never;
  expect(describeCount(field('composer'))).toBe('2 phrases to put in customer terms in this comment.');
  expect(describeCount(field('description'))).toBe('2 phrases to put in customer terms in this description.');
});
