/**
 * What the report records about the machine, so figures from two laptops are never compared
 * without knowing what each one was.
 */
import os from 'node:os'
import type { Machine } from '../../../src-shared/report'
import { LAB_VERSION } from './lab-version'

/** Versions the main process knows but a plain Node process can't see (e.g. passed from Electron). */
export interface MachineExtra {
  electron?: string
  chrome?: string
}

/** The schema caps string lengths; clip rather than produce a report nobody can write. */
function clip(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value
}

function optionalVersion(value: string | undefined): { value: string } | null {
  return value === undefined || value === '' ? null : { value: clip(value, 40) }
}

export function describeMachine(extra: MachineExtra = {}): Machine {
  // cpus() is empty in some containers and on some ARM boards; availableParallelism() still answers.
  const cpus = os.cpus()
  const parallelism = Math.max(1, os.availableParallelism())
  const cpuModel = cpus[0]?.model.trim() || 'unknown'
  const platform = os.platform()

  const electron = optionalVersion(process.versions.electron ?? extra.electron)
  const chrome = optionalVersion(process.versions.chrome ?? extra.chrome)

  const machine: Machine = {
    cpuModel: clip(cpuModel, 300),
    logicalCores: cpus.length > 0 ? cpus.length : parallelism,
    availableParallelism: parallelism,
    totalMemoryBytes: os.totalmem(),
    os: clip(`${os.type()} ${os.release()}`, 200),
    platform: clip(platform, 40),
    arch: clip(os.arch(), 40),
    hostname: clip(os.hostname(), 200),
    versions: {
      node: clip(process.versions.node, 40),
      v8: clip(process.versions.v8, 40),
      ...(electron ? { electron: electron.value } : {}),
      ...(chrome ? { chrome: chrome.value } : {}),
      lab: clip(LAB_VERSION, 40),
    },
  }
  // Windows returns [0, 0, 0], which would claim an idle machine; leave it out instead.
  if (platform !== 'win32') {
    machine.loadAverage = os.loadavg().map((n) => (Number.isFinite(n) && n > 0 ? n : 0))
  }
  return machine
}
