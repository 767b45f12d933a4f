/**
 * Tasks only the Python worker program runs (src-workers/python/conlab_race.py and
 * conlab_updates.py): one repetition of the race or of shared-vs-messages, in which the
 * interpreter starts its own crew of N threads or N processes the tutorials' way
 * (`threading.Thread`, `multiprocessing.Process`), because a CPython counter or Value is shared
 * only inside the interpreter (or with the processes it starts), never with the engine.
 */
import type { SharedStateWay } from './workloads/shared-vs-messages'

/** What a crew member is: a thread of the interpreter or a process it starts. */
export type PyCrewKind = 'thread' | 'process'
export type PyStartMethod = 'spawn' | 'fork' | 'forkserver'

/** The race's Python shapes, as the worker program names them (workloads/race.ts adds `py-`). */
export type PyRaceShape = 'plus-equals' | 'read-call-write' | 'lock' | 'value' | 'value-lock'

export interface PyRaceTask {
  kind: 'py-race'
  racers: PyCrewKind
  variant: PyRaceShape
  workers: number
  increments: number
  /** Loop steps of the call between the read and the write (read-call-write and lock). */
  gap: number
  /** Bound on every wait of the crew (the barrier, a result). */
  timeoutMs: number
  /** Processes: the start method (the interpreter's default when left out). */
  startMethod?: PyStartMethod
}

export interface PyLoop {
  loopMs: number
  loopStartEpochMs: number
  loopEndEpochMs: number
  done: number
}

export interface PyRaceResult {
  kind: 'py-race'
  /** The counter after every member finished. */
  total: number
  loops: PyLoop[]
  startMethod: PyStartMethod | null
}

export interface PyUpdatesTask {
  kind: 'py-updates'
  racers: PyCrewKind
  way: SharedStateWay
  workers: number
  updates: number
  timeoutMs: number
  startMethod?: PyStartMethod
}

export interface PyUpdatesResult {
  kind: 'py-updates'
  /** The slowest client's loop, from the barrier to its last acknowledged update. */
  wallMs: number
  /** The value read back where it is held. */
  added: number
  acked: number
  startMethod: PyStartMethod | null
}

/**
 * Pool reuse (conlab_pool.py): T tiny tasks, each in a thread or process started for it and
 * ended after it, or all through a ThreadPoolExecutor / ProcessPoolExecutor of one worker started
 * and warmed before the clock starts. The interpreter times the T tasks itself.
 */
export interface PyPoolReuseTask {
  kind: 'py-pool-reuse'
  workers: PyCrewKind
  way: 'spawn-per-task' | 'warm-pool'
  tasks: number
  /** What each of the T tasks is: the lab's empty task or a small prime count. */
  inner: { kind: 'empty' } | { kind: 'prime'; lo: number; hi: number; method: 'trial' }
  /** Bound on every single wait (one start, one answer). */
  timeoutMs: number
  startMethod?: PyStartMethod
}

/** How a ping-pong travels (conlab_pingpong.py): threads have queue and event, processes all three. */
export type PyPingPongMechanism = 'queue' | 'pipe' | 'event'

/** IPC latency: round trips between two threads, or this process and one it starts, timed in Python. */
export interface PyPingPongTask {
  kind: 'py-pingpong'
  racers: PyCrewKind
  mechanism: PyPingPongMechanism
  payloadBytes: number
  samples: number
  warmup: number
  /** Sampling stops after this long (at least one round trip is timed). */
  maxMs: number
  /** Bound on every wait for the partner. */
  timeoutMs: number
  startMethod?: PyStartMethod
}

export interface PyPoolReuseResult {
  kind: 'py-pool-reuse'
  /** From the first start (or submit) to the T-th answer, the pool's warm-up and shutdown outside. */
  elapsedMs: number
  /** Each task's answer: the prime count, or 0 for an empty task. */
  answers: number[]
  startMethod: PyStartMethod | null
}

export interface PyPingPongResult {
  kind: 'py-pingpong'
  /** Each timed round trip, in µs (time.perf_counter_ns). */
  roundTripsUs: number[]
  /** Round trips answered with counter + 1 and the whole payload. */
  intact: number
  startMethod: PyStartMethod | null
}

/** Spawn cost: `start()` of a thread or process to its first message, per start method (conlab_spawn.py). */
export interface PySpawnTask {
  kind: 'py-spawn'
  racers: PyCrewKind
  /** Processes: the start methods to measure; left out, every one the OS offers. */
  startMethods?: PyStartMethod[]
  samples: number
  /** Starts per method not kept (module loading; forkserver's server). */
  warmup: number
  timeoutMs: number
}

export interface PySpawnFigure {
  /** null: a thread. */
  startMethod: PyStartMethod | null
  firstMessageMs: number[]
  /** Starts whose first message came from the member started (its ident or pid). */
  identified: number
}

export interface PySpawnResult {
  kind: 'py-spawn'
  figures: PySpawnFigure[]
  /** multiprocessing.get_all_start_methods() (processes; empty for threads). */
  offered: PyStartMethod[]
}
