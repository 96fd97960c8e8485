import { describe, expect, it } from 'vitest';
import { TEXT_CHECK_IDS, checkTicketText, renderMarkdown } from '../../src/core/writeup';
import { options, readyDraft } from './fixtures';

const byId = (text: string) => Object.fromEntries(checkTicketText(text, options).map((c) => [c.id, c]));

describe('checkTicketText', () => {
  it('runs the five text checks on a free-text ticket', () => {
    const results = checkTicketText('Refactor session handling\n\nHarden the auth flow.', options);
    expect(results.map((r) => r.id)).toEqual([...TEXT_CHECK_IDS]);
    expect(results.filter((r) => r.passed).map((r) => r.id)).toEqual(['one-breath']);
  });

  it('passes a ticket written in customer terms', () => {
    const text = [
      '# Prospects can’t sign in during live demos',
      '',
      'Three demo logins failed last month and sales had to restart the call.',
      'We aim to cut sign-in failures from 3% to below 0.5%.',
    ].join('\n');
    expect(checkTicketText(text, options).every((c) => c.passed)).toBe(true);
  });

  it('judges the summary by the first sentence only', () => {
    const long = `${'word '.repeat(40)}end.`;
    expect(byId(`Users can’t export. ${long}`)['one-breath']?.passed).toBe(true);
    expect(byId(long)['one-breath']?.passed).toBe(false);
  });

  it('lists jargon from the whole ticket', () => {
    expect(byId('Users cannot log in.\n\nRoot cause: Redis.')['no-jargon']?.message).toBe(
      'Still reads like engineering: “Redis”.',
    );
  });

  it('reads a ticket in the write-up structure by its parts, planning note included', () => {
    const results = checkTicketText(renderMarkdown(readyDraft()), options);
    expect(results).toHaveLength(8);
    expect(results.every((c) => c.passed)).toBe(true);
    const noPlan = renderMarkdown(
      readyDraft({
        plan: {
          moment: '',
          salesStory: { text: '', link: '' },
          supportCase: { text: '', link: '' },
          scope: [],
          reviewDate: '',
          owner: '',
        },
      }),
    );
    expect(checkTicketText(noPlan, options).map((c) => c.id)).toEqual([...TEXT_CHECK_IDS]);
  });
});
