import { defineConfig } from 'wxt';
import { phraseMapPlugin } from './src/build/phrase-map-plugin';
import { zodNoEvalPlugin } from './src/build/zod-no-eval-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No webextension-polyfill: Chrome's MV3 APIs and Firefox's return promises (see messages.ts answering()).
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  // The sources archive (for Firefox's review) holds sources only, not files built from them.
  zip: { excludeSources: ['dist-cli/**', 'demo/dist/**', 'test-results/**', '**/*.log'] },
  vite: () => ({
    plugins: [phraseMapPlugin(), zodNoEvalPlugin()],
    // CT_NO_MINIFY=1 keeps the bundles readable, for a profile that names its functions.
    build: { target: 'es2022', ...(process.env.CT_NO_MINIFY ? { minify: false } : {}) },
  }),
  manifest: ({ browser }) => ({
    name: 'Customer Terms',
    description:
      'Spot internal jargon in GitHub, Jira and Linear tickets and rewrite it in terms customers, sales and support use.',
    // storage: settings, ignored phrases and write-up drafts, on this device only.
    // contextMenus: "Rewrite in customer terms" on selected text. sidePanel: Chrome's panel
    // (Firefox's sidebar needs no permission). alarms and notifications: a write-up's review date
    // comes back as a notification on the day. No tabs permission, no host permissions.
    permissions:
      browser === 'firefox'
        ? ['storage', 'contextMenus', 'alarms', 'notifications']
        : ['storage', 'contextMenus', 'sidePanel', 'alarms', 'notifications'],
    // Asked for only when the user adds a self-hosted GitHub Enterprise Server or Jira Data Center in
    // the settings: that one origin, and scripting to register the content script there.
    ...(browser === 'firefox'
      ? { optional_permissions: ['scripting', 'https://*/*', 'http://*/*'] }
      : { optional_permissions: ['scripting'], optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // Chrome 123: the first whose MV3 APIs all answer with promises, contextMenus.removeAll last
    // (the extension uses no polyfill). CSS custom highlights need 105.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '123' }),
    action: { default_title: 'Customer Terms: open the write-up' },
    // A stable extension id (jaoaolegbdkakoklfaceeojgfglfmgpn) for browser policy: an organisation's
    // managed settings are addressed to it. The public half of a key pair only; nothing secret.
    // Store packages leave it out: the store assigns the id, and refuses a manifest with a key.
    ...(browser === 'firefox' || process.env.CUSTOMER_TERMS_STORE === '1'
      ? {}
      : {
          key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmRfkKXO64cherWEGZgjaaAOKE7onsBD4xeKZU1CkI9MYH39AyrRlTLxHIsFCo7Bo56JwH6M+2BXiLdkxTbLrAfoU5abZx6TAXqR5yGgTxTJcr3O2gIgG/2kC/nFcXsCbwfrD543X5riw8FgbxN+n8z8y6Z7EkTZX3ktT2W3poEvr+RbPJb5570emeqD3s/VdH56YZDLTqbDX8GNBEX74sc6ViwAOis5lsJ6FojNWq0IPVYwD7l3aLRQxzrirx+yojGSahdaSwngWknjxxYvHIscOPIQY9up4TLKxHPAP3/Sy+Sj21Yge7ZcwNmoYalrJemgOdW4cnJzD1f9TQEaX9QIDAQAB',
        }),
    // What an organisation may push by policy (storage.managed); Firefox reads policies.json instead.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // side_panel.default_path (Chrome) and sidebar_action (Firefox) come from entrypoints/sidepanel:
    // WXT writes them from that entrypoint, so they are not repeated here.
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+W' },
              description: 'Open the write-up for this ticket',
            },
          }
        : {
            'open-write-up': {
              suggested_key: { default: 'Alt+Shift+W' },
              description: 'Open the write-up for this ticket',
            },
          },
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
