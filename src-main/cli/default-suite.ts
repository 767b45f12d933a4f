/**
 * What `npm run lab` measures with no flags: prime search (main thread vs threads vs processes
 * over the default worker sweep), then spawn cost, IPC latency and context switches in reduced
 * form, and the I/O workloads (file I/O, network fetch) in reduced form. Sized to take about a
 * minute on a 2-core laptop.
 */
import type { RunConfigInput } from '../../src-shared/config'

export const DEFAULT_RUNTIMES = ['main', 'thread', 'process'] as const

/** A workload named with --workload runs at these settings unless flags say otherwise. */
export const NAMED_RUN_DEFAULTS = { workers: 'auto', repeat: 5, warmup: 1 } as const

export function defaultSuite(): RunConfigInput[] {
  return [
    // 8 repetitions: with the fast sieve a repetition of pi(10^9) is a fraction of a second, and
    // the significance tests need at least 5 per point to reach a verdict after Holm's correction.
    { workload: { workload: 'prime' }, runtimes: [...DEFAULT_RUNTIMES], workers: 'auto', repeat: 8, warmup: 1 },
    // CPython where an interpreter is found (else the report says how to get one), in a section of
    // its own: a smaller range, since pure Python sieves about 50 times slower than the wheel sieve.
    // Node's runtimes are not repeated here: over this range a repetition takes under 5 ms on them,
    // too short for a speedup the harness overhead does not blur; compare speedups across sections.
    { workload: { workload: 'prime', hi: 20_000_000 }, runtimes: ['py-thread', 'py-process'], workers: [1, 2], repeat: 5, warmup: 1 },
    // The micro-experiments in reduced form (a few seconds together on 2 cores); run them alone
    // with --workload for the full-size defaults. The main thread has nothing to spawn or switch.
    ...MICRO_SUITE,
    ...IO_SUITE,
  ]
}

const MICRO_RUNTIMES = ['thread', 'process'] as const

export const MICRO_SUITE: RunConfigInput[] = [
  { workload: { workload: 'spawn', samples: 5, warmSamples: 50, memoryWorkers: 2 }, runtimes: [...MICRO_RUNTIMES], repeat: 1, warmup: 0 },
  { workload: { workload: 'ipc-latency', payloads: [64, 64 * 1024], samples: 100, warmup: 20 }, runtimes: [...MICRO_RUNTIMES], repeat: 1, warmup: 0 },
  {
    workload: { workload: 'context-switch', rounds: 1000, oversubscription: [1, 2], busyIterations: 15_000_000, perfLoops: 5000 },
    runtimes: [...MICRO_RUNTIMES],
    // Three repetitions: fewer gives no usable spread (and a few-samples warning).
    repeat: 3,
    warmup: 1,
  },
]

/**
 * The I/O workloads in reduced form: one event loop against threads and processes, at 1 and 4
 * workers (4 in flight for main-async), 5 repetitions each; run them alone with --workload for
 * the full-size defaults.
 */
const IO_RUNTIMES = ['main-async', 'thread', 'process'] as const

export const IO_SUITE: RunConfigInput[] = [
  // 5 repetitions: the fewest with which a rank test can tell two runtimes apart.
  { workload: { workload: 'file-io', tasks: 8, files: 4, fileSize: 128 * 1024 }, runtimes: [...IO_RUNTIMES], workers: [1, 4], repeat: 5, warmup: 1 },
  { workload: { workload: 'network-fetch', tasks: 4, requests: 8, inFlight: 2 }, runtimes: [...IO_RUNTIMES], workers: [1, 4], repeat: 5, warmup: 1 },
]
