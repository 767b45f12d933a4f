/**
 * The network-fetch workload through the whole engine against a real loopback server process:
 * verified bodies on every runtime, the server's pid gone after success, cancel and a worker
 * crash, and clear errors within their bound for a user URL that is malformed, unreachable or slow.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import type { RunConfigInput } from '../../../src-shared/config'
import type { RunEvent } from '../../../src-shared/events'
import { ReportSchema } from '../../../src-shared/report'
import { ConfigError, parseRunConfigs, runSuite } from '../../../src-main/engine/session'
import { onCleanup } from '../../helpers/cleanup'
import { survivors } from '../../helpers/processes'
import { childrenRunning, crashWorkersHoldingTasks } from './io-helpers'

function config(overrides: Partial<RunConfigInput> = {}, workload: Record<string, unknown> = {}): RunConfigInput {
  return {
    workload: { workload: 'network-fetch', tasks: 4, requests: 6, inFlight: 2, payloadSize: 4096, latencyMs: 2, jitterMs: 2, ...workload },
    runtimes: ['main-async', 'thread', 'process'],
    workers: [1, 2],
    repeat: 2,
    warmup: 0,
    ...overrides,
  } as RunConfigInput
}

/** Records the loopback server's pid as soon as the first measured repetition starts. */
function serverWatcher(): { pids: number[]; onEvent(event: RunEvent): void } {
  const pids: number[] = []
  return {
    pids,
    onEvent(event) {
      if (event.type === 'progress' && event.progress.phase === 'measure' && pids.length === 0) pids.push(...childrenRunning('server-entry'))
    },
  }
}

async function silentServer(): Promise<string> {
  const server = http.createServer(() => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onCleanup(server, (s) => new Promise((resolve) => (s.closeAllConnections(), s.close(resolve))))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`
}

describe('network-fetch workload', () => {
  it('verifies every body on main-async, thread and process, records the figures, and stops the server', async () => {
    const watch = serverWatcher()
    const report = await runSuite([config()], { onEvent: watch.onEvent })
    expect(() => ReportSchema.parse(report)).not.toThrow()
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([
      ['main-async', 'completed'],
      ['thread', 'completed'],
      ['process', 'completed'],
    ])
    for (const run of report.runs) {
      for (const point of run.points) {
        expect(point.check).toEqual({ expected: 24 * 4096, actual: 24 * 4096, ok: true, source: 'checksum' })
        expect(point.throughput?.unit).toBe('requests/s')
        expect(point.throughput!.value).toBeGreaterThan(0)
        expect(point.latencyUs?.count).toBe(48)
        expect(point.uvThreadpoolSize).toBeGreaterThanOrEqual(1)
      }
    }
    expect(watch.pids).toHaveLength(1)
    expect(await survivors(watch.pids, 0)).toEqual([])
  })

  it('stops the server when cancelled mid-run', async () => {
    const watch = serverWatcher()
    const controller = new AbortController()
    const report = await runSuite([config({ runtimes: ['thread'] }, { latencyMs: 20 })], {
      signal: controller.signal,
      onEvent: (event) => {
        watch.onEvent(event)
        if (event.type === 'progress' && event.progress.phase === 'measure') setImmediate(() => controller.abort('test cancel'))
      },
    })
    expect(report.runs[0]!.status).toBe('aborted')
    expect(watch.pids).toHaveLength(1)
    expect(await survivors(watch.pids, 0)).toEqual([])
  })

  it('fails the run and stops the server when the workers crash mid-task', async () => {
    const watch = serverWatcher()
    const crashed: number[] = []
    const report = await runSuite([config({ runtimes: ['process'] }, { latencyMs: 20 })], {
      onEvent: (event) => {
        watch.onEvent(event)
        if (event.type === 'progress' && event.progress.phase === 'measure' && crashed.length === 0) crashed.push(...crashWorkersHoldingTasks())
      },
    })
    expect(report.runs[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/exited unexpectedly/) })
    expect(watch.pids).toHaveLength(1)
    expect(await survivors([...watch.pids, ...crashed])).toEqual([])
  })

  it('rejects a malformed URL when the configuration is read', () => {
    for (const url of ['not a url', 'ftp://127.0.0.1/file', 'http//127.0.0.1']) {
      expect(() => parseRunConfigs([config({}, { url })])).toThrow(ConfigError)
      expect(() => parseRunConfigs([config({}, { url })])).toThrow(/workload\.url: url must be an absolute http:\/\/ or https:\/\/ URL/)
    }
    expect(() => parseRunConfigs([config({}, { url: 'http://127.0.0.1/', tasks: 20, requests: 20 })])).toThrow(/at or below 200 per repetition/)
  })

  it('fails clearly, before any runtime starts, on an unreachable URL (a closed loopback port)', async () => {
    const probe = http.createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const port = (probe.address() as AddressInfo).port
    await new Promise((resolve) => probe.close(resolve))
    const report = await runSuite([config({ runtimes: ['thread', 'process'] }, { url: `http://127.0.0.1:${port}/x` })])
    expect(report.runs.map((r) => r.status)).toEqual(['failed', 'failed'])
    expect(report.runs[0]!.error).toBe(
      `Could not prepare the workload: http://127.0.0.1:${port}/x cannot be measured: could not connect to http://127.0.0.1:${port}/x: connection refused (nothing listens on that port)`,
    )
  })

  it('fails clearly within its bound on a server that never answers', async () => {
    const url = await silentServer()
    const report = await runSuite([config({ runtimes: ['main-async'] }, { url, requestTimeoutMs: 300 })])
    expect(report.runs[0]!.status).toBe('failed')
    expect(report.runs[0]!.error).toMatch(/slow cannot be measured: no complete answer from http:\/\/127\.0\.0\.1:\d+\/slow within 300 ms/)
  }, 20_000)

  it('measures a user URL that answers, checking what it can (status and length)', async () => {
    const server = http.createServer((_, res) => res.end('hello'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    onCleanup(server, (s) => new Promise((resolve) => (s.closeAllConnections(), s.close(resolve))))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hello`
    const report = await runSuite([config({ runtimes: ['main-async'], workers: [2] }, { url })])
    expect(report.runs[0]!.status).toBe('completed')
    expect(report.runs[0]!.points[0]!.check).toEqual({ expected: null, actual: 24 * 5, ok: true, source: 'none' })
  })
})
