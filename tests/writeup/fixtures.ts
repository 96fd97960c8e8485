// A complete, passing write-up and a stand-in for the jargon analyzer, shared by the write-up tests.
import { draftSchema, type WriteUpDraft, type WriteUpDraftInput } from '../../src/core/writeup';

export const TODAY = '2025-06-01';

/** Flags a few internal words, the way the real analyzer would. */
export function findJargon(text: string): { text: string }[] {
  return [...text.matchAll(/\b(?:redis|refactor|session handling|auth timeouts?|job queue|sev-1)\b/gi)].map((m) => ({
    text: m[0],
  }));
}

export const options = { today: TODAY, findJargon };

export function readyDraft(overrides: WriteUpDraftInput = {}): WriteUpDraft {
  const base = {
    task: { action: 'sign in', detail: 'during a live demo' },
    problem: 'Prospects can’t sign in during a live demo',
    effect: { picks: ['demos-interrupted'], detail: '' },
    number: { metric: 'sign-in failures', before: '3%', target: 'below 0.5%', unit: '%', window: '' },
    plan: {
      moment: 'live demo login fails',
      salesStory: { text: 'A buyer watched the login spin for a minute', link: 'https://crm.example/deals/42' },
      supportCase: { text: 'Trial users locked out after idle', link: '14 tickets' },
      scope: ['one clear fix to token refresh', 'one alert on sign-in failures', 'test the full sign-in path'],
      reviewDate: '2025-07-01',
      owner: 'Support lead',
    },
  } satisfies WriteUpDraftInput;
  return draftSchema.parse({
    ...base,
    ...overrides,
    task: { ...base.task, ...overrides.task },
    effect: { ...base.effect, ...overrides.effect },
    number: { ...base.number, ...overrides.number },
    plan: { ...base.plan, ...overrides.plan },
  });
}
