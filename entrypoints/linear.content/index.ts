import '../../src/page/highlights.css';
import { report } from '../../src/page/guard';
import { startPageLayer } from '../../src/page/start';
import { linear } from '../../src/trackers/linear';
import { HOSTED_PAGES } from '../../src/trackers/origins';

export default defineContentScript({
  matches: [...HOSTED_PAGES.linear],
  // As the page starts loading: storage is read and the phrase map readied while the page
  // arrives, so the page is checked as soon as it is parsed (src/page/start.ts).
  runAt: 'document_start',
  main(ctx) {
    startPageLayer(ctx, linear).catch(report);
  },
});
