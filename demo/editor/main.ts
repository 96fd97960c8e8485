// Entry of demo/dist/editor.js (built by scripts/build-demo.mjs): starts the behaviour of
// the page that loads it, chosen by <body data-demo-page="jira|linear">.
import { startJira } from './jira';
import { startLinear } from './linear';

const page = document.body.dataset.demoPage;
if (page === 'jira') startJira();
else if (page === 'linear') startLinear();
