/**
 * LabService on a temp history folder, with the real report modules, plus the small suites the
 * front-door tests run: tiny prime searches that finish in moments, and a long one to cancel.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SuiteEvent } from '../../src-shared/api'
import { RUNTIME_NAMES, type RunConfigInput } from '../../src-shared/config'
import type { RunEvent } from '../../src-shared/events'
import { createReportPorts } from '../../src-main/engine/lab-report-ports'
import type { LabServiceOptions } from '../../src-main/engine/lab-ports'
import { LabService } from '../../src-main/engine/lab-service'
import { onCleanup } from './cleanup'

/** Every runtime a front door offers under plain Node (no Electron utility process). */
export const NODE_RUNTIMES = RUNTIME_NAMES.filter((name) => name !== 'utility')

export const tinySuite = (runtime: 'thread' | 'process' | 'main' = 'thread'): RunConfigInput[] => [
  { workload: { workload: 'prime', hi: 100_000 }, runtimes: [runtime], workers: [1], repeat: 1, warmup: 0 },
]

/** Minutes of work if nobody cancels it; pi(10^9) is published, so no reference count is computed first. */
export const longSuite = (runtime: 'thread' | 'process' = 'process'): RunConfigInput[] => [
  { workload: { workload: 'prime', hi: 1_000_000_000 }, runtimes: [runtime], workers: [1], repeat: 100, warmup: 0 },
]

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return onCleanup(dir, (d) => rm(d, { recursive: true, force: true }))
}

export async function newLabService(extra: Partial<LabServiceOptions> = {}): Promise<LabService> {
  const historyDir = await tempDir('conlab-history-')
  const service = new LabService({ ...createReportPorts(historyDir), ...extra })
  return onCleanup(service, (s) => s.dispose())
}

/** Resolves with the first event of a suite that matches. */
export function nextEvent(
  subscribe: (listener: (event: SuiteEvent) => void) => () => void,
  match: (event: SuiteEvent) => boolean,
): Promise<SuiteEvent> {
  return new Promise((resolve) => {
    const unsubscribe = subscribe((event) => {
      if (!match(event)) return
      unsubscribe()
      resolve(event)
    })
  })
}

export const isType =
  <T extends RunEvent['type']>(suiteId: string, type: T) =>
  (e: SuiteEvent): boolean =>
    e.suiteId === suiteId && e.event.type === type
