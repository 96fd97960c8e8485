import { describe, expect, it } from 'vitest';
import { draftSchema, renderJiraBlocks, renderMarkdown, renderPlainText } from '../../src/core/writeup';
import { readyDraft } from './fixtures';

describe('renderMarkdown', () => {
  it('writes the summary, the four parts and the planning note', () => {
    const md = renderMarkdown(readyDraft());
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '## Customer task',
      '## What goes wrong today',
      '## Effect on sales and support',
      '## Number to measure',
      '## Planning note',
    ]);
    expect(md).toMatch(/^Prospects can’t sign in during a live demo, which interrupts demos;/);
    expect(md).toContain('- **Action:** sign in\n- **When or where:** during a live demo');
    expect(md).toContain('- **Support case:** Trial users locked out after idle\n  - **Link or count:** 14 tickets');
    expect(md).toContain('- **Scope:**\n  - one clear fix to token refresh\n');
  });

  it('leaves out sections without content', () => {
    const md = renderMarkdown(draftSchema.parse({ problem: 'Exports fail on the first try' }));
    expect(md).toBe('Exports fail on the first try.\n\n## What goes wrong today\n\nExports fail on the first try');
    expect(renderMarkdown(draftSchema.parse({}))).toBe('');
  });

  it('escapes a paragraph that markdown would read as a list or heading', () => {
    const md = renderMarkdown(draftSchema.parse({ problem: '- 1 in 80 exports fail' }));
    expect(md).toContain('\n\\- 1 in 80 exports fail');
  });
});

describe('renderPlainText', () => {
  it('uses the same layout without markdown marks', () => {
    const text = renderPlainText(readyDraft());
    expect(text).toContain('CUSTOMER TASK\n\n- Action: sign in');
    expect(text).not.toMatch(/\*\*|##/);
  });
});

describe('renderJiraBlocks', () => {
  it('returns plain data: headings, paragraphs and labelled bullets', () => {
    const blocks = renderJiraBlocks(
      readyDraft({
        plan: {
          salesStory: { text: '', link: '' },
          supportCase: { text: '', link: '' },
          scope: [],
          moment: '',
          owner: '',
          reviewDate: '',
        },
      }),
    );
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: expect.stringMatching(/^Prospects/) });
    expect(blocks.slice(1, 3)).toEqual([
      { kind: 'heading', level: 2, text: 'Customer task' },
      {
        kind: 'bullets',
        items: [
          { label: 'Action', text: 'sign in' },
          { label: 'When or where', text: 'during a live demo' },
        ],
      },
    ]);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)).not.toContain(
      'Planning note',
    );
  });

  it('keeps user text as text, markup and all', () => {
    const blocks = renderJiraBlocks(draftSchema.parse({ problem: '<img src=x onerror=alert(1)>' }));
    expect(blocks).toContainEqual({ kind: 'paragraph', text: '<img src=x onerror=alert(1)>' });
  });
});
