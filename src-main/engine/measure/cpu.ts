/**
 * CPU time and context-switch counters around a measurement. A run on a busy machine shows up as
 * involuntary switches; a run that waits (on messages, on I/O) as voluntary ones.
 */
import { readFileSync } from 'node:fs'
import os from 'node:os'

/** Raw process.cpuUsage() values, in microseconds, for the whole process (every thread of it). */
export interface CpuSnapshot {
  userUs: number
  systemUs: number
}

export interface CpuDelta {
  userMs: number
  systemMs: number
}

export interface SwitchCounters {
  voluntary: number
  involuntary: number
}

export function cpuSnapshot(): CpuSnapshot {
  const { user, system } = process.cpuUsage()
  return { userUs: user, systemUs: system }
}

/**
 * CPU time spent between two snapshots, in ms. Clamped at 0: the counters are monotonic, so a
 * negative value can only mean the snapshots were swapped or came from different processes, and
 * reports reject negative times.
 */
export function cpuDeltaMs(before: CpuSnapshot, after: CpuSnapshot): CpuDelta {
  return {
    userMs: Math.max(0, after.userUs - before.userUs) / 1000,
    systemMs: Math.max(0, after.systemUs - before.systemUs) / 1000,
  }
}

/**
 * Process-wide context switches from getrusage(2). null on Windows: libuv fills these fields only
 * where getrusage exists, so Windows reports zeros, which would read as "no contention".
 */
export function osSwitchCounters(): SwitchCounters | null {
  if (os.platform() === 'win32') return null
  const usage = process.resourceUsage()
  return { voluntary: usage.voluntaryContextSwitches, involuntary: usage.involuntaryContextSwitches }
}

/** Parses the two counters out of a /proc/<pid>/task/<tid>/status text; null if either is missing. */
export function parseSwitchCounters(statusText: string): SwitchCounters | null {
  const voluntary = /^voluntary_ctxt_switches:\s*(\d+)\s*$/m.exec(statusText)?.[1]
  const involuntary = /^nonvoluntary_ctxt_switches:\s*(\d+)\s*$/m.exec(statusText)?.[1]
  if (voluntary === undefined || involuntary === undefined) return null
  return { voluntary: Number(voluntary), involuntary: Number(involuntary) }
}

/**
 * Context switches of the calling thread only (Linux). The read is synchronous on purpose: an async
 * read runs on a libuv pool thread, and /proc/thread-self would then describe that thread instead.
 * null on other platforms, or where /proc is not mounted or readable (some sandboxes).
 */
export function threadSwitchCounters(): SwitchCounters | null {
  if (os.platform() !== 'linux') return null
  try {
    return parseSwitchCounters(readFileSync('/proc/thread-self/status', 'utf8'))
  } catch {
    return null
  }
}
