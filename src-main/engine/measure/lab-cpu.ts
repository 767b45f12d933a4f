/**
 * The lab's own CPU time, which the busy signal subtracts from the machine's. On Linux, /proc
 * gives it whole: the engine's process (every thread), its children that have ended (cutime,
 * cstime) and those still alive (their own /proc/<pid>/stat). Elsewhere Node reaches only the
 * engine's process (process.cpuUsage): time in which the lab had children is then not counted.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BUSY_SUBTRACTIONS } from '../../../src-shared/machine-state'
import { childrenNow } from '../runtimes/live-children'

export interface LabCpu {
  /** Cumulative CPU time of what `includes` names, in ms. */
  ms: number
  /** Children of the lab alive now, and started so far (a child may live and die between two looks). */
  childrenAlive: number
  childrenStarted: number
  /** The children's CPU time is in `ms`. */
  childrenIncluded: boolean
}

export interface LabCpuSource {
  read(): LabCpu
  subtracted: (typeof BUSY_SUBTRACTIONS)[number]
}

/** Linux reports /proc times in USER_HZ, 100 on every architecture Node runs on. */
const USER_HZ = 100

/** utime + stime + cutime + cstime of a /proc/<pid>/stat, in ms; null if unreadable. */
export function procStatCpuMs(stat: string): number | null {
  // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // fields[0] is field 3 (state): utime..cstime are fields 14-17.
  const ticks = fields.slice(11, 15).map(Number)
  if (ticks.length !== 4 || !ticks.every((n) => Number.isFinite(n) && n >= 0)) return null
  return (ticks.reduce((a, b) => a + b, 0) * 1000) / USER_HZ
}

function readProc(root: string, pid: number | 'self'): number | null {
  try {
    return procStatCpuMs(readFileSync(join(root, 'proc', String(pid), 'stat'), 'utf8'))
  } catch {
    return null
  }
}

/** Linux: the engine and all its children, read through `root` ('/' on a real machine). */
export function linuxLabCpu(root = '/', children: () => ReturnType<typeof childrenNow> = childrenNow): LabCpuSource {
  return {
    subtracted: 'lab-process-and-children',
    read() {
      const now = children()
      const self = readProc(root, 'self') ?? 0
      // A child that ended since the list was taken is in our cutime already, or will be on the next read.
      const live = now.pids.reduce((sum, pid) => sum + (readProc(root, pid) ?? 0), 0)
      return { ms: self + live, childrenAlive: now.alive, childrenStarted: now.started, childrenIncluded: true }
    },
  }
}

/** macOS, Windows: the engine's process only. */
export function processLabCpu(children: () => ReturnType<typeof childrenNow> = childrenNow): LabCpuSource {
  return {
    subtracted: 'lab-process',
    read() {
      const { user, system } = process.cpuUsage()
      const now = children()
      return { ms: (user + system) / 1000, childrenAlive: now.alive, childrenStarted: now.started, childrenIncluded: false }
    },
  }
}

export function systemLabCpu(): LabCpuSource {
  return process.platform === 'linux' && readProc('/', 'self') !== null ? linuxLabCpu('/') : processLabCpu()
}
