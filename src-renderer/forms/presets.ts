/**
 * Named starting points for each experiment's form, written in the config's own shape (the same
 * keys the CLI flags set). A key the schema does not know is ignored when the preset is applied,
 * so a renamed option degrades a preset instead of breaking the screen.
 * Labels and hints live in the i18n messages under `presets.<id>`.
 */
export interface Preset {
  id: string
  workload?: Record<string, unknown>
  common?: Record<string, unknown>
}

const BOTH_WORKERS = ['main', 'thread', 'process']
/** I/O: the event loop on one thread (main-async) is the contender threads must beat. */
const IO_RUNTIMES = ['main', 'main-async', 'thread', 'process']
const WORKER_RUNTIMES = ['thread', 'process', 'utility']

/** Small enough to finish in seconds on a 2-core laptop: for a first look, not for conclusions. */
const quick = (workload: Record<string, unknown> = {}, common: Record<string, unknown> = {}): Preset => ({
  id: 'quick',
  workload,
  common: { runtimes: BOTH_WORKERS, workers: 'auto', repeat: 3, warmup: 1, ...common },
})

const PRESETS: Record<string, Preset[]> = {
  prime: [
    quick({ hi: 20_000_000, method: 'sieve', chunking: 'dynamic' }),
    {
      id: 'workshop-cpu',
      workload: { lo: 0, hi: 1_000_000_000, method: 'sieve', chunking: 'dynamic', chunksPerWorker: 4 },
      common: { runtimes: BOTH_WORKERS, workers: 'auto', repeat: 5, warmup: 1 },
    },
    {
      // Trial division costs more at the top of the range: equal static chunks finish unevenly.
      id: 'imbalance',
      workload: { lo: 0, hi: 10_000_000, method: 'trial', chunking: 'static' },
      common: { runtimes: ['thread', 'process'], workers: 'auto', repeat: 3, warmup: 1 },
    },
  ],
  'file-io': [
    quick({ tasks: 8, files: 4, fileSize: 64 * 1024 }, { runtimes: IO_RUNTIMES, workers: [1, 2, 4] }),
    { id: 'workshop-io', workload: { tasks: 16, files: 8, fileSize: 256 * 1024, fsApi: 'async' }, common: { runtimes: IO_RUNTIMES, workers: [1, 2, 4, 8], repeat: 5, warmup: 1 } },
  ],
  'network-fetch': [
    quick({ tasks: 4, requests: 8, latencyMs: 5 }, { runtimes: IO_RUNTIMES, workers: [1, 2, 4] }),
    // Mostly waiting: one thread keeping many requests in flight should keep up with workers.
    { id: 'workshop-io', workload: { tasks: 8, requests: 16, inFlight: 2, latencyMs: 10 }, common: { runtimes: IO_RUNTIMES, workers: [1, 2, 4, 8], repeat: 5, warmup: 1 } },
  ],
  spawn: [
    quick({ samples: 5, warmSamples: 50, memoryWorkers: 2 }, { runtimes: WORKER_RUNTIMES }),
    { id: 'workshop', workload: { samples: 20, warmSamples: 200, memoryWorkers: 4 }, common: { runtimes: WORKER_RUNTIMES, repeat: 5 } },
  ],
  'ipc-latency': [
    quick({ samples: 50, warmup: 10, payloads: [64, 65_536], maxMsPerPoint: 500 }, { runtimes: WORKER_RUNTIMES }),
    { id: 'workshop', workload: { samples: 300, warmup: 30, payloads: [64, 1024, 65_536, 1_048_576] }, common: { runtimes: WORKER_RUNTIMES } },
  ],
  'context-switch': [
    quick({ rounds: 1000, oversubscription: [1, 2], busyIterations: 5_000_000, perf: false }, { runtimes: WORKER_RUNTIMES, repeat: 2, warmup: 0 }),
    { id: 'workshop', workload: { rounds: 10_000, oversubscription: [1, 2, 4], busyIterations: 40_000_000, perf: true }, common: { runtimes: WORKER_RUNTIMES, repeat: 5, warmup: 1 } },
  ],
}

export function presetsFor(workload: string): Preset[] {
  return PRESETS[workload] ?? [quick()]
}
