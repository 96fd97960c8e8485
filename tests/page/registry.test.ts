// @vitest-environment happy-dom
// The page's one list of fields: what the session checks and the side panel bridge reads.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { byInsertPreference, editableFields, FieldRegistry, findFields, firstShown } from '../../src/page/registry';
import { describeCount } from '../../src/page/counts';
import { FIELD_ROLES, isInsertRole, type FieldRole } from '../../src/trackers/types';
import { github } from '../../src/trackers/github';

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
