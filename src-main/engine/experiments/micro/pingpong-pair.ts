/**
 * Runs a ping-pong between two workers of one pool (futex between threads, FIFOs between
 * processes) in batches: each batch is a `pong` and a `ping` task handed to the two idle workers at
 * once, so each side lands on its own worker. The cancel is checked between batches rather than
 * terminating a worker mid-batch, which would leave its partner waiting until its timeout.
 */
import type { PingPongChannel, PingPongResult, SwitchCount } from '../../../../src-shared/protocol'
import type { TaskExecutor } from '../../executor'
import type { Clock } from '../../measure/clock'
import { POINT_BATCHES } from './micro-point'

export interface PingPongRunSettings {
  rounds: number
  warmupRounds: number
  timeoutMs: number
  clock: Clock
  signal: AbortSignal
  /** Stops starting new batches after this long (the last one always finishes). */
  maxMs?: number
}

export interface PingPongOutcome {
  roundTripsUs: number[]
  intact: number
  /** Counts reported by each side of every batch (ping and pong). */
  thread: SwitchCount[]
  process: SwitchCount[]
}

/** The channel as the pong side sees it: for pipes, it receives what ping sends and answers back. */
export function pongSide(channel: PingPongChannel): PingPongChannel {
  return channel.type === 'pipe' ? { type: 'pipe', sendPath: channel.receivePath, receivePath: channel.sendPath } : channel
}

async function batch(pool: TaskExecutor, channel: PingPongChannel, rounds: number, timeoutMs: number): Promise<[PingPongResult, PingPongResult]> {
  if (pool.size < 2) throw new Error('A ping-pong needs a pool of two workers')
  const [pong, ping] = await Promise.all([
    pool.run({ kind: 'pingpong', role: 'pong', channel: pongSide(channel), rounds, timeoutMs }),
    pool.run({ kind: 'pingpong', role: 'ping', channel, rounds, timeoutMs }),
  ])
  if (pong.slot === ping.slot) throw new Error('Impossible: both sides of a ping-pong ran on the same worker')
  if (pong.result.intact !== rounds) throw new Error(`ping-pong: the pong side answered ${pong.result.intact} of ${rounds} rounds`)
  return [ping.result, pong.result]
}

export async function runPingPongPair(pool: TaskExecutor, channel: PingPongChannel, settings: PingPongRunSettings): Promise<PingPongOutcome> {
  const { signal, clock } = settings
  if (settings.warmupRounds > 0) await batch(pool, channel, settings.warmupRounds, settings.timeoutMs)
  const perBatch = Math.max(1, Math.ceil(settings.rounds / POINT_BATCHES))
  const outcome: PingPongOutcome = { roundTripsUs: [], intact: 0, thread: [], process: [] }
  const deadline = settings.maxMs === undefined ? Number.POSITIVE_INFINITY : clock.now() + settings.maxMs
  let done = 0
  while (done < settings.rounds) {
    signal.throwIfAborted()
    if (done > 0 && clock.now() > deadline) break
    const rounds = Math.min(perBatch, settings.rounds - done)
    const [ping, pong] = await batch(pool, channel, rounds, settings.timeoutMs)
    for (const us of ping.roundTripsUs) outcome.roundTripsUs.push(us)
    outcome.intact += ping.intact
    outcome.thread.push(ping.switches.thread, pong.switches.thread)
    outcome.process.push(ping.switches.process, pong.switches.process)
    done += rounds
  }
  return outcome
}
