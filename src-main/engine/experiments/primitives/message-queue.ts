/**
 * The queue part's message-passing counterparts: the engine produces numbered items, one worker
 * consumes each and answers it, and at most `capacity` items are ever unanswered, which is what a
 * bounded `queue.Queue(maxsize)` / `multiprocessing.JoinableQueue(maxsize)` lets a producer do
 * before `put` blocks. Between threads the items go through a `MessagePort` handed to a worker
 * thread; between processes through the child's IPC channel (the runtime's own message channel).
 * The producer here is the engine rather than a second worker because a port cannot be handed
 * from one pool worker to another through the task protocol; the shared-memory queue runs between
 * two worker threads (shared-queue.ts), so the figures compare mechanisms, not the same topology.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads'
import type { ProbeReply } from '../../../../src-shared/protocol'
import type { Clock } from '../../measure/clock'
import { AbortError, WorkerCrashedError } from '../../runtimes/errors'
import type { ManagedWorker } from '../../runtimes/managed-worker'

export interface MessageQueueRound {
  elapsedMs: number
  /** How many times each item came back (index = item). */
  seen: Uint8Array
}

/** One way to send an item to the consumer and hear that it was taken. */
interface ItemLink {
  send(item: number): void
  close(): void
}

function portLink(worker: ManagedWorker, onTaken: (item: number) => void): ItemLink {
  const { port1, port2 }: { port1: MessagePort; port2: MessagePort } = new MessageChannel()
  port1.on('message', (message: { seq: number }) => onTaken(message.seq))
  worker.probe({ type: 'echo-port', port: port2 }, [port2])
  return {
    send: (item) => port1.postMessage({ seq: item, payload: '' }),
    close: () => port1.close(),
  }
}

function ipcLink(worker: ManagedWorker, onTaken: (item: number) => void): ItemLink {
  worker.onProbeReply = (reply: ProbeReply) => {
    if (reply.type === 'echo') onTaken(reply.seq)
  }
  return {
    send: (item) => worker.probe({ type: 'echo', seq: item, payload: '', transfer: false }),
    close: () => {
      worker.onProbeReply = undefined
    },
  }
}

export interface MessageQueueSettings {
  link: 'message-port' | 'ipc'
  items: number
  capacity: number
  /** Longest wait for the consumer to take one more item; beyond it the round fails. */
  timeoutMs: number
  clock: Clock
  signal: AbortSignal
}

/**
 * Puts `items` items through `worker` with at most `capacity` in flight. Rejects on a cancel, on
 * the worker's exit, and when no item is taken for `timeoutMs`: it never waits unbounded.
 */
export function messageQueueRound(worker: ManagedWorker, s: MessageQueueSettings): Promise<MessageQueueRound> {
  const seen = new Uint8Array(s.items)
  return new Promise<MessageQueueRound>((resolve, reject) => {
    let sent = 0
    let taken = 0
    let settled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const started = s.clock.now()
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      s.signal.removeEventListener('abort', onAbort)
      link.close()
      if (error) reject(error)
      else resolve({ elapsedMs: Math.max(0, s.clock.now() - started), seen })
    }
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => finish(new Error(`queue (${s.link}): no item taken within ${s.timeoutMs} ms`)), s.timeoutMs)
    }
    const onAbort = () => finish(new AbortError(s.signal.reason))
    const fill = () => {
      while (sent < s.items && sent - taken < s.capacity) link.send(sent++)
    }
    const onTaken = (item: number) => {
      if (settled) return
      // An item number outside the range would be a protocol bug: count it as a duplicate of nothing.
      if (item >= 0 && item < s.items) seen[item] = Math.min(255, (seen[item] ?? 0) + 1)
      taken++
      if (taken >= s.items) return finish()
      arm()
      fill()
    }
    const link = s.link === 'message-port' ? portLink(worker, onTaken) : ipcLink(worker, onTaken)
    if (s.signal.aborted) return onAbort()
    s.signal.addEventListener('abort', onAbort, { once: true })
    void worker.exited.then((exit) => finish(new WorkerCrashedError(worker.kind, exit.code, exit.signal)))
    arm()
    fill()
  })
}
