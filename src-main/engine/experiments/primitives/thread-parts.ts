/**
 * The four thread-only parts: Semaphore (most threads inside vs limit, throughput), Event
 * (wake-up latency per waiter), Condition (producer/consumer, every item once) and Barrier
 * (phase times, each thread's wait per phase, generations never mixed). Each repetition is one
 * round of jobs on as many worker threads as it has roles; the primitives are fresh per round.
 * After one picked point per part (the semaphore just below its top limit, the event with the
 * most waiters), one more round runs traced for the live timeline (traceRound), in no figure.
 */
import { median } from 'simple-statistics'
import { LIBRARY } from '../../../../src-workers/kernels/primitives/library'
import {
  countSeen,
  exactlyOnceCheck,
  generationsCheck,
  medianPerIndex,
  nonNegativeMs,
  primitivePoint,
  semaphoreCheck,
  wokeCheck,
} from './figures'
import type { TraceHandle } from '../../../../src-shared/protocol-shared-state'
import { type PartEnv, addChecked, repetitions, runJobs, seedFor, traceRound, withThreads } from './part-env'

const ints = (n: number) => new SharedArrayBuffer(4 * n)

export async function semaphorePart(env: PartEnv): Promise<void> {
  const kind = LIBRARY.semaphore
  if (!kind) return env.run.addUnavailable('semaphore', 'the synchronisation library has no Semaphore yet')
  const { threads, acquiresPerThread, sectionSpins } = env.options
  await withThreads(env, threads, async (pool) => {
    for (let limit = 1; limit <= threads; limit++) {
      env.run.step('measure', threads, 0)
      const round = async (rings?: TraceHandle[]) => {
        const semaphore = kind.create(limit)
        const inFlight = ints(2)
        const results = await runJobs(env, pool, Array.from({ length: threads }, () => ({ part: 'semaphore' as const, semaphore, inFlight, acquires: acquiresPerThread, spins: sectionSpins })), rings)
        const started = Math.min(...results.map((r) => r.startedAtMs))
        const ended = Math.max(...results.map((r) => r.endedAtMs))
        return { ms: ended - started, max: Atomics.load(new Int32Array(inFlight), 1), acquires: results.reduce((s, r) => s + r.done, 0) }
      }
      const rounds = await repetitions(env, () => round())
      const maxInFlight = Math.max(...rounds.map((r) => r.max))
      const point = primitivePoint({
        workers: threads,
        variant: 'semaphore',
        settings: { limit },
        samplesMs: rounds.map((r) => r.ms),
        seed: seedFor(env, `semaphore:${limit}`),
        check: semaphoreCheck(limit, maxInFlight),
        primitive: { part: 'semaphore', limit, threads, maxInFlight, acquires: rounds[0]?.acquires ?? 0 },
        operations: { count: threads * acquiresPerThread, unit: 'acquires/s' },
      })
      addChecked(env, point)
      // Just below the top limit: some threads inside, some waiting for a permit.
      if (limit === Math.max(1, threads - 1)) await traceRound(env, point, threads, round)
      env.run.step('measure', threads)
    }
  })
}

export async function eventPart(env: PartEnv): Promise<void> {
  const kind = LIBRARY.event
  if (!kind) return env.run.addUnavailable('event', 'the synchronisation library has no Event yet')
  const mostWaiters = Math.max(...env.options.waiters)
  for (const waiters of env.options.waiters) {
    env.run.step('measure', waiters + 1, 0)
    await withThreads(env, waiters + 1, async (pool) => {
      const round = async (rings?: TraceHandle[]) => {
        const event = kind.create()
        const ready = ints(1)
        const jobs = [{ part: 'event-set' as const, event, ready, waiters }, ...Array.from({ length: waiters }, () => ({ part: 'event-wait' as const, event, ready }))]
        const [setter, ...woken] = await runJobs(env, pool, jobs, rings)
        const setAt = setter!.markMs
        return { wakeUs: woken.map((r) => nonNegativeMs(r.markMs - setAt) * 1000), ms: Math.max(...woken.map((r) => r.markMs)) - setAt, woke: woken.filter((r) => r.done === 1).length }
      }
      const rounds = await repetitions(env, () => round())
      const perWaiter = medianPerIndex(rounds.map((r) => [...r.wakeUs].sort((a, b) => a - b)))
      const point = primitivePoint({
        workers: waiters,
        variant: 'event',
        settings: { waiters },
        samplesMs: rounds.map((r) => r.ms),
        seed: seedFor(env, `event:${waiters}`),
        check: wokeCheck(waiters * rounds.length, rounds.reduce((s, r) => s + r.woke, 0)),
        primitive: { part: 'event', waiters, wakeMedianUs: perWaiter },
        latencyUs: rounds.flatMap((r) => r.wakeUs),
      })
      addChecked(env, point)
      if (waiters === mostWaiters) await traceRound(env, point, waiters + 1, round)
    })
    env.run.step('measure', waiters + 1)
  }
}

export async function conditionPart(env: PartEnv): Promise<void> {
  const kind = LIBRARY.condition
  if (!kind) return env.run.addUnavailable('condition', 'the synchronisation library has no Condition yet')
  const { items } = env.options
  const capacity = env.options.capacities[0] ?? 1
  env.run.step('measure', 2, 0)
  await withThreads(env, 2, async (pool) => {
    const round = async (rings?: TraceHandle[]) => {
      const condition = kind.create()
      const ring = ints(3 + capacity)
      const seen = new SharedArrayBuffer(items)
      const common = { part: 'condition' as const, condition, ring, capacity, items, seen }
      const [producer, consumer] = await runJobs(env, pool, [{ ...common, role: 'produce' }, { ...common, role: 'consume' }], rings)
      const ms = Math.max(producer!.endedAtMs, consumer!.endedAtMs) - Math.min(producer!.startedAtMs, consumer!.startedAtMs)
      return { ms, seen: countSeen(new Uint8Array(seen)), producerWaits: producer!.waits, consumerWaits: consumer!.waits }
    }
    const rounds = await repetitions(env, () => round())
    // The check covers every repetition: the worst one is reported.
    const worst = rounds.reduce((a, b) => (b.seen.once < a.seen.once ? b : a))
    const point = primitivePoint({
      workers: 2,
      variant: 'condition',
      settings: { capacity },
      samplesMs: rounds.map((r) => r.ms),
      seed: seedFor(env, 'condition'),
      check: exactlyOnceCheck(items, worst.seen),
      primitive: {
        part: 'condition',
        capacity,
        items,
        consumedOnce: worst.seen.once,
        duplicated: worst.seen.duplicated,
        missing: worst.seen.missing,
        producerWaits: Math.round(median(rounds.map((r) => r.producerWaits))),
        consumerWaits: Math.round(median(rounds.map((r) => r.consumerWaits))),
      },
      operations: { count: items, unit: 'items/s' },
    })
    addChecked(env, point)
    await traceRound(env, point, 2, round)
  })
  env.run.step('measure', 2)
}

export async function barrierPart(env: PartEnv): Promise<void> {
  const kind = LIBRARY.barrier
  if (!kind) return env.run.addUnavailable('barrier', 'the synchronisation library has no Barrier yet')
  const { threads, barrierPhases: phases, phaseSpins: spins } = env.options
  env.run.step('measure', threads, 0)
  await withThreads(env, threads, async (pool) => {
    const round = async (rings?: TraceHandle[]) => {
      const barrier = kind.create(threads)
      const log = new SharedArrayBuffer(8 * 3 * threads * phases)
      const arrivals = ints(phases)
      const jobs = Array.from({ length: threads }, (_, worker) => ({ part: 'barrier' as const, barrier, worker, threads, phases, spins, log, arrivals }))
      const results = await runJobs(env, pool, jobs, rings)
      return { times: new Float64Array(log), mixed: results.reduce((s, r) => s + r.mixed, 0), passes: results.reduce((s, r) => s + r.done, 0) }
    }
    const rounds = await repetitions(env, () => round())
    const at = (w: number, p: number, k: number, t: Float64Array) => t[(w * phases + p) * 3 + k] ?? 0
    const workers = Array.from({ length: threads }, (_, w) => w)
    const phaseRows = rounds.map((r) =>
      Array.from({ length: phases }, (_, p) => Math.max(...workers.map((w) => at(w, p, 2, r.times))) - Math.min(...workers.map((w) => at(w, p, 0, r.times)))),
    )
    const waitMs = workers.map((w) => medianPerIndex(rounds.map((r) => Array.from({ length: phases }, (_, p) => at(w, p, 2, r.times) - at(w, p, 1, r.times)))))
    const slowest = Array.from({ length: phases }, (_, p) => workers.reduce((a, b) => ((waitMs[b]?.[p] ?? 0) < (waitMs[a]?.[p] ?? 0) ? b : a)))
    const mixed = rounds.reduce((s, r) => s + r.mixed, 0)
    const point = primitivePoint({
      workers: threads,
      variant: 'barrier',
      settings: { phases },
      samplesMs: phaseRows.map((row) => row.reduce((s, x) => s + nonNegativeMs(x), 0)),
      seed: seedFor(env, 'barrier'),
      check: generationsCheck(rounds.reduce((s, r) => s + r.passes, 0), mixed),
      primitive: { part: 'barrier', threads, phases, phaseMs: medianPerIndex(phaseRows), waitMs, slowest, mixed },
    })
    addChecked(env, point)
    await traceRound(env, point, threads, round)
  })
  env.run.step('measure', threads)
}
