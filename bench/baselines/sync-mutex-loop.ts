/**
 * Thread entry for bench/sync-primitives.bench.ts: times the lab's uncontended Mutex against a
 * hand-written compareExchange lock, and tracing, inside one bundled thread, so the lab code runs
 * as the app ships it (one bundle, as electron-vite builds a worker entry) rather than through the
 * test runner's module loader, whose cross-module calls would be charged to the lab.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { AbortFlag, Mutex, type MutexOptions, TraceRing } from '../../src-workers/sync'

export interface LoopFigure { name: string; labNs: number; baselineNs: number }

const { ops, rounds } = workerData as { ops: number; rounds: number }

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** Median ns per operation of each side, alternating batches (and which side goes first). */
function compare(name: string, lab: (n: number) => void, baseline: (n: number) => void): LoopFigure {
  const labNs: number[] = []
  const baseNs: number[] = []
  const time = (f: (n: number) => void): number => {
    const t0 = performance.now()
    f(ops)
    return ((performance.now() - t0) * 1e6) / ops
  }
  for (let round = 0; round < rounds + 3; round++) {
    const labFirst = round % 2 === 0
    const a = time(labFirst ? lab : baseline)
    const b = time(labFirst ? baseline : lab)
    if (round < 3) continue
    labNs.push(labFirst ? a : b)
    baseNs.push(labFirst ? b : a)
  }
  return { name, labNs: median(labNs), baselineNs: median(baseNs) }
}

const word = new Int32Array(new SharedArrayBuffer(4))
/** The baseline: the smallest correct spin lock, with no owner, timeout, abort or trace. */
const handLock = (n: number): void => {
  for (let i = 0; i < n; i++) {
    while (Atomics.compareExchange(word, 0, 0, 1) !== 0) { /* spin */ }
    Atomics.store(word, 0, 0)
  }
}

/** The same lock checking its owner as the lab's does: CAS in an id, CAS it back out. */
const ownedLock = (n: number): void => {
  for (let i = 0; i < n; i++) {
    while (Atomics.compareExchange(word, 0, 0, 7) !== 0) { /* spin */ }
    if (Atomics.compareExchange(word, 0, 7, 0) !== 7) throw new Error('not the owner')
  }
}

function labLock(mutex: Mutex, options: { timeoutMs: number; abort?: AbortFlag }) {
  return (n: number): void => {
    for (let i = 0; i < n; i++) {
      if (mutex.acquire(options) !== 'acquired') throw new Error('uncontended acquire failed')
      mutex.release()
    }
  }
}

const plain = { timeoutMs: 1000 }
const cases: Array<[string, MutexOptions, { timeoutMs: number; abort?: AbortFlag }]> = [
  ['mutex barging (default)', {}, plain],
  ['mutex barging + abort flag', {}, { timeoutMs: 1000, abort: AbortFlag.create() }],
  ['mutex fifo (ticket)', { order: 'fifo' }, plain],
]
const figures = cases.map(([name, options, wait]) => compare(name, labLock(Mutex.create(options), wait), handLock))
figures.push(compare('barging vs owner-checked lock', labLock(Mutex.create(), plain), ownedLock))
const ring = TraceRing.create({ capacity: 4096, epochUs: TraceRing.nowUs() })
figures.push(compare('traced vs untraced mutex', labLock(Mutex.create({}, { trace: ring }), plain), labLock(Mutex.create(), plain)))
figures.push(compare('ring.record vs a plain store', (n) => { for (let i = 0; i < n; i++) ring.record('acquire', 1) }, (n) => { for (let i = 0; i < n; i++) word[0] = i }))
parentPort?.postMessage(figures)
