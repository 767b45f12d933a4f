/**
 * The queue part: throughput by capacity, for threads through the shared-memory bounded queue
 * (a producer thread and a consumer thread) and through a MessagePort, and for processes through
 * the child's IPC channel (message-queue.ts). Every item is checked to arrive exactly once.
 */
import type { QueueMechanism } from '../../../../src-shared/primitives-report'
import type { Point } from '../../../../src-shared/report'
import { LIBRARY } from '../../../../src-workers/kernels/primitives/library'
import { adapterFor } from '../../executors'
import { startWorker, stopWorkers } from '../micro/workers'
import { type SeenCounts, countSeen, exactlyOnceCheck, primitivePoint, queueVariant } from './figures'
import { messageQueueRound } from './message-queue'
import type { TraceHandle } from '../../../../src-shared/protocol-shared-state'
import { type PartEnv, addChecked, repetitions, runJobs, seedFor, traceRound, withThreads } from './part-env'

interface Round {
  ms: number
  seen: SeenCounts
}

function addQueuePoint(env: PartEnv, mechanism: QueueMechanism, capacity: number, workers: number, rounds: Round[]): Point {
  const { items } = env.options
  const worst = rounds.reduce((a, b) => (b.seen.once < a.seen.once ? b : a))
  const point = primitivePoint({
    workers,
    variant: queueVariant(mechanism),
    settings: { capacity },
    samplesMs: rounds.map((r) => r.ms),
    seed: seedFor(env, `queue:${mechanism}:${capacity}`),
    check: exactlyOnceCheck(items, worst.seen),
    primitive: { part: 'queue', mechanism, capacity, items, receivedOnce: worst.seen.once, duplicated: worst.seen.duplicated, missing: worst.seen.missing },
    operations: { count: items, unit: 'items/s' },
  })
  addChecked(env, point)
  return point
}

async function sharedQueue(env: PartEnv): Promise<void> {
  const kind = LIBRARY.queue
  if (!kind) return env.run.addUnavailable('queue-shared-queue', 'the synchronisation library has no bounded queue yet')
  const { items } = env.options
  await withThreads(env, 2, async (pool) => {
    for (const capacity of env.options.capacities) {
      env.run.step('measure', 2, 0)
      const round = async (rings?: TraceHandle[]) => {
        const queue = kind.create(capacity)
        const seen = new SharedArrayBuffer(items)
        const jobs = [{ part: 'queue', role: 'produce', queue, items, seen }, { part: 'queue', role: 'consume', queue, items, seen }] as const
        const [producer, consumer] = await runJobs(env, pool, [...jobs], rings)
        return { ms: consumer!.endedAtMs - producer!.startedAtMs, seen: countSeen(new Uint8Array(seen)) }
      }
      const point = addQueuePoint(env, 'shared-queue', capacity, 2, await repetitions(env, () => round()))
      // The smallest capacity blocks most: its traced round is the live timeline of the queue.
      if (capacity === Math.min(...env.options.capacities)) await traceRound(env, point, 2, round)
      env.run.step('measure', 2)
    }
  })
}

/** Engine to one worker, at most `capacity` items unanswered: a MessagePort (threads) or IPC (processes). */
async function messageQueue(env: PartEnv, mechanism: 'message-port' | 'ipc'): Promise<void> {
  const { ctx } = env
  const adapter = adapterFor(env.run.runtime, ctx.config, ctx.runtimeDeps)
  const { worker } = await startWorker(adapter, ctx.clock, ctx.signal)
  try {
    for (const capacity of env.options.capacities) {
      env.run.step('measure', 1, 0)
      const rounds = await repetitions(env, async () => {
        const round = await messageQueueRound(worker, { link: mechanism, items: env.options.items, capacity, timeoutMs: env.timeoutMs, clock: ctx.clock, signal: ctx.signal })
        return { ms: round.elapsedMs, seen: countSeen(round.seen) }
      })
      addQueuePoint(env, mechanism, capacity, 1, rounds)
      env.run.step('measure', 1)
    }
  } finally {
    await stopWorkers([worker], ctx.signal.aborted)
  }
}

/** Threads: the shared-memory queue and a MessagePort. Processes: IPC, the one part they have. */
export async function queuePart(env: PartEnv, sharesMemory: boolean): Promise<void> {
  if (sharesMemory) {
    await sharedQueue(env)
    await messageQueue(env, 'message-port')
  } else {
    await messageQueue(env, 'ipc')
  }
}
