/**
 * One repetition of a hazard experiment on processes: one worker process per worker
 * (src-workers/hazards/lock-role.ts), all taking the locks of the run's lock server
 * (lock-server.ts); a start line the engine opens once every worker said hello; for the deadlock,
 * the wait-for watch on the server's graph while they run (the same watch as the threads'). However
 * a repetition ends, every process is gone before this returns: a found deadlock, a cancel or a
 * failed worker aborts the server's waits (the workers end on their own), and whatever is still
 * alive then is killed and awaited.
 */
import { type ChildProcess, fork } from 'node:child_process'
import type { DeadlockResult, LivelockResult, LockRoleConfig, LockRoleMessage, RemoteDeadlockTask, RemoteLivelockTask } from '../../../../src-shared/protocol-hazards'
import type { WaitForGraph } from '../../../../src-shared/wait-for-graph'
import roleEntry from '../../../../src-workers/hazards/lock-role?modulePath'
import { trackChild } from '../../runtimes/live-children'
import { AbortError } from '../../runtimes/errors'
import { unpackedPath } from '../../runtimes/worker-entries'
import { HazardStartError, type HazardRepetition } from './hazard-repetition'
import type { LockServer } from './lock-server'
import { startWatch } from './wait-for-watch'

/** Bound on every worker process starting and saying hello (a loaded machine starts Node slowly). */
export const PROCESS_START_MS = 30_000
/** After the end, how long a killed process may take to be reaped. */
const REAP_MS = 5_000

export interface ProcessRepetitionSpec<T extends RemoteDeadlockTask | RemoteLivelockTask> {
  workers: number
  task(worker: number): T
  /** Bound of the whole repetition once started: every wait inside is bounded, this is the backstop. */
  boundMs: number
  watch?: { pollMs: number; onGraph?: (graph: WaitForGraph) => void }
}

interface Worker {
  child: ChildProcess
  message: LockRoleMessage | null
  exited: Promise<void>
}

function startWorker(server: LockServer, task: RemoteDeadlockTask | RemoteLivelockTask, onExit: () => void): Worker {
  const config: LockRoleConfig = { address: server.address, enginePid: process.pid, task }
  const child = trackChild(fork(unpackedPath(roleEntry), [JSON.stringify(config)], { execArgv: [], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }))
  const worker: Worker = { child, message: null, exited: Promise.resolve() }
  child.on('message', (m) => {
    worker.message ??= m as LockRoleMessage
  })
  child.on('error', () => undefined)
  worker.exited = new Promise((resolve) => {
    // 'close', not 'exit': the IPC channel is drained by then, so a result sent last is never lost.
    child.once('close', () => {
      onExit()
      resolve()
    })
  })
  return worker
}

/** Resolves when `done()` holds, polling every few ms; rejects on abort or after `ms`. */
async function until(done: () => boolean, ms: number, signal: AbortSignal, fail: () => Error): Promise<void> {
  const deadline = Date.now() + ms
  while (!done()) {
    if (signal.aborted) throw new AbortError(signal.reason)
    if (Date.now() > deadline) throw fail()
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

export async function processRepetition<T extends RemoteDeadlockTask | RemoteLivelockTask>(server: LockServer, spec: ProcessRepetitionSpec<T>, signal: AbortSignal): Promise<HazardRepetition<T extends RemoteDeadlockTask ? DeadlockResult : LivelockResult>> {
  type R = T extends RemoteDeadlockTask ? DeadlockResult : LivelockResult
  server.begin(spec.workers)
  let exits = 0
  const workers: Worker[] = []
  const onAbort = () => {
    server.abort()
    for (const w of workers) w.child.kill('SIGKILL')
  }
  signal.addEventListener('abort', onAbort, { once: true })
  let watch: ReturnType<typeof startWatch> | null = null
  try {
    for (let w = 0; w < spec.workers; w++)
      workers.push(
        startWorker(server, spec.task(w), () => {
          exits++
          // A worker that ended without its result failed: the others must not wait for it.
          if (workers[w]?.message?.type !== 'result') server.abort()
        }),
      )
    await until(() => server.ready() >= spec.workers || exits > 0, PROCESS_START_MS, signal, () => new HazardStartError(`only ${server.ready()} of ${spec.workers} worker processes started within ${PROCESS_START_MS} ms`))
    watch = spec.watch && exits === 0 ? startWatch({ source: { read: () => server.graph(), versions: () => server.versions(), abort: () => server.abort() }, pollMs: spec.watch.pollMs, ...(spec.watch.onGraph ? { onGraph: spec.watch.onGraph } : {}) }) : null
    server.go()
    try {
      await until(() => exits === spec.workers, spec.boundMs, signal, () => new Error(`the worker processes did not end within ${spec.boundMs} ms`))
    } finally {
      server.abort()
    }
    const seen = watch?.stop() ?? null
    watch = null
    const failed = workers.find((w) => w.message?.type !== 'result')
    if (failed) throw new Error(failed.message?.type === 'error' ? `a lock worker failed: ${failed.message.message}` : `a lock worker process ended without its result (exit ${failed.child.exitCode ?? failed.child.signalCode})`)
    const results = workers.map((w) => (w.message as Extract<LockRoleMessage, { type: 'result' }>).result as R)
    return { results, cycle: seen?.cycle ?? null, graph: seen?.graph ?? null }
  } finally {
    signal.removeEventListener('abort', onAbort)
    watch?.stop()
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL')
    await Promise.race([Promise.all(workers.map((w) => w.exited)), new Promise((resolve) => setTimeout(resolve, REAP_MS).unref())])
  }
}
