// What the demo list pages should show, shared by the Chromium and Firefox suites: the phrases
// the default map flags in each demo title (checked with the command line), and the marker
// names and summary that follow from them.

/** The phrases flagged in each demo title that reads as internal work. */
export const FLAGGED = {
  'Refactor session handling and retry logic in checkout': ['Refactor', 'session handling', 'retry logic'],
  'Migrate the job queue from Redis to SQS': ['job queue', 'Redis', 'SQS'],
  'Bump Node to 22 and clean up tech debt in the build': ['Bump', 'clean up', 'tech debt'],
  'Reduce p99 latency on the search endpoint': ['p99 latency', 'endpoint'],
  'Add a circuit breaker around the payments client': ['circuit breaker'],
  'Flaky integration tests in CI': ['integration tests', 'CI'],
  'Remove dead code from the legacy cart service': ['dead code'],
  'Set up observability dashboards for the inventory service': ['observability dashboards'],
  'Upgrade the Postgres cluster and rotate credentials': ['Postgres'],
  "Decouple the monolith's auth module": ['Decouple', 'monolith'],
  'Add caching layer in front of the pricing API': ['caching layer', 'API'],
  'Replace cron jobs with a scheduler': ['cron jobs'],
  'Fix race condition in token refresh': ['race condition', 'token refresh'],
};

/** The first title of the long demo lists, which scrolling far enough takes off the page. */
export const FIRST_LONG_LIST_TITLE = 'Refactor session handling and retry logic in checkout (Lisbon store)';

/** A marker's accessible name for these phrases. */
export const markerName = (/** @type {string[]} */ phrases) =>
  `${phrases.length} internal phrase${phrases.length === 1 ? '' : 's'}: ${phrases.join(', ')}`;

/** The flagged phrases of a demo title; the long lists add "(Lisbon store)" and the like to each. */
export const expectedFor = (/** @type {string} */ title) =>
  /** @type {Record<string, string[]>} */ (FLAGGED)[title.replace(/ \([^)]+ store\)$/, '')] ?? [];

/** The summary for a list of these titles. */
export function summaryFor(/** @type {string[]} */ titles) {
  const flagged = titles.filter((t) => expectedFor(t).length > 0).length;
  return `${flagged} of ${titles.length} items read like housekeeping`;
}
