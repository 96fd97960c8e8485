import '../../src/page/script-start';
import '../../src/page/highlights.css';
import { report } from '../../src/page/guard';
import { startPageLayer } from '../../src/page/start';
import { jira } from '../../src/trackers/jira';
import { HOSTED_PAGES } from '../../src/trackers/origins';

export default defineContentScript({
  matches: [...HOSTED_PAGES.jira],
  runAt: 'document_idle',
  main(ctx) {
    startPageLayer(ctx, jira).catch(report);
  },
});
