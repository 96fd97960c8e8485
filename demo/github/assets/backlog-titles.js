// Ticket titles for the demo list pages (GitHub issues, Jira backlog, Linear list): some in
// customer terms, some reading like housekeeping. Shared by the three pages.
window.DEMO_TITLES = [
  'Refactor session handling and retry logic in checkout',
  'Customers see an empty cart after signing in on a second device',
  'Migrate the job queue from Redis to SQS',
  'Add Apple Pay to the checkout page',
  'Bump Node to 22 and clean up tech debt in the build',
  'Order confirmation emails arrive hours late',
  'Reduce p99 latency on the search endpoint',
  "Shoppers can't apply two discount codes at once",
  'Add a circuit breaker around the payments client',
  'Let store owners export orders as CSV',
  'Flaky integration tests in CI',
  'Gift cards show the wrong balance after a partial refund',
  'Remove dead code from the legacy cart service',
  'Product images load slowly on mobile',
  'Set up observability dashboards for the inventory service',
  'Returning customers can save a delivery address',
  'Upgrade the Postgres cluster and rotate credentials',
  'Search results miss products with accents in their names',
  "Decouple the monolith's auth module",
  "Prospects can't sign in during live demos",
  'Add caching layer in front of the pricing API',
  'Wishlist items disappear after an app update',
  'Replace cron jobs with a scheduler',
  'Sales can share a demo store link',
  'Fix race condition in token refresh',
];

// Longer lists (the Linear demo's 500 issues, GitHub's ?per_page=500): the titles again, each
// round for another store, so no two items read the same.
const DEMO_PLACES = [
  'Lisbon',
  'Porto',
  'Madrid',
  'Lyon',
  'Turin',
  'Ghent',
  'Bergen',
  'Cork',
  'Graz',
  'Brno',
  'Malmö',
  'Tartu',
  'Split',
  'Varna',
  'Sibiu',
  'Pécs',
  'Kaunas',
  'Aarhus',
  'Basel',
  'Delft',
];
window.demoTitles = (n) =>
  Array.from(
    { length: n },
    (_, i) =>
      `${window.DEMO_TITLES[i % window.DEMO_TITLES.length]} (${DEMO_PLACES[Math.floor(i / window.DEMO_TITLES.length) % DEMO_PLACES.length]} store)`,
  );
