/**
 * The I/O and micro-experiment screens each complete a tiny run against the real engine and draw
 * their charts: file I/O and network fetch (throughput, latency, main-async beside the workers),
 * spawn cost, IPC latency, and context switches; and sleep, which has no view of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Settings, configure, finished, openScreen, run } from './form-driver'
import { type WebLab, screenshot, startWebLab } from './web-lab'

let lab: WebLab

beforeAll(async () => {
  lab = await startWebLab()
})
afterAll(async () => {
  await lab?.close()
})

const IO_RUNTIMES = ['main', 'main-async', 'thread', 'process']
const WORKERS = ['thread', 'process']
const quick = { repeat: 1, warmup: 0 }

interface Case {
  workload: string
  settings: Settings
  /** Chart id -> series it must show once the run is done. */
  charts: Record<string, string[]>
}

const CASES: Case[] = [
  {
    workload: 'file-io',
    settings: { workload: { tasks: 2, files: 2, fileSize: 4096, blockSize: 4096 }, runtimes: IO_RUNTIMES, workers: [1, 2], ...quick },
    charts: { throughput: ['main-async', 'thread', 'process'], 'io-latency': ['thread', 'process'], speedup: ['thread', 'process'] },
  },
  {
    workload: 'network-fetch',
    settings: { workload: { tasks: 2, requests: 4, inFlight: 2, payloadSize: 1024, latencyMs: 1 }, runtimes: IO_RUNTIMES, workers: [1, 2], ...quick },
    charts: { throughput: ['main-async', 'thread', 'process'], 'io-latency': ['thread', 'process'] },
  },
  {
    workload: 'spawn',
    settings: { workload: { samples: 2, warmSamples: 10, memoryWorkers: 1 }, runtimes: WORKERS, ...quick },
    charts: { spawn: ['thread', 'process'], memory: ['rss'] },
  },
  {
    workload: 'ipc-latency',
    settings: { workload: { samples: 10, warmup: 0, payloads: '64, 4096', maxMsPerPoint: 200 }, runtimes: WORKERS, ...quick },
    charts: { ipc: ['thread-clone', 'thread-transfer', 'process-json', 'process-advanced'] },
  },
  {
    workload: 'context-switch',
    settings: { workload: { rounds: 100, oversubscription: '1', busyIterations: 100_000, perf: false }, runtimes: WORKERS, ...quick },
    charts: { pingpong: ['thread', 'process'], oversubscription: ['thread-measured', 'process-measured'] },
  },
  {
    // No view of its own: the generic screen, built from the workload's definition.
    workload: 'sleep',
    settings: { workload: { tasks: 2, ms: 2, mode: 'spin' }, runtimes: IO_RUNTIMES, workers: [1, 2], ...quick },
    charts: { speedup: ['main-async', 'thread', 'process'] },
  },
]

describe('experiment screens', () => {
  for (const c of CASES) {
    it(`${c.workload}: a tiny run completes and draws its charts`, async () => {
      const { page } = lab
      const label = `e2e ${c.workload}`
      await openScreen(page, c.workload)
      await configure(page, c.workload, { ...c.settings, label })
      const item = await run(page, c.workload, label)
      expect(await finished(item)).toBe('completed')
      for (const [chart, series] of Object.entries(c.charts)) {
        const drawn = (await page.getByTestId(`chart-${chart}`).getAttribute('data-series'))?.split(',') ?? []
        expect(drawn, `chart ${chart}`).toEqual(expect.arrayContaining(series))
        expect(await page.getByTestId(`explain-${chart}`).innerText()).not.toBe('')
      }
      await page.getByTestId(`form-${c.workload}`).getByTestId(`preset-quick`).scrollIntoViewIfNeeded()
      await screenshot(page, c.workload)
      expect(lab.pageErrors).toEqual([])
    })
  }
})
