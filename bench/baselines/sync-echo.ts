/**
 * Echo thread for bench/sync-primitives.bench.ts: returns each item it receives, either through
 * the lab's shared-memory BlockingQueue pair or through a bare MessagePort, until told to stop.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { BlockingQueue, type QueueHandle } from '../../src-workers/sync'

type EchoData = { mode: 'queue'; inbox: QueueHandle; outbox: QueueHandle } | { mode: 'port' }

const data = workerData as EchoData
if (data.mode === 'queue') {
  const inbox = BlockingQueue.from(data.inbox)
  const outbox = BlockingQueue.from(data.outbox)
  for (;;) {
    const got = inbox.get({ timeoutMs: 60_000 })
    if (got.outcome !== 'ok' || got.value < 0) break
    outbox.put(got.value, { timeoutMs: 60_000 })
  }
} else {
  parentPort?.on('message', (value: number) => {
    if (value < 0) parentPort?.close()
    else parentPort?.postMessage(value)
  })
}
