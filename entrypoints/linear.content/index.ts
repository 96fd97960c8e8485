import '../../src/page/script-start';
import '../../src/page/highlights.css';
import { report } from '../../src/page/guard';
import { startPageLayer } from '../../src/page/start';
import { linear } from '../../src/trackers/linear';
import { HOSTED_PAGES } from '../../src/trackers/origins';

export default defineContentScript({
  matches: [...HOSTED_PAGES.linear],
  runAt: 'document_idle',
  main(ctx) {
    startPageLayer(ctx, linear).catch(report);
  },
});
