// End-to-end tests: Debian Chromium (playwright-core) driving the built web server. Run after a
// build: `npx electron-vite build --logLevel warn && vitest run --config vitest.e2e.config.ts`.
// One file at a time: each starts a server whose runs use both cores.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
})
