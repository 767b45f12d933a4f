/**
 * What `npm run lab` measures with no flags: prime search, main thread vs threads vs processes,
 * over the default worker sweep. Sized to take about a minute on a 2-core laptop.
 */
import type { RunConfigInput } from '../../src-shared/config'

export const DEFAULT_RUNTIMES = ['main', 'thread', 'process'] as const

export function defaultSuite(): RunConfigInput[] {
  return [{ workload: { workload: 'prime' }, runtimes: [...DEFAULT_RUNTIMES], workers: 'auto', repeat: 5, warmup: 1 }]
}
