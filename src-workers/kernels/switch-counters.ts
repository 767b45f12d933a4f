/**
 * Context-switch counters as a worker (or the engine) reads them around a piece of work: per thread
 * from Linux's /proc/thread-self/status, per process from getrusage(2). The OS facts come through an
 * injectable source so that a platform without a counter can be tested anywhere, and such a counter
 * is reported as unavailable with its reason, never as 0.
 */
import { readFileSync } from 'node:fs'
import os from 'node:os'
import type { SwitchCount, SwitchCounts } from '../../src-shared/protocol'
import { type EngineMessage, englishText, message } from '../../src-shared/engine-message'

export interface CounterSource {
  platform(): string
  /** The text of /proc/thread-self/status, read synchronously so it describes the calling thread. */
  readThreadStatus(): string
  resourceUsage(): { voluntaryContextSwitches: number; involuntaryContextSwitches: number }
}

export const systemCounterSource: CounterSource = {
  platform: () => os.platform(),
  readThreadStatus: () => readFileSync('/proc/thread-self/status', 'utf8'),
  resourceUsage: () => process.resourceUsage(),
}

/** Parses the two counters out of a /proc/<pid>/task/<tid>/status text; null if either is missing. */
export function parseSwitchCounters(statusText: string): { voluntary: number; involuntary: number } | null {
  const voluntary = /^voluntary_ctxt_switches:\s*(\d+)\s*$/m.exec(statusText)?.[1]
  const involuntary = /^nonvoluntary_ctxt_switches:\s*(\d+)\s*$/m.exec(statusText)?.[1]
  if (voluntary === undefined || involuntary === undefined) return null
  return { voluntary: Number(voluntary), involuntary: Number(involuntary) }
}

const describe = (thrown: unknown): string => (thrown instanceof Error ? thrown.message : String(thrown))

/** The English reason reports have always stored, and its code for a display in another language. */
const unavailable = (reasonMessage: EngineMessage): SwitchCount => ({ available: false, reason: englishText(reasonMessage), reasonMessage })

export function readThreadCount(source: CounterSource): SwitchCount {
  const platform = source.platform()
  if (platform !== 'linux') return unavailable(message('switchesNotLinux', { platform }))
  try {
    const parsed = parseSwitchCounters(source.readThreadStatus())
    return parsed ? { available: true, ...parsed } : unavailable(message('switchesNoLines'))
  } catch (error) {
    return unavailable(message('switchesUnreadable', { why: describe(error) }))
  }
}

export function readProcessCount(source: CounterSource): SwitchCount {
  const platform = source.platform()
  // libuv fills these fields from getrusage(2); Windows has none and Node reports zeros there.
  if (platform === 'win32') return unavailable(message('switchesWindows'))
  const usage = source.resourceUsage()
  return { available: true, voluntary: usage.voluntaryContextSwitches, involuntary: usage.involuntaryContextSwitches }
}

export function readSwitchCounts(source: CounterSource = systemCounterSource): SwitchCounts {
  return { thread: readThreadCount(source), process: readProcessCount(source) }
}

/** after - before; unavailable if either end was (keeping the first reason). */
export function diffCount(before: SwitchCount, after: SwitchCount): SwitchCount {
  if (!before.available) return before
  if (!after.available) return after
  return {
    available: true,
    voluntary: Math.max(0, after.voluntary - before.voluntary),
    involuntary: Math.max(0, after.involuntary - before.involuntary),
  }
}

export function diffSwitchCounts(before: SwitchCounts, after: SwitchCounts): SwitchCounts {
  return { thread: diffCount(before.thread, after.thread), process: diffCount(before.process, after.process) }
}

/** Sum over workers; one unavailable member makes the sum unavailable (a partial sum would mislead). */
export function sumCounts(counts: readonly SwitchCount[]): SwitchCount {
  let voluntary = 0
  let involuntary = 0
  for (const count of counts) {
    if (!count.available) return count
    voluntary += count.voluntary
    involuntary += count.involuntary
  }
  if (counts.length === 0) return unavailable(message('switchesNothing'))
  return { available: true, voluntary, involuntary }
}

/** Runs `work` between two readings of the counters. */
export function countSwitches<T>(work: () => T, source: CounterSource = systemCounterSource): { value: T; switches: SwitchCounts } {
  const before = readSwitchCounts(source)
  const value = work()
  return { value, switches: diffSwitchCounts(before, readSwitchCounts(source)) }
}
