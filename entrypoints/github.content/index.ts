import '../../src/page/highlights.css';
import { report } from '../../src/page/guard';
import { startPageLayer } from '../../src/page/start';
import { github } from '../../src/trackers/github';
import { HOSTED_PAGES } from '../../src/trackers/origins';

export default defineContentScript({
  // All of github.com: issues are reached by in-page navigation from anywhere on the site.
  matches: [...HOSTED_PAGES.github],
  // As the page starts loading: storage is read and the phrase map readied while the page
  // arrives, so the page is checked as soon as it is parsed (src/page/start.ts).
  runAt: 'document_start',
  main(ctx) {
    startPageLayer(ctx, github).catch(report);
  },
});
