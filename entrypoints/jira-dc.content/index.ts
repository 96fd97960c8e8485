import '../../src/page/script-start';
import '../../src/page/highlights.css';
import { report } from '../../src/page/guard';
import { startPageLayer } from '../../src/page/start';
import { jiraDataCenter } from '../../src/trackers/jira-dc';

export default defineContentScript({
  // Registered at run time, on the Jira Data Center origins the user adds (src/background/self-hosted.ts).
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    startPageLayer(ctx, jiraDataCenter).catch(report);
  },
});
