/**
 * CPU time of the calling thread. `process.cpuUsage()` sums every thread of the process, so it
 * cannot tell a spinning worker from a sleeping one; on Linux /proc/thread-self/stat has the
 * thread's own user and system time (fields 14 and 15, in clock ticks of 1/100 s on every Linux
 * the lab runs on: USER_HZ is fixed at 100 for user space). Elsewhere: null, and the figures say
 * so (the spin counts remain).
 */
import { readFileSync } from 'node:fs'

const TICK_MS = 10

export function threadCpuMs(): number | null {
  if (process.platform !== 'linux') return null
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    // The command name (field 2) may hold spaces and parentheses: fields are counted after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const user = Number(fields[11])
    const system = Number(fields[12])
    return Number.isFinite(user) && Number.isFinite(system) ? (user + system) * TICK_MS : null
  } catch {
    return null
  }
}

/** CPU used since `before` (null if either reading is missing). */
export const cpuSince = (before: number | null): number | null => {
  const now = threadCpuMs()
  return before === null || now === null ? null : Math.max(0, now - before)
}
