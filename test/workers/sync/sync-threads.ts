/**
 * Starts real worker threads running the sync test kernel (bundled through `?modulePath`, as the
 * app bundles its worker entries), each with its own scenario; resolves with every thread's result.
 * Bounded: a thread that has not answered within `limitMs` fails the test instead of hanging it,
 * and every thread is terminated by the cleanup registry whatever happens.
 */
import { Worker } from 'node:worker_threads'
import { onCleanup } from '../../helpers/cleanup'
import kernelEntry from './fixtures/sync-kernel?modulePath'
import type { KernelResult, Scenario } from './fixtures/sync-kernel'

export function startThreads(scenarios: Scenario[], limitMs = 45_000): Promise<KernelResult[]> {
  return Promise.all(scenarios.map((scenario) => {
    const worker = onCleanup(new Worker(kernelEntry, { workerData: scenario }), (w) => w.terminate())
    return new Promise<KernelResult>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`sync kernel '${scenario.kind}' gave no result within ${limitMs} ms`)), limitMs)
      worker.once('message', (result: KernelResult) => { clearTimeout(timer); resolve(result) })
      worker.once('error', (error) => { clearTimeout(timer); reject(error) })
      worker.once('exit', (code) => { clearTimeout(timer); reject(new Error(`sync kernel '${scenario.kind}' exited (${code}) without a result`)) })
    })
  }))
}

/** Waits (bounded, without blocking the event loop for long) until `stats[4]` reaches `n`. */
export async function whenReady(stats: Int32Array, n: number, limitMs = 30_000): Promise<void> {
  const until = Date.now() + limitMs
  while (Atomics.load(stats, 4) < n) {
    if (Date.now() > until) throw new Error(`only ${Atomics.load(stats, 4)} of ${n} threads got ready`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
