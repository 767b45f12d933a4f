/**
 * Issue 15's benchmark, in one run: (1) the lab's uncontended Mutex acquire+release against a
 * hand-written `Atomics.compareExchange` lock object that, like the lab's, refuses a release by a
 * thread that does not hold it (goal: ratio < 1.10 for the default Mutex), what that owner check
 * costs over a bare compareExchange + store loop, and what being an object (word and owner in
 * fields) costs over a loop on a module constant; (2) a round trip through
 * the shared-memory BlockingQueue (main -> echo thread -> main) against a bare MessagePort round
 * trip between the same two threads; (3) what tracing costs per recorded event. Prints figures,
 * asserts nothing about time (2 shared cores are too noisy for that).
 */
import { Worker } from 'node:worker_threads'
import { median } from 'simple-statistics'
import { it } from 'vitest'
import { BlockingQueue } from '../src-workers/sync'
import echoEntry from './baselines/sync-echo?modulePath'
import loopEntry from './baselines/sync-mutex-loop?modulePath'
import type { LoopFigure } from './baselines/sync-mutex-loop'

/** Runs the mutex loops in a bundled thread (see sync-mutex-loop.ts for why) and waits, bounded. */
function mutexFigures(ops: number, rounds: number): Promise<LoopFigure[]> {
  const worker = new Worker(loopEntry, { workerData: { ops, rounds } })
  return new Promise<LoopFigure[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('mutex loop gave no figures within 5 minutes')), 300_000)
    worker.once('message', (figures: LoopFigure[]) => { clearTimeout(timer); resolve(figures) })
    worker.once('error', (error) => { clearTimeout(timer); reject(error) })
  }).finally(() => worker.terminate())
}

it('uncontended Mutex vs a hand-written compareExchange lock; tracing cost per event', async () => {
  const figures = await mutexFigures(50_000, 31)
  const line = (f: LoopFigure, goal?: number) =>
    `  ${f.name.padEnd(30)} lab ${f.labNs.toFixed(1).padStart(7)} ns   baseline ${f.baselineNs.toFixed(1).padStart(7)} ns   ratio ${(f.labNs / f.baselineNs).toFixed(3)}${goal === undefined ? '' : f.labNs / f.baselineNs <= goal ? ' ✓' : ` (above the ${goal.toFixed(2)} goal)`}`
  const [barging, ...others] = figures.slice(0, 3)
  const [owned, object, traced, record] = figures.slice(3)
  console.log('\nUncontended acquire+release, one thread, vs a hand-written compareExchange lock object with the same owner check (goal < 1.10x)')
  if (barging !== undefined) console.log(line(barging, 1.1))
  console.log(others.map((f) => line(f)).join('\n'))
  // What the owner check itself costs: the owner-checked hand lock against CAS in + plain store out.
  if (owned !== undefined && object !== undefined) console.log(`What refusing a non-owner's release costs, and being an object\n${line(owned)}\n${line(object)}`)
  if (traced !== undefined && record !== undefined) {
    const perEvent = (traced.labNs - traced.baselineNs) / 2
    console.log(`Tracing (2 events per acquire+release)\n${line(traced)}\n${line(record)}\n  => ${perEvent.toFixed(1)} ns per traced event\n`)
  }
})

it('shared-memory queue round trip vs a bare MessagePort round trip between two threads', async () => {
  const inbox = BlockingQueue.create({ capacity: 16 })
  const outbox = BlockingQueue.create({ capacity: 16 })
  const queueEcho = new Worker(echoEntry, { workerData: { mode: 'queue', inbox: inbox.handle, outbox: outbox.handle } })
  const portEcho = new Worker(echoEntry, { workerData: { mode: 'port' } })
  try {
    const portRoundTrip = (value: number) => new Promise<void>((resolve) => { portEcho.once('message', () => resolve()); portEcho.postMessage(value) })
    const wait = { timeoutMs: 10_000 }
    const queueBatch = (n: number) => {
      for (let i = 0; i < n; i++) {
        if (inbox.put(i, wait).outcome !== 'ok' || outbox.get(wait).outcome !== 'ok') throw new Error('queue echo failed')
      }
    }
    const portBatch = async (n: number) => {
      for (let i = 0; i < n; i++) await portRoundTrip(i)
    }
    const batch = 500
    const queueUs: number[] = []
    const portUs: number[] = []
    for (let round = 0; round < 23; round++) {
      const t0 = performance.now()
      if (round % 2 === 0) queueBatch(batch)
      else await portBatch(batch)
      const t1 = performance.now()
      if (round % 2 === 0) await portBatch(batch)
      else queueBatch(batch)
      const t2 = performance.now()
      if (round < 3) continue
      queueUs.push((((round % 2 === 0 ? t1 - t0 : t2 - t1)) * 1000) / batch)
      portUs.push((((round % 2 === 0 ? t2 - t1 : t1 - t0)) * 1000) / batch)
    }
    const q = median(queueUs)
    const p = median(portUs)
    console.log(`\nRound trip main -> echo thread -> main\n  BlockingQueue (shared memory)   ${q.toFixed(2).padStart(8)} µs\n  MessagePort (bare)              ${p.toFixed(2).padStart(8)} µs\n  ratio queue / port              ${(q / p).toFixed(3)}\n`)
  } finally {
    inbox.put(-1, { timeoutMs: 1000 })
    await Promise.all([queueEcho.terminate(), portEcho.terminate()])
  }
})
