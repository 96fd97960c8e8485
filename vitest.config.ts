import { defineConfig } from 'vitest/config';
import { phraseMapPlugin } from './src/build/phrase-map-plugin';

export default defineConfig({
  plugins: [phraseMapPlugin()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx', 'src/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // Property tests do real work; a loaded CI machine must not fail them on time alone.
    testTimeout: 30_000,
  },
});
