/**
 * Hand-written baselines: the smallest code that sends a message to a worker and waits for the
 * answer, with no pool, no queue, no protocol. Written as source strings so they load without a
 * build and obviously do nothing else.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

/** A committed file rather than one written to the temp folder per run (nothing left behind). */
const ECHO_CHILD = fileURLToPath(new URL('./echo-child.cjs', import.meta.url))

const THREAD_ECHO = `const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage(m))`

export interface Echo {
  roundTrip(message: unknown): Promise<unknown>
  close(): Promise<void>
}

export function threadEcho(): Echo {
  const worker = new Worker(THREAD_ECHO, { eval: true })
  return {
    roundTrip: (message) =>
      new Promise((resolve) => {
        worker.once('message', resolve)
        worker.postMessage(message)
      }),
    close: async () => void (await worker.terminate()),
  }
}

export function processEcho(serialization: 'json' | 'advanced'): Echo {
  const child: ChildProcess = fork(ECHO_CHILD, [], { serialization, execArgv: [] })
  return {
    roundTrip: (message) =>
      new Promise((resolve) => {
        child.once('message', resolve)
        child.send(message as object)
      }),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill()
      }),
  }
}
