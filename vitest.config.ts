import { join } from 'node:path'
import { defineConfig } from 'vitest/config'
import { modulePathPlugin } from './build/module-path-plugin'

export default defineConfig({
  plugins: [modulePathPlugin(join(import.meta.dirname, 'node_modules', '.cache', 'conlab-test-entries'))],
  test: {
    include: ['test/**/*.test.ts'],
    // test/reliability has its own config (vitest.reliability.config.ts, `npm run test:reliability`).
    exclude: ['test/e2e/**', 'test/reliability/**', 'node_modules/**'],
    // Real threads and real processes on a 2-core machine: give them room, never time them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
