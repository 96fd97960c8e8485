import { defineConfig } from 'wxt';
import { phraseMapPlugin } from './src/build/phrase-map-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({
    plugins: [phraseMapPlugin()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Customer Terms',
    description: 'Spot internal jargon in GitHub, Jira and Linear tickets and rewrite it in terms customers, sales and support use.',
    // Storage keeps ignored phrases and settings on this device; nothing is sent anywhere.
    permissions: ['storage'],
    action: { default_title: 'Customer Terms' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'customer-terms@customer-terms.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
