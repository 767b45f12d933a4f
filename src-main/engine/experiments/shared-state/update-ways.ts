/**
 * One repetition of one way of holding the value: N clients make K updates each, all at once,
 * and the value is read back exactly. Threads meet at a start gate first; processes have no
 * shared memory for one (and no `shared-memory` way: the experiment says why instead).
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads'
import type { OwnerServeResult, SharedUpdateResult, SharedUpdateTask, TraceHandle, UpdateTarget } from '../../../../src-shared/protocol-shared-state'
import { type GlobalLockSpec, carryingLock } from '../../../../src-shared/protocol-global-lock'
import type { SharedStateWay } from '../../../../src-shared/workloads/shared-vs-messages'
import { assertNever } from '../../../../src-shared/protocol'
import { resetGate } from '../../../../src-workers/kernels/start-gate'
import type { Crew } from './crew'
import type { OwnerServer } from './owner-server'

export interface WaySettings {
  crew: Crew
  updaters: number
  updates: number
  /** Bound on every wait inside a worker (gate, acknowledgement, connection, idle owner). */
  waitTimeoutMs: number
  /** Bound on a whole task, from the engine's side. */
  taskTimeoutMs: number
  /** Threads only: the start gate (Int32 arrived, abort). */
  gate: SharedArrayBuffer | null
  /** An address an owner process may listen on, new for each repetition. */
  ownerAddress(): string
  /** The engine's own owner (the `main-owner` way). */
  mainOwner(): Promise<OwnerServer>
  /** Threads, the traced repetition only: each client's trace ring (client i records into trace[i]). */
  trace?: readonly TraceHandle[]
  /** Global-lock mode: the point's lock (one buffer for its threads; null for processes: each its own). */
  globalLock?: GlobalLockSpec
}

export interface Repetition {
  /** From the gate to the slowest client's last acknowledgement. */
  wallMs: number
  /** The value's change over the repetition, read from where it is held. */
  added: number
  /** Acknowledgements the clients counted. */
  acked: number
  /** Every worker's answer (clients 0..N-1, the owner last), which carries its lock figures in global-lock mode. */
  answers?: Array<{ slot: number; result: SharedUpdateResult | OwnerServeResult }>
}

type Timed = Pick<Repetition, 'wallMs' | 'acked' | 'answers'>

async function clients(s: WaySettings, target: (client: number) => UpdateTarget, transfer: (client: number) => MessagePort[] = () => []): Promise<Timed> {
  if (s.gate) resetGate(s.gate)
  const gate = s.gate ? { buffer: s.gate, parties: s.updaters } : null
  const runs = []
  for (let i = 0; i < s.updaters; i++) {
    const trace = s.trace?.[i]
    const task: SharedUpdateTask = { kind: 'shared-update', target: target(i), updates: s.updates, gate, timeoutMs: s.waitTimeoutMs, ...(trace ? { trace } : {}) }
    runs.push(s.crew.run(i, carryingLock(task, s.globalLock), s.taskTimeoutMs, transfer(i)))
  }
  const results = await Promise.all(runs)
  return { wallMs: Math.max(...results.map((r) => r.loopMs)), acked: results.reduce((sum, r) => sum + r.acked, 0), answers: results.map((result, slot) => ({ slot, result })) }
}

/** `Atomics.add` on one Int32 every client sees (the tutorials' `Value`). */
async function sharedMemory(s: WaySettings): Promise<Repetition> {
  const buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
  const timed = await clients(s, () => ({ type: 'atomics', buffer }))
  return { ...timed, added: Atomics.load(new Int32Array(buffer), 0) }
}

/**
 * An owner worker (the crew's last) holds the value; threads reach it over MessagePorts of their
 * own, processes over a local socket it listens on (the tutorials' `Queue` is a pipe between them).
 */
async function ownerMessages(s: WaySettings, sharesMemory: boolean): Promise<Repetition> {
  const owner = s.updaters
  if (sharesMemory) {
    const channels = Array.from({ length: s.updaters }, () => new MessageChannel())
    const ports = channels.map((c) => c.port1)
    const served = s.crew.run(owner, carryingLock({ kind: 'owner-serve' as const, listen: { type: 'ports' as const, ports }, clients: s.updaters, timeoutMs: s.waitTimeoutMs }, s.globalLock), s.taskTimeoutMs, ports)
    const done = clients(s, (i) => ({ type: 'port', port: channels[i]!.port2 }), (i) => [channels[i]!.port2])
    const [tally, timed] = await Promise.all([served, done])
    return withOwner(timed, owner, tally)
  }
  const path = s.ownerAddress()
  const served = s.crew.run(owner, carryingLock({ kind: 'owner-serve' as const, listen: { type: 'socket' as const, path }, clients: s.updaters, timeoutMs: s.waitTimeoutMs }, s.globalLock), s.taskTimeoutMs)
  const [tally, timed] = await Promise.all([served, clients(s, () => ({ type: 'socket', path }))])
  return withOwner(timed, owner, tally)
}

function withOwner(timed: Timed, slot: number, tally: OwnerServeResult): Repetition {
  return { ...timed, added: tally.value, answers: [...(timed.answers ?? []), { slot, result: tally }] }
}

/** The engine's main process holds the value, reached over its socket (the tutorials' `Manager`). */
async function mainOwner(s: WaySettings): Promise<Repetition> {
  const server = await s.mainOwner()
  const before = server.value()
  const timed = await clients(s, () => ({ type: 'socket', path: server.address }))
  return { ...timed, added: server.value() - before }
}

export function runRepetition(way: SharedStateWay, s: WaySettings, sharesMemory: boolean): Promise<Repetition> {
  switch (way) {
    case 'shared-memory':
      return sharedMemory(s)
    case 'owner-messages':
      return ownerMessages(s, sharesMemory)
    case 'main-owner':
      return mainOwner(s)
    default:
      return assertNever(way, 'shared-state way')
  }
}
