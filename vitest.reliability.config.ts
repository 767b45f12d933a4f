// The reliability suite (test/reliability): the fault campaign of issue 11 as seeded, bounded
// families of cases against the built CLI, the real pool and the built web server. Run after a
// build: `npm run test:reliability`. One file at a time: the cases cancel and kill real processes
// and check what is left, and a neighbour's processes would blur "nothing left".
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'
import { modulePathPlugin } from './build/module-path-plugin'

export default defineConfig({
  plugins: [modulePathPlugin(join(import.meta.dirname, 'node_modules', '.cache', 'conlab-test-entries'))],
  test: {
    include: ['test/reliability/**/*.test.ts'],
    globalSetup: ['test/reliability/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
})
