/**
 * Benchmarks: each file measures a lab figure and a hand-written baseline in the same run and
 * prints their ratio. They assert nothing about time (2 shared cores are too noisy for that).
 */
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'
import { modulePathPlugin } from './build/module-path-plugin'

export default defineConfig({
  plugins: [modulePathPlugin(join(import.meta.dirname, 'node_modules', '.cache', 'conlab-test-entries'))],
  test: {
    include: ['bench/**/*.bench.ts'],
    testTimeout: 600_000,
    // One file at a time: two benchmarks sharing the 2 cores would measure each other.
    fileParallelism: false,
    pool: 'forks',
    reporters: ['verbose'],
  },
})
