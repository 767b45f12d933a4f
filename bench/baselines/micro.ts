/**
 * Hand-written baselines for the micro-experiments: the smallest code that measures the same
 * thing as the lab — a message round trip, a futex ping-pong between two threads, a spawn to the
 * first message — with no client, pool, protocol or check. Workers are source strings (eval), so
 * it is plain what they do.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

/** A committed file rather than one written to the temp folder per run (nothing left behind). */
const ECHO_CHILD = fileURLToPath(new URL('./echo-child.cjs', import.meta.url))

const THREAD_ECHO = `const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage(m))`

/** Mean microseconds per round trip of `count` sequential round trips, timed as one loop. */
async function loopMeanUs(count: number, roundTrip: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  for (let i = 0; i < count; i++) await roundTrip()
  return ((performance.now() - t0) * 1000) / count
}

export interface Baseline {
  meanUs(count: number): Promise<number>
  close(): Promise<void>
}

export function threadMessageBaseline(payload: Uint8Array): Baseline {
  const worker = new Worker(THREAD_ECHO, { eval: true })
  const roundTrip = () =>
    new Promise((resolve) => {
      worker.once('message', resolve)
      worker.postMessage(payload)
    })
  return { meanUs: (count) => loopMeanUs(count, roundTrip), close: async () => void (await worker.terminate()) }
}

export function processMessageBaseline(payload: Uint8Array, serialization: 'json' | 'advanced'): Baseline {
  const child: ChildProcess = fork(ECHO_CHILD, [], { serialization, execArgv: [] })
  const roundTrip = () =>
    new Promise((resolve) => {
      child.once('message', resolve)
      child.send(payload)
    })
  return {
    meanUs: (count) => loopMeanUs(count, roundTrip),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill()
      }),
  }
}

// The classic two-state futex ping-pong: 1 = the pong's turn, 0 = the ping's.
const PONG = `
const { parentPort, workerData } = require('node:worker_threads')
const f = new Int32Array(workerData)
parentPort.on('message', (rounds) => {
  for (let i = 0; i < rounds; i++) {
    while (Atomics.load(f, 0) === 0) Atomics.wait(f, 0, 0)
    Atomics.store(f, 0, 0)
    Atomics.notify(f, 0)
  }
})`
const PING = `
const { parentPort, workerData } = require('node:worker_threads')
const f = new Int32Array(workerData)
parentPort.on('message', (rounds) => {
  const t0 = performance.now()
  for (let i = 0; i < rounds; i++) {
    Atomics.store(f, 0, 1)
    Atomics.notify(f, 0)
    while (Atomics.load(f, 0) === 1) Atomics.wait(f, 0, 1)
  }
  parentPort.postMessage(((performance.now() - t0) * 1000) / rounds)
})`

export function futexBaseline(): Baseline {
  const buffer = new SharedArrayBuffer(8)
  const pong = new Worker(PONG, { eval: true, workerData: buffer })
  const ping = new Worker(PING, { eval: true, workerData: buffer })
  return {
    meanUs: (rounds) =>
      new Promise<number>((resolve) => {
        ping.once('message', resolve)
        pong.postMessage(rounds)
        ping.postMessage(rounds)
      }),
    close: async () => void (await Promise.all([ping.terminate(), pong.terminate()])),
  }
}

/** Spawn request to the worker's first message, for `count` spawns in a row; mean microseconds. */
export async function spawnBaselineUs(kind: 'thread' | 'process', entry: string, count: number): Promise<number> {
  let total = 0
  for (let i = 0; i < count; i++) {
    const t0 = performance.now()
    if (kind === 'thread') {
      const worker = new Worker(entry)
      await new Promise((resolve) => worker.once('message', resolve))
      total += performance.now() - t0
      await worker.terminate()
    } else {
      const child = fork(entry, [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
      await new Promise((resolve) => child.once('message', resolve))
      total += performance.now() - t0
      await new Promise((resolve) => {
        child.once('exit', resolve)
        child.kill()
      })
    }
  }
  return (total * 1000) / count
}
