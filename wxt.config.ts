import { defineConfig } from 'wxt';
import { phraseMapPlugin } from './src/build/phrase-map-plugin';
import { zodNoEvalPlugin } from './src/build/zod-no-eval-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  // The sources archive (for Firefox's review) holds sources only, not files built from them.
  zip: { excludeSources: ['dist-cli/**', 'demo/dist/**', 'test-results/**', '**/*.log'] },
  vite: () => ({
    plugins: [phraseMapPlugin(), zodNoEvalPlugin()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Customer Terms',
    description: 'Spot internal jargon in GitHub, Jira and Linear tickets and rewrite it in terms customers, sales and support use.',
    // storage: settings, ignored phrases and write-up drafts, on this device only.
    // contextMenus: "Rewrite in customer terms" on selected text. sidePanel: Chrome's panel
    // (Firefox's sidebar needs no permission). No tabs permission, no host permissions.
    permissions: browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'contextMenus', 'sidePanel'],
    action: { default_title: 'Customer Terms: open the write-up' },
    // side_panel.default_path (Chrome) and sidebar_action (Firefox) come from entrypoints/sidepanel:
    // WXT writes them from that entrypoint, so they are not repeated here.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+W' }, description: 'Open the write-up for this ticket' } }
        : { 'open-write-up': { suggested_key: { default: 'Alt+Shift+W' }, description: 'Open the write-up for this ticket' } },
    ...(browser === 'firefox'
      ? {
          // Firefox 140 (an ESR) is the first with CSS custom highlights, which rendered text relies on,
          // and with data_collection_permissions; Firefox for Android has those from 142.
          browser_specific_settings: {
            gecko: {
              id: 'customer-terms@customer-terms.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
