/**
 * The sacrificial host of the crash-isolation workload: a small Node process, started by the
 * engine, that runs a pool of the lab's own workers (entry-thread or entry-process, the paths the
 * engine passes), gives one of them a fault task while its siblings sleep on a timer, and reports
 * what it saw over IPC as it happens. If the fault takes this process down (a native abort in a
 * thread does), the engine still has every message sent before, and the exit code or signal: the
 * lab survives to say what died.
 *
 * After the fault and the siblings have settled, the pool goes on: a worker that is gone is
 * replaced by a fresh one (as the lab's pool does) and an empty task probes it.
 * Every wait is bounded by the deadline the engine gives; losing the engine (IPC disconnect)
 * kills the workers and ends the host, so nothing outlives the lab.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { Worker } from 'node:worker_threads'
import type { FaultTask, MainToWorker, Task, WorkerToMain } from '../../src-shared/protocol'
import type { CrashHostConfig, CrashHostMessage } from '../../src-shared/crash-host'

interface Slot {
  post(message: MainToWorker): void
  kill(): void
  /** Resolves with the first reply to `taskId`, or null once the worker is gone. */
  exited: Promise<{ code: number | null; signal: string | null; error?: string }>
  replies: Map<number, (ok: boolean) => void>
  ready: Promise<boolean>
  /** Set the moment the worker is gone. */
  ended?: { code: number | null; signal: string | null; error?: string }
}

const config = JSON.parse(process.argv[2] ?? '{}') as CrashHostConfig
const deadline = Date.now() + config.timeoutMs
const slots: Slot[] = []
const send = (message: CrashHostMessage) => process.send?.(message)

function open(): Slot {
  const replies = new Map<number, (ok: boolean) => void>()
  let markReady: (ok: boolean) => void = () => {}
  const ready = new Promise<boolean>((resolve) => (markReady = resolve))
  const onMessage = (message: WorkerToMain) => {
    if (message.type === 'ready') markReady(true)
    else if (message.type === 'result' || message.type === 'error') replies.get(message.taskId)?.(message.type === 'result')
  }
  let error: string | undefined
  const gone = (code: number | null, signal: string | null) => {
    markReady(false)
    for (const reply of replies.values()) reply(false)
    slot.ended = { code, signal, ...(error !== undefined ? { error } : {}) }
    return slot.ended
  }
  let slot: Slot
  if (config.kind === 'thread') {
    const worker = new Worker(config.entry, { resourceLimits: { maxOldGenerationSizeMb: config.heapLimitMb, maxYoungGenerationSizeMb: 4 } })
    worker.on('message', onMessage)
    // A pool listens for 'error': without a listener, a thread's uncaught error is rethrown in
    // this process and the host would die of a missing handler, not of the fault.
    worker.on('error', (e: Error & { code?: string }) => void (error = e.code ?? e.name))
    const exited = new Promise<Slot['exited'] extends Promise<infer T> ? T : never>((resolve) => worker.once('exit', (code) => resolve(gone(code, null))))
    slot = { post: (m) => worker.postMessage(m), kill: () => void worker.terminate(), exited, replies, ready }
    return slot
  }
  const child: ChildProcess = fork(config.entry, [], { execArgv: [`--max-old-space-size=${config.heapLimitMb}`], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] })
  child.on('message', (m) => onMessage(m as WorkerToMain))
  child.on('error', (e: Error & { code?: string }) => void (error = e.code ?? e.name))
  const exited = new Promise<Slot['exited'] extends Promise<infer T> ? T : never>((resolve) => child.once('exit', (code, signal) => resolve(gone(code, signal))))
  slot = { post: (m) => void (child.connected && child.send(m)), kill: () => void child.kill('SIGKILL'), exited, replies, ready }
  return slot
}

/** Waits for `promise` until `until` (the deadline); null after it. */
function bounded<T>(promise: Promise<T>, until = deadline): Promise<T | null> {
  return Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(0, until - Date.now())).unref())])
}

/** Workers asked to shut down get this long before they are killed. */
const SHUTDOWN_GRACE_MS = 2000

let nextTask = 1
function run(slot: Slot, task: Task): Promise<boolean> {
  if (slot.ended) return Promise.resolve(false)
  const taskId = nextTask++
  const reply = new Promise<boolean>((resolve) => slot.replies.set(taskId, resolve))
  slot.post({ type: 'run', taskId, task })
  return reply
}

async function main(): Promise<void> {
  for (let i = 0; i <= config.siblings; i++) slots.push(open())
  const started = await bounded(Promise.all(slots.map((s) => s.ready)))
  if (!started || started.includes(false)) {
    send({ type: 'not-started' })
    return
  }
  send({ type: 'started', pid: process.pid })
  const faulty = slots[0]!
  const fault: FaultTask = { kind: 'fault', mode: config.fault }
  const siblings = slots.slice(1).map((slot, i) =>
    run(slot, { kind: 'sleep', ms: config.siblingMs }).then((ok) => send({ type: 'sibling', index: i, completed: ok })),
  )
  let answered: boolean | undefined
  const faultEnd = Promise.race([run(faulty, fault).then((ok) => void (answered = ok)), faulty.exited])
  // Judged once the siblings are done too: a worker that answers its task and ends a moment
  // later (process.exit in a thread) has ended by then.
  await bounded(Promise.all([faultEnd, ...siblings]))
  const ended = faulty.ended
  if (ended) send({ type: 'fault', outcome: 'worker-ended', ...ended })
  else send({ type: 'fault', outcome: answered === undefined ? 'no-end' : answered ? 'task-returned' : 'task-error' })
  // The pool goes on: the faulty worker, or its replacement, must still run a task.
  const replaced = ended !== undefined || answered === undefined
  if (replaced) {
    faulty.kill()
    slots[0] = open()
  }
  const slot = slots[0]!
  const probe = (await bounded(slot.ready)) === true && (await bounded(run(slot, { kind: 'empty' }))) === true
  send({ type: 'probe', replaced, completed: probe })
}

process.on('disconnect', () => {
  for (const slot of slots) slot.kill()
  process.exit(0)
})

main()
  .catch(() => send({ type: 'not-started' }))
  .finally(() => {
    for (const slot of slots) slot.post({ type: 'shutdown' })
    void bounded(Promise.all(slots.map((s) => s.exited)), Date.now() + SHUTDOWN_GRACE_MS).then(() => {
      for (const slot of slots) slot.kill()
      send({ type: 'done' })
      process.disconnect?.()
    })
  })
