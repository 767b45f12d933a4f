/**
 * The ping-pong measurements of the context-switch experiment, each returning a finished point:
 * two workers through a futex (threads) or a pair of FIFOs (processes); the same mechanism on one
 * thread with nobody to switch to; and the engine with one worker through the runtime's own
 * messages (thread postMessage, process IPC), where both event loops take part.
 */
import type { PingPongChannel } from '../../../../src-shared/protocol'
import type { Point } from '../../../../src-shared/report'
import type { TaskExecutor } from '../../executor'
import type { WorkerRuntimeName } from '../../executors'
import type { Clock } from '../../measure/clock'
import type { ManagedWorker } from '../../runtimes/managed-worker'
import { EchoClient } from './echo-client'
import { measureEcho } from './echo-measure'
import { intactCheck, operationsPoint } from './micro-point'
import type { PayloadKind } from './payloads'
import { runPingPongPair } from './pingpong-pair'
import { combineSwitches, engineCounter } from './switch-figures'

export interface VariantSettings {
  runtime: WorkerRuntimeName
  rounds: number
  timeoutMs: number
  clock: Clock
  signal: AbortSignal
}

export function warmupRoundsFor(rounds: number): number {
  return Math.min(1000, Math.ceil(rounds / 10))
}

/** Ping-pong between the two workers of `pool` (a futex between threads, FIFOs between processes). */
export async function pairPoint(pool: TaskExecutor, channel: PingPongChannel, variant: string, s: VariantSettings): Promise<Point> {
  const counter = engineCounter()
  const warmupRounds = warmupRoundsFor(s.rounds)
  const outcome = await runPingPongPair(pool, channel, { rounds: s.rounds, warmupRounds, timeoutMs: s.timeoutMs, clock: s.clock, signal: s.signal })
  const timed = outcome.roundTripsUs.length
  return operationsPoint({
    workers: 2,
    operationsUs: outcome.roundTripsUs,
    check: intactCheck(timed, outcome.intact),
    extras: {
      variant,
      payloadBytes: channel.type === 'futex' ? channel.payloadBytes : 1,
      switches: combineSwitches(s.runtime, outcome, counter().process),
      // The counters run over the warm-up rounds too, so they cover those round trips as well.
      operations: timed + warmupRounds,
      settings: { channel: channel.type, warmupRounds },
    },
  })
}

/** The same mechanism's calls on one worker's thread: its cost without any switch. */
export async function selfPoint(pool: TaskExecutor, channel: PingPongChannel, variant: string, s: VariantSettings): Promise<Point> {
  const counter = engineCounter()
  const { result } = await pool.run({ kind: 'pingpong', role: 'self', channel, rounds: s.rounds, timeoutMs: s.timeoutMs })
  return operationsPoint({
    workers: 1,
    operationsUs: result.roundTripsUs,
    check: intactCheck(result.roundTripsUs.length, result.intact),
    extras: {
      variant,
      payloadBytes: channel.type === 'futex' ? channel.payloadBytes : 1,
      switches: combineSwitches(s.runtime, { thread: [result.switches.thread], process: [result.switches.process] }, counter().process),
      operations: result.roundTripsUs.length,
      settings: { channel: channel.type, oneThread: true },
    },
  })
}

/**
 * The engine and one worker bouncing one byte through the runtime's own channel. The counters
 * are the engine's (its main thread, and its process, which for threads includes the worker).
 */
export async function messagePoint(worker: ManagedWorker, kind: PayloadKind, variant: string, serialization: string, s: VariantSettings): Promise<Point> {
  const client = new EchoClient(worker, s.signal)
  try {
    const warmup = warmupRoundsFor(s.rounds)
    const counter = engineCounter()
    const timed = await measureEcho(client, kind, 1, false, { samples: s.rounds, warmup, maxMs: Number.POSITIVE_INFINITY, clock: s.clock, signal: s.signal })
    const counts = counter()
    return operationsPoint({
      workers: 1,
      operationsUs: timed.roundTripsUs,
      check: intactCheck(timed.roundTripsUs.length, timed.intact),
      extras: {
        variant,
        payloadBytes: 1,
        payloadKind: kind,
        switches: { thread: counts.thread, process: counts.process },
        operations: timed.roundTripsUs.length + warmup,
        settings: { serialization, warmupRounds: warmup, countersScope: 'engine side (main thread; engine process)' },
      },
    })
  } finally {
    client.close()
  }
}
