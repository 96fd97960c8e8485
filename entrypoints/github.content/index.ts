import '../../src/page/script-start';
import '../../src/page/highlights.css';
import { report } from '../../src/page/guard';
import { startPageLayer } from '../../src/page/start';
import { github } from '../../src/trackers/github';
import { HOSTED_PAGES } from '../../src/trackers/origins';

export default defineContentScript({
  // All of github.com: issues are reached by in-page navigation from anywhere on the site.
  matches: [...HOSTED_PAGES.github],
  runAt: 'document_idle',
  main(ctx) {
    startPageLayer(ctx, github).catch(report);
  },
});
