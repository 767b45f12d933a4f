/**
 * Issue 5's benchmark: each micro-experiment figure as the lab measures it (its own code path,
 * its own timing) against a minimal hand-written loop measuring the same thing, interleaved in one
 * run. Goal: every ratio (lab / baseline) within 1.10.
 */
import { median } from 'simple-statistics'
import { it } from 'vitest'
import { EchoClient } from '../src-main/engine/experiments/micro/echo-client'
import { measureEcho } from '../src-main/engine/experiments/micro/echo-measure'
import { runPingPongPair } from '../src-main/engine/experiments/micro/pingpong-pair'
import { startWorker, stopWorkers } from '../src-main/engine/experiments/micro/workers'
import { systemClock } from '../src-main/engine/measure/clock'
import { WorkerPool } from '../src-main/engine/pool'
import { processRuntime } from '../src-main/engine/runtimes/process-runtime'
import { threadRuntime } from '../src-main/engine/runtimes/thread-runtime'
import type { RuntimeAdapter } from '../src-main/engine/runtimes/types'
import { workerEntries } from '../src-main/engine/runtimes/worker-entries'
import { futexBufferBytes } from '../src-workers/kernels/futex-pingpong'
import { makeBytes } from '../src-main/engine/experiments/micro/payloads'
import { type Baseline, futexBaseline, processMessageBaseline, spawnBaselineUs, threadMessageBaseline } from './baselines/micro'
import { type Comparison, printComparisons } from './harness'

const signal = new AbortController().signal
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

/** Alternates lab and baseline figures (each a mean in µs) over rounds; compares the medians. */
async function compareFigures(name: string, lab: () => Promise<number>, baseline: () => Promise<number>, rounds = 15, warmup = 2): Promise<Comparison> {
  const labUs: number[] = []
  const baseUs: number[] = []
  for (let round = 0; round < rounds + warmup; round++) {
    const labFirst = round % 2 === 0
    const a = labFirst ? await lab() : await baseline()
    const b = labFirst ? await baseline() : await lab()
    if (round < warmup) continue
    labUs.push(labFirst ? a : b)
    baseUs.push(labFirst ? b : a)
  }
  const labMedianUs = median(labUs)
  const baselineMedianUs = median(baseUs)
  return { name, labMedianUs, baselineMedianUs, ratio: labMedianUs / baselineMedianUs }
}

async function echoCase(name: string, adapter: RuntimeAdapter, baseline: Baseline, batch: number): Promise<Comparison> {
  const { worker } = await startWorker(adapter, systemClock, signal)
  const client = new EchoClient(worker, signal)
  try {
    const settings = { samples: batch, warmup: 0, maxMs: Number.POSITIVE_INFINITY, clock: systemClock, signal }
    return await compareFigures(
      name,
      async () => mean((await measureEcho(client, 'bytes', 64, false, settings)).roundTripsUs),
      () => baseline.meanUs(batch),
    )
  } finally {
    client.close()
    await stopWorkers([worker], false)
    await baseline.close()
  }
}

async function futexCase(rounds: number): Promise<Comparison> {
  const pool = await WorkerPool.start({ runtime: threadRuntime(), size: 2 })
  const baseline = futexBaseline()
  const channel = { type: 'futex' as const, buffer: new SharedArrayBuffer(futexBufferBytes(0)), payloadBytes: 0 }
  try {
    return await compareFigures(
      'Atomics ping-pong (2 threads)',
      async () => mean((await runPingPongPair(pool, channel, { rounds, warmupRounds: 0, timeoutMs: 30_000, clock: systemClock, signal })).roundTripsUs),
      () => baseline.meanUs(rounds),
    )
  } finally {
    await pool.close()
    await baseline.close()
  }
}

/** Spawns are noisy (tens of ms of scheduling on a busy machine): many pairs, medians. */
const SPAWN_ROUNDS = 41

async function spawnCase(name: string, adapter: () => RuntimeAdapter, kind: 'thread' | 'process', entry: string, count: number): Promise<Comparison> {
  const lab = async () => {
    const times: number[] = []
    for (let i = 0; i < count; i++) {
      const { worker, ready } = await startWorker(adapter(), systemClock, signal)
      times.push(ready.spawnMs * 1000)
      await worker.forceStop()
    }
    return mean(times)
  }
  // One spawn per round, lab and baseline alternating: a spawn takes tens of milliseconds, so
  // pairing them closely is what keeps other load from landing on one side only.
  return compareFigures(name, lab, () => spawnBaselineUs(kind, entry, count), SPAWN_ROUNDS, 2)
}

// One pass under `vitest run --config vitest.bench.config.ts` (npm run bench): the comparison does
// its own interleaved rounds rather than tinybench's repeated sampling.
it('micro-experiment figures vs hand-written loops', async () => {
  const payload = makeBytes(64)
  const rows: Comparison[] = []
  rows.push(await echoCase('thread postMessage 64 B', threadRuntime(), threadMessageBaseline(payload), 400))
  rows.push(await echoCase('process IPC 64 B (advanced)', processRuntime('advanced'), processMessageBaseline(payload, 'advanced'), 300))
  rows.push(await futexCase(2000))
  rows.push(await spawnCase('spawn to first message: thread', () => threadRuntime(), 'thread', workerEntries.thread, 1))
  rows.push(await spawnCase('spawn to first message: process', () => processRuntime('advanced'), 'process', workerEntries.process, 1))
  // The noise floor: the same baseline on both sides. A ratio this far from 1 says nothing.
  const thread = () => spawnBaselineUs('thread', workerEntries.thread, 1)
  rows.push(await compareFigures('noise floor: thread spawn A/A', thread, thread, SPAWN_ROUNDS, 2))
  printComparisons('Micro-experiments: lab figure vs minimal hand-written loop (ratio = lab / baseline)', rows)
})
