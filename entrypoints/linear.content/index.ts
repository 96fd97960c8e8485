import '../../src/page/highlights.css';
import { report } from '../../src/page/guard';
import { startPageLayer } from '../../src/page/start';
import { linear } from '../../src/trackers/linear';

export default defineContentScript({
  matches: ['https://linear.app/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageLayer(ctx, linear).catch(report);
  },
});
