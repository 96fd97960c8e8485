// A small phrase map for matching tests, independent of the default map's wording.
import { compileMap } from '../../src/core/phrase-map/compile';

export const entry = (id: string, phrases: string[], extra: Record<string, unknown> = {}) => ({
  id,
  category: 'system',
  phrases,
  why: `${id} is internal.`,
  rewrites: ['{action} works'],
  ...extra,
});

export const identifier = { why: 'Code names are internal.', rewrites: ['{action}'] };

export const smallMap = compileMap(
  [
    entry('refactor', ['refactor']),
    entry('retry', ['retry']),
    entry('retry-logic', ['retry logic']),
    entry('cache', ['cache']),
    entry('session-handling', ['session handling', 'harden session handling']),
    entry('flaky-tests', ['flaky test']),
    entry('sev1', ['sev 1', 'sev1']),
    entry('n-plus-one', ['N+1'], { match: 'exact', category: 'acronym' }),
    entry('gc', ['GC'], { match: 'exact', category: 'acronym' }),
    entry('clean-up', ['clean up', 'cleanup'], {
      category: 'housekeeping',
      exceptions: ['clean up your browser data'],
    }),
    entry('redis', ['redis'], { category: 'component' }),
    entry('caf', ['café']),
    entry('tech-debt', ['技術的負債']),
  ],
  identifier,
);
