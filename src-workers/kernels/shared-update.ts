/**
 * One client of the shared-vs-messages experiment: `updates` times "add 1" to a value held one of
 * three ways, each update finished (visible, or acknowledged by the owner) before the next:
 * `Atomics.add` on shared memory, a message to an owner thread, a line to an owner over a socket.
 * The loop is timed from the start gate to the last acknowledgement.
 *
 * Under the global lock (issue 16, the task's `globalLock`): the Atomics loop computes holding it
 * (a safe point per update), the gate and every wait for the owner's answer let it go. The message
 * handlers of the port way run while the loop awaits with the lock released: they only post the
 * next message, so the lock's effect on that way is its hand-overs, not its handlers' cost.
 */
import { assertNever } from '../../src-shared/protocol'
import type { SharedUpdateResult, SharedUpdateTask, UpdatePortLike, UpdateTarget } from '../../src-shared/protocol-shared-state'
import { CLIENT_DONE } from './owner-ports'
import { OwnerClient } from './owner-client'
import { passGate } from './start-gate'
import { TraceRing } from '../sync/trace-ring'
import { type LockScope, NO_LOCK, lockSpecOf, runLocked } from '../global-lock-scope'

/**
 * The traced repetition's recorder: these ways use no primitive of the lock library, so the
 * kernel records its own waits, 'queue-wait' when it asks the owner and 'queue-get' when the
 * answer arrives (a message queue's get, as the tutorials' Queue). Untraced: does nothing.
 */
type Waits = { asked(): void; answered(): void }
const UNTRACED: Waits = { asked: () => undefined, answered: () => undefined }
function waitsOf(trace: SharedUpdateTask['trace']): Waits {
  if (!trace) return UNTRACED
  const ring = TraceRing.from(trace)
  return { asked: () => ring.record('queue-wait', 0), answered: () => ring.record('queue-get', 0) }
}

function atomicsLoop(buffer: SharedArrayBuffer, updates: number, lock: LockScope): number {
  const value = new Int32Array(buffer)
  for (let i = 0; i < updates; i++) {
    Atomics.add(value, 0, 1)
    lock.tick()
  }
  return updates
}

/** Each update is a message and its answer; a silent owner fails the loop after `timeoutMs`. */
function portLoop(port: UpdatePortLike, updates: number, timeoutMs: number, waits: Waits): Promise<number> {
  return new Promise((resolve, reject) => {
    let acked = 0
    let seen = -1
    const end = (error?: Error) => {
      clearInterval(watchdog)
      port.close()
      if (error) reject(error)
      else resolve(acked)
    }
    const watchdog = setInterval(() => {
      if (acked === seen) end(new Error(`client: no acknowledgement for ${timeoutMs} ms; the owner is gone`))
      seen = acked
    }, timeoutMs)
    port.on('message', (message) => {
      waits.answered()
      if (typeof message !== 'number') return end(new Error('client: the owner answered something else than a value'))
      if (++acked < updates) {
        waits.asked()
        return port.postMessage(1)
      }
      port.postMessage(CLIENT_DONE)
      end()
    })
    if (updates === 0) {
      port.postMessage(CLIENT_DONE)
      end()
    } else {
      waits.asked()
      port.postMessage(1)
    }
  })
}

/** Pause between attempts to reach an owner process that is not listening yet. */
const RECONNECT_MS = 10

/**
 * An owner process is started at the same time as its clients and may not listen yet: connecting
 * is retried until `timeoutMs`, then the last reason is the error.
 */
async function connectOwner(path: string, timeoutMs: number, lock: LockScope): Promise<OwnerClient> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    try {
      return await lock.around(() => OwnerClient.connect(path, { timeoutMs: Math.max(1, deadline - performance.now()) }))
    } catch (error) {
      if (performance.now() + RECONNECT_MS >= deadline) throw error
      await lock.around(() => new Promise((resolve) => setTimeout(resolve, RECONNECT_MS)))
    }
  }
}

async function socketLoop(path: string, updates: number, timeoutMs: number, waits: Waits, lock: LockScope): Promise<number> {
  const client = await connectOwner(path, timeoutMs, lock)
  try {
    let acked = 0
    for (let i = 0; i < updates; i++) {
      waits.asked()
      await lock.around(() => client.add(1))
      waits.answered()
      acked++
    }
    return acked
  } finally {
    client.close()
  }
}

/** One client, under the task's global lock when it carries one (the result then says what it saw of the lock). */
export function runSharedUpdate(task: SharedUpdateTask): Promise<SharedUpdateResult> {
  const spec = lockSpecOf(task)
  return Promise.resolve(spec === undefined ? updateWith(task, NO_LOCK) : runLocked<SharedUpdateResult>(spec, (lock) => updateWith(task, lock)))
}

async function updateWith(task: SharedUpdateTask, lock: LockScope): Promise<SharedUpdateResult> {
  if (task.gate) {
    const { buffer, parties } = task.gate
    const outcome = lock.blocking(() => passGate(buffer, parties, task.timeoutMs))
    if (outcome !== 'passed') throw new Error(`client: start gate ${outcome} (${task.gate.parties} clients expected)`)
  }
  const started = performance.now()
  const acked = await updateLoop(task.target, task.updates, task.timeoutMs, waitsOf(task.trace), lock)
  return { kind: 'shared-update', loopMs: performance.now() - started, acked }
}

function updateLoop(target: UpdateTarget, updates: number, timeoutMs: number, waits: Waits, lock: LockScope): number | Promise<number> {
  switch (target.type) {
    case 'atomics':
      return atomicsLoop(target.buffer, updates, lock)
    case 'port':
      return lock.around(() => portLoop(target.port, updates, timeoutMs, waits))
    case 'socket':
      return socketLoop(target.path, updates, timeoutMs, waits, lock)
    default:
      return assertNever(target, 'update target')
  }
}
