/**
 * Hand-written baselines: the smallest code that sends a message to a worker and waits for the
 * answer, with no pool, no queue, no protocol. Written as source strings so they load without a
 * build and obviously do nothing else.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'

const THREAD_ECHO = `const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage(m))`
const PROCESS_ECHO = `process.on('message', (m) => process.send(m))`

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
  const file = join(tmpdir(), `conlab-bench-echo-${process.pid}.cjs`)
  writeFileSync(file, PROCESS_ECHO)
  const child: ChildProcess = fork(file, [], { serialization, execArgv: [] })
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
