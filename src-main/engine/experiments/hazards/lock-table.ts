/**
 * The lock server's state for one repetition, and its answer to each request line (protocol:
 * src-workers/kernels/hazards/lock-client.ts). Pure but for the timers of bounded waits: the
 * socket side is lock-server.ts. A worker sends one request at a time (its steps are sequential),
 * so a deferred reply (a wait) never overtakes another.
 */
import type { WaitForGraph, WaitKind } from '../../../../src-shared/wait-for-graph'

/** Longest wait a request may ask for: above every bound the workloads allow. */
const MAX_WAIT_MS = 120_000

interface Waiter {
  conn: Conn
  kind: WaitKind
  timer: ReturnType<typeof setTimeout>
}

export interface Conn {
  rep: Rep
  /** -1 until its hello. */
  worker: number
  send(line: string): void
}

export interface Rep {
  readonly workers: number
  readonly conns: Map<number, Conn>
  readonly holder: number[]
  readonly queues: Waiter[][]
  readonly versions: number[]
  completed: number
  aborted: boolean
  opened: boolean
  changed(worker: number): void
  go(): void
  abort(): void
  graph(): WaitForGraph
}

export function freshRep(workers: number, onChange: () => void): Rep {
  const rep: Rep = {
    workers,
    conns: new Map(),
    holder: Array.from({ length: workers }, () => -1),
    queues: Array.from({ length: workers }, () => []),
    versions: Array.from({ length: workers }, () => 0),
    completed: 0,
    aborted: false,
    opened: false,
    changed(worker) {
      rep.versions[worker] = (rep.versions[worker] ?? 0) + 1
      onChange()
    },
    go() {
      rep.opened = true
      for (const conn of rep.conns.values()) conn.send('go')
    },
    abort() {
      if (rep.aborted) return
      rep.aborted = true
      for (const queue of rep.queues)
        for (const waiter of queue.splice(0)) {
          clearTimeout(waiter.timer)
          waiter.conn.send('aborted')
        }
      for (const conn of rep.conns.values()) conn.send('abort')
    },
    graph() {
      const holds = rep.holder.flatMap((worker, lock) => (worker >= 0 ? [{ worker, lock }] : []))
      const waits = rep.queues.flatMap((queue, lock) => queue.map((w) => ({ worker: w.conn.worker, lock, kind: w.kind })))
      return { workers, locks: workers, holds, waits }
    },
  }
  return rep
}

const integer = (text: string | undefined, max: number): number | undefined => (text !== undefined && /^\d{1,9}$/.test(text) && Number(text) <= max ? Number(text) : undefined)

/** Gives `lock` back and hands it to the first waiter, if any. */
function release(rep: Rep, lock: number, worker: number): void {
  rep.holder[lock] = -1
  rep.changed(worker)
  const next = rep.queues[lock]!.shift()
  if (next) {
    clearTimeout(next.timer)
    rep.holder[lock] = next.conn.worker
    rep.changed(next.conn.worker)
    next.conn.send('acquired')
  }
}

function acquire(conn: Conn, lock: number, ms: number, kind: WaitKind): string | undefined {
  const rep = conn.rep
  if (rep.aborted) return 'aborted'
  if (rep.holder[lock] === conn.worker) return 'error the lock is already yours'
  if (rep.holder[lock] === -1) {
    rep.holder[lock] = conn.worker
    rep.changed(conn.worker)
    return 'acquired'
  }
  const queue = rep.queues[lock]!
  const waiter: Waiter = {
    conn,
    kind,
    timer: setTimeout(() => {
      const at = queue.indexOf(waiter)
      if (at < 0) return
      queue.splice(at, 1)
      rep.changed(conn.worker)
      conn.send('timeout')
    }, ms),
  }
  queue.push(waiter)
  rep.changed(conn.worker)
  return undefined
}

/** The reply to one request line, or undefined when it comes later (a wait). */
export function answer(conn: Conn, line: string): string | undefined {
  const rep = conn.rep
  const [op, a, b, c, extra] = line.trim().split(' ')
  if (extra !== undefined) return 'error too many arguments'
  if (op === 'hello') {
    const worker = integer(a, rep.workers - 1)
    if (conn.worker >= 0 || worker === undefined || rep.conns.has(worker)) return 'error bad hello'
    conn.worker = worker
    rep.conns.set(worker, conn)
    if (rep.opened) conn.send('go')
    return 'ok'
  }
  if (conn.worker < 0) return 'error hello first'
  const lock = integer(a, rep.workers - 1)
  switch (op) {
    case 'acquire': {
      const ms = integer(b, MAX_WAIT_MS)
      if (lock === undefined || ms === undefined || (c !== 'blocks' && c !== 'tries')) return 'error acquire needs a lock, a wait in ms and blocks or tries'
      return acquire(conn, lock, ms, c)
    }
    case 'try':
      if (lock === undefined) return 'error try needs a lock'
      if (rep.aborted) return 'aborted'
      if (rep.holder[lock] !== -1) return 'busy'
      rep.holder[lock] = conn.worker
      rep.changed(conn.worker)
      return 'acquired'
    case 'release':
      if (lock === undefined || rep.holder[lock] !== conn.worker) return 'error release of a lock not held'
      release(rep, lock, conn.worker)
      return String(rep.completed)
    case 'done':
      rep.completed++
      return String(rep.completed)
    default:
      return 'error unknown command'
  }
}

/** A worker's connection closed: its waits end and what it held is given back. */
export function dropWorker(conn: Conn): void {
  const rep = conn.rep
  if (conn.worker < 0 || rep.conns.get(conn.worker) !== conn) return
  rep.conns.delete(conn.worker)
  for (const queue of rep.queues) {
    const at = queue.findIndex((w) => w.conn === conn)
    if (at >= 0) {
      clearTimeout(queue[at]!.timer)
      queue.splice(at, 1)
      rep.changed(conn.worker)
    }
  }
  rep.holder.forEach((holder, lock) => {
    if (holder === conn.worker) release(rep, lock, conn.worker)
  })
}
