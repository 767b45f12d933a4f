/**
 * The run configurations the claims are settled with, each built once here so that two claims
 * asking for the same experiment get the very same object and are planned once (plan.ts merges
 * equal configurations). Sized for the Workshop budget: every claim together well under five
 * minutes on a 2-core laptop; tests count the tasks and repetitions (plan-budget.test.ts), never
 * time them. Five repetitions is the fewest that gives the bootstrap intervals (below five the
 * report keeps only the range and the rules answer inconclusive).
 */
import type { RunConfigInput } from '../../../../src-shared/config'

/** A configuration before plan.ts tags it with the claims it serves. */
export type PlannedConfig = Omit<RunConfigInput, 'claims'>

export const CLAIM_REPEATS = 5

/** Seven repetitions: with four runtimes compared pairwise, Holm's correction needs them for a significant Mann-Whitney test. */
export const CPU_REPEATS = 7

/**
 * Primes below 200 million for Node (about 50 ms on one core: a 2-worker speedup stands well above
 * the harness's noise; below 20 million, about 5 ms, the intervals straddled the line even on a
 * quiet machine), below 20 million for CPython (its pure-Python sieve is some 10x slower).
 */
const NODE_PRIME = { workload: 'prime', lo: 0, hi: 200_000_000, method: 'sieve', chunking: 'dynamic', chunksPerWorker: 2 } as const
const PY_PRIME = { ...NODE_PRIME, hi: 20_000_000 } as const

/** Prime search, 1 and 2 workers, Node's threads and processes, and CPython's where found. */
export function primeSweep(withPython: boolean): PlannedConfig[] {
  const sweep = { workers: [1, 2], repeat: CPU_REPEATS, warmup: 1 }
  const node: PlannedConfig = { workload: NODE_PRIME, runtimes: ['thread', 'process'], ...sweep }
  return withPython ? [node, { workload: PY_PRIME, runtimes: ['py-thread', 'py-process'], ...sweep }] : [node]
}

/** The lab's own GIL (global-lock mode): the Node threads under one lock, where no CPython is found. */
export const PRIME_GLOBAL_LOCK: PlannedConfig = {
  workload: NODE_PRIME,
  runtimes: ['thread'],
  workers: [1, 2],
  repeat: CPU_REPEATS,
  warmup: 1,
  globalLock: true,
}

/**
 * Cold start to first message, threads against processes, and where found CPython's thread
 * against its processes by every start method the OS offers (a point per method).
 */
export function spawn(withPython: boolean): PlannedConfig {
  return {
    workload: { workload: 'spawn', samples: 10, warmSamples: 20, memoryWorkers: 2 },
    runtimes: withPython ? ['thread', 'process', 'py-thread', 'py-process'] : ['thread', 'process'],
    workers: [1],
    repeat: 1,
    warmup: 0,
  }
}

/** Ping-pong round trips between a pair of threads and a pair of processes; no perf reference (it is not always installed). */
export const CONTEXT_SWITCH: PlannedConfig = {
  workload: { workload: 'context-switch', rounds: 2000, oversubscription: [1], busyIterations: 100_000, perf: false },
  runtimes: ['thread', 'process'],
  workers: [1],
  repeat: 1,
  warmup: 0,
}

/**
 * Requests that wait on a loopback server (20 ms each): one worker against four, on one event
 * loop, threads and processes. Serves io-threads, io-processes and async-io alike.
 */
export const NETWORK_FETCH: PlannedConfig = {
  workload: { workload: 'network-fetch', tasks: 8, requests: 2, inFlight: 1, payloadSize: 4096, latencyMs: 20 },
  runtimes: ['main-async', 'thread', 'process'],
  workers: [1, 4],
  repeat: CLAIM_REPEATS,
  warmup: 1,
}

/** The same waits on CPython's threads: does the GIL hold them back (it is released while a socket waits)? */
export const PY_NETWORK_FETCH: PlannedConfig = { ...NETWORK_FETCH, runtimes: ['py-thread'] }

/** The same waits on Node threads under the lab's global lock: its stand-in for the GIL where no CPython is found. */
export const NETWORK_FETCH_GLOBAL_LOCK: PlannedConfig = { ...NETWORK_FETCH, runtimes: ['thread'], globalLock: true }

/** Small files through libuv's pool: where threads help depends on the page cache, not on waiting. */
export const FILE_IO: PlannedConfig = {
  workload: { workload: 'file-io', tasks: 8, files: 4, fileSize: 64 * 1024, blockSize: 16 * 1024 },
  runtimes: ['thread'],
  workers: [1, 4],
  repeat: CLAIM_REPEATS,
  warmup: 1,
}

/** CPython's own shapes of the unprotected update: the literal `x += 1` and a read-call-write. */
export const PY_RACE: PlannedConfig = {
  workload: { workload: 'race', workerCounts: [4], increments: 50_000, variants: ['py-plus-equals', 'py-read-call-write'] },
  runtimes: ['py-thread'],
  workers: [1],
  repeat: 3,
  warmup: 0,
}

/** Unprotected increments against a mutex, two Node threads. */
export const RACE_LOCK: PlannedConfig = {
  workload: { workload: 'race', workerCounts: [2], increments: 100_000, variants: ['unsafe', 'mutex'] },
  runtimes: ['thread'],
  workers: [1],
  repeat: 3,
  warmup: 0,
}

/**
 * Processes sharing a counter after all: through an owner (multiprocessing.Manager's way: a get
 * then a set, or one add) and, where CPython is found, `multiprocessing.Value` without its lock.
 */
export function processRace(withPython: boolean): PlannedConfig {
  return {
    workload: { workload: 'race', workerCounts: [2], increments: 20_000, messageIncrements: 1000, variants: withPython ? ['get-set', 'add', 'py-value'] : ['get-set', 'add'] },
    runtimes: withPython ? ['process', 'py-process'] : ['process'],
    workers: [1],
    repeat: 3,
    warmup: 0,
  }
}

/** One update through shared memory against one by message to an owner, threads and processes. */
export const SHARED_VS_MESSAGES: PlannedConfig = {
  workload: { workload: 'shared-vs-messages', updaters: [2], updates: 2000, ways: ['shared-memory', 'owner-messages'] },
  runtimes: ['thread', 'process'],
  workers: [1],
  repeat: CLAIM_REPEATS,
  warmup: 1,
}

/** An exception and a native abort, in a worker thread and in a child process; a case is not repeated (what happens is the finding). */
export const CRASH: PlannedConfig = {
  workload: { workload: 'crash-isolation', faults: ['throw', 'abort'], siblings: 1, siblingMs: 100, caseTimeoutMs: 10_000 },
  runtimes: ['thread', 'process'],
  workers: [1],
  repeat: 1,
  warmup: 0,
}

/** Two threads taking two locks in opposite orders, and the same in one global order. */
export const DEADLOCK: PlannedConfig = {
  workload: { workload: 'deadlock', workers: 2, variants: ['naive', 'ordered'], pairs: 10, detectBoundMs: 2000 },
  runtimes: ['thread'],
  workers: [1],
  repeat: 3,
  warmup: 0,
}

/**
 * A tiny task (primes below 2000) started in a worker of its own against handed to a warm pool,
 * Node's threads and processes and, where found, CPython's (a Thread / Process per task against
 * ThreadPoolExecutor / ProcessPoolExecutor). Four tasks a repetition keep the spawns few (a Node
 * process start is a tenth of a second or more on a loaded laptop); the paired interval needs the
 * five repetitions, not more tasks.
 */
export function poolReuse(withPython: boolean): PlannedConfig {
  return {
    workload: { workload: 'pool-reuse', tasks: 4, task: 'prime' },
    runtimes: withPython ? ['thread', 'process', 'py-thread', 'py-process'] : ['thread', 'process'],
    workers: [1],
    repeat: CLAIM_REPEATS,
    warmup: 1,
  }
}

/**
 * What survives its host: CPython's daemon and non-daemon threads and processes where found (the
 * claim is about their `daemon` flag), else Node's worker thread and children; both exit ways,
 * three rounds each (the finding is "survived k of 3").
 */
export function daemon(withPython: boolean): PlannedConfig {
  return {
    workload: { workload: 'daemon', exits: ['normal', 'sigkill'], rounds: 3, lifetimeMs: 1500, holdMs: 300, observeMs: 250 },
    runtimes: withPython ? ['py-thread', 'py-process'] : ['thread', 'process'],
    workers: [1],
    repeat: 1,
    warmup: 0,
  }
}

/** Lock against RLock, five repetitions of each probe: CPython's own where found, else the lab's mutexes. */
export function lockReentry(withPython: boolean): PlannedConfig {
  return {
    workload: { workload: 'lock-reentry', repetitions: 5, timeoutMs: 50, boundMs: 5000 },
    runtimes: withPython ? ['py-thread'] : ['thread'],
    workers: [1],
    repeat: 1,
    warmup: 0,
  }
}
