import '../../src/page/highlights.css';
import { report } from '../../src/page/guard';
import { startPageLayer } from '../../src/page/start';
import { jira } from '../../src/trackers/jira';

export default defineContentScript({
  matches: ['https://*.atlassian.net/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageLayer(ctx, jira).catch(report);
  },
});
