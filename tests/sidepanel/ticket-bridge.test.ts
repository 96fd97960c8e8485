// @vitest-environment happy-dom
// The content-script side of the panel: reading a ticket through the adapter's
// selectors, finding an earlier write-up, and building the insert.
import { afterEach, describe, expect, test } from 'vitest';
import { emptyDraft, renderJiraBlocks, renderMarkdown, summarySentence } from '../../src/core/writeup';
import { blocksToHtml, insertWriteUp, plainEdit } from '../../src/page/ticket-insert';
import { readTicket, toMarkdown } from '../../src/page/ticket-read';
import { writeUpSpan } from '../../src/page/write-up-span';
import { github } from '../../src/trackers/github';

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

const draft = () => ({
  ...emptyDraft(),
  task: { action: 'sign in', detail: '' },
  problem: 'Prospects get logged out.',
});

describe('writeUpSpan', () => {
  test('finds the sections from the first heading to the end of the last, stopping at a foreign heading', () => {
    const writeUp = renderMarkdown(draft());
    const text = `Intro line.\n\n${writeUp}\n\n## Notes\n\nkeep me`;
    const [start, end] = writeUpSpan(text)!;
    expect(text.slice(start, end)).toBe(writeUp.slice(writeUp.indexOf('## Customer task')));
    expect(text.slice(end)).toBe('\n\n## Notes\n\nkeep me');
  });

  test('ends after the last section’s own list, so the reporter’s text after the write-up survives', () => {
    const full = { ...draft(), plan: { ...draft().plan, moment: 'during a live demo', owner: 'Sam' } };
    const writeUp = renderMarkdown(full);
    expect(writeUp).toMatch(/## Planning note\n\n- \*\*Customer moment:\*\* during a live demo\n- \*\*Owner:\*\* Sam$/);
    const after = '\n\nScreenshots and steps to reproduce:\n1. Open checkout.\n2. Wait ten minutes.';
    const text = `Context from the reporter.\n\n${writeUp}${after}`;
    const [start, end] = writeUpSpan(text, summarySentence(full))!;
    expect(text.slice(start, end)).toBe(writeUp);
    expect(text.slice(end)).toBe(after);
    // A numbered list right under the last list is not ours either, nor a second paragraph under the problem.
    const tight = `${writeUp}\n1. Open checkout.`;
    expect(tight.slice(writeUpSpan(tight)![1])).toBe('\n1. Open checkout.');
    const problemLast = '## What goes wrong today\n\nProspects get logged out.\n\nSteps:\n\n- open it';
    expect(problemLast.slice(writeUpSpan(problemLast)![1])).toBe('\n\nSteps:\n\n- open it');
  });

  test('a last heading with no body of ours ends the span at the heading', () => {
    const text = '## Customer task\n\nNot a list: the reporter’s own words.';
    expect(text.slice(writeUpSpan(text)![1])).toBe('\n\nNot a list: the reporter’s own words.');
  });

  test('takes the summary paragraph along only when it is that write-up’s own summary', () => {
    const writeUp = renderMarkdown(draft());
    const text = `Intro line.\n\n${writeUp}`;
    const [start] = writeUpSpan(text, summarySentence(draft()))!;
    expect(text.slice(start)).toBe(writeUp);
    expect(writeUpSpan('No sections here.\n\n## Background\n\ntext')).toBeNull();
  });
});

describe('plainEdit', () => {
  const field = (value: string, start = value.length, end = start) => {
    const area = document.createElement('textarea');
    area.value = value;
    area.setSelectionRange(start, end);
    return area;
  };
  const request = { blocks: [], markdown: 'NEW', prefer: 'description' as const };

  test('a description gets the write-up on top, the rest kept below', () => {
    expect(plainEdit(field('Old text'), 'description', request, false)).toEqual({ start: 0, end: 0, text: 'NEW\n\n' });
    expect(plainEdit(field(''), 'description', request, false)).toEqual({ start: 0, end: 0, text: 'NEW' });
  });

  test('an earlier write-up is replaced; a selection is never replaced', () => {
    const old = renderMarkdown(draft());
    const value = `${old}\n\n## Background\n\nkeep`;
    const edit = plainEdit(field(value), 'description', { ...request, oldSummary: summarySentence(draft()) }, false);
    expect(value.slice(0, edit.start) + edit.text + value.slice(edit.end)).toBe('NEW\n\n## Background\n\nkeep');
    expect(plainEdit(field('abc def', 4, 7), 'description', request, true)).toEqual({
      start: 0,
      end: 0,
      text: 'NEW\n\n',
    });
    // A comment gets it after the selection, which stays.
    expect(plainEdit(field('abc def', 0, 3), 'comment', request, true)).toEqual({
      start: 3,
      end: 3,
      text: '\n\nNEW\n\n',
    });
  });

  test('a comment gets it at the caret when focused, else at the end, set apart by blank lines', () => {
    expect(plainEdit(field('Hello', 5), 'composer', request, false)).toEqual({ start: 5, end: 5, text: '\n\nNEW' });
    expect(plainEdit(field('Hello world', 5), 'comment', request, true)).toEqual({
      start: 5,
      end: 5,
      text: '\n\nNEW\n\n',
    });
  });
});

describe('insertWriteUp into a rich editor', () => {
  const editorWith = (html: string, onPaste?: (e: ClipboardEvent, editor: HTMLElement) => void) => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.innerHTML = html;
    document.body.append(editor);
    if (onPaste) editor.addEventListener('paste', (e) => onPaste(e, editor));
    return editor;
  };
  const request = () => ({
    blocks: renderJiraBlocks(draft()),
    markdown: renderMarkdown(draft()),
    prefer: 'description' as const,
    oldSummary: summarySentence(draft()),
  });
  const spec = { role: 'description', selector: 'div', kind: 'rich' } as never;

  test('a re-insert whose summary is already there fails when the editor ignored the paste', async () => {
    const editor = editorWith(blocksToHtml(renderJiraBlocks(draft())));
    const before = editor.innerHTML;
    const original = document.execCommand;
    document.execCommand = () => false;
    try {
      const result = await insertWriteUp({ el: editor, spec, role: 'description' }, request());
      expect(result.ok).toBe(false);
    } finally {
      document.execCommand = original;
    }
    expect(editor.innerHTML).toBe(before);
  });

  test('a handled paste that changes the text counts, and keeps the reporter’s text after the write-up', async () => {
    const old = { ...draft(), problem: 'Old problem.' };
    const editor = editorWith(
      `${blocksToHtml(renderJiraBlocks(old))}<p>Screenshots and steps to reproduce:</p><ol><li>Open checkout.</li></ol>`,
      (e, el) => {
        e.preventDefault();
        const range = window.getSelection()!.getRangeAt(0);
        range.deleteContents();
        const holder = document.createElement('div');
        holder.innerHTML = e.clipboardData!.getData('text/html');
        el.querySelector('p')?.before(...holder.childNodes);
      },
    );
    const result = await insertWriteUp(
      { el: editor, spec, role: 'description' },
      { ...request(), oldSummary: summarySentence(old) },
    );
    expect(result.ok).toBe(true);
    expect(editor.textContent).toContain('Screenshots and steps to reproduce:');
    expect(editor.textContent).toContain('Open checkout.');
    expect(editor.textContent).not.toContain('Old problem.');
  });
});

describe('blocksToHtml', () => {
  test('headings, paragraphs and labelled lists, with user text escaped', () => {
    const blocks = renderJiraBlocks({ ...draft(), problem: '<img src=x onerror=alert(1)>' });
    const html = blocksToHtml(blocks);
    expect(html).toContain('<h2>What goes wrong today</h2>');
    expect(html).toContain('<li><p><strong>Action:</strong> sign in</p></li>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});

describe('reading the ticket', () => {
  test('toMarkdown turns rendered headings and lists back into markdown', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<h2>Customer task</h2><ul><li><strong>Action:</strong> sign in<ul><li>nested</li></ul></li></ul><p>Uses <code>createOrder</code>.</p><pre><code>x = 1\n</code></pre>';
    expect(toMarkdown(root, 'pre, code')).toBe(
      '## Customer task\n\n- **Action:** sign in\n  - nested\n\nUses `createOrder`.\n\n```\nx = 1\n```',
    );
  });

  test('title and description through the GitHub adapter, source text while editing', () => {
    history.replaceState(null, '', '/acme/shop/issues/41');
    // happy-dom serves location from its own URL; the adapter only needs host and path.
    Object.defineProperty(window, 'location', {
      value: new URL('https://github.com/acme/shop/issues/41'),
      configurable: true,
    });
    document.body.innerHTML = `
      <h1><bdi data-testid="issue-title">Refactor &lt;b&gt;session&lt;/b&gt; handling</bdi></h1>
      <div data-testid="issue-body"><div class="markdown-body" data-testid="markdown-body"><p>Rendered body</p></div></div>`;
    const read = readTicket(github, null)!;
    expect(read).toMatchObject({
      tracker: 'github',
      key: 'github:acme/shop#41',
      isNew: false,
      title: 'Refactor <b>session</b> handling',
    });
    expect(read.description).toBe('Rendered body');
    expect(read.editing).toBeNull();
  });
});
