/** Process checks for "no orphan survives" assertions (Linux /proc, with a portable fallback). */
import { readFileSync, readdirSync } from 'node:fs'

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  // A zombie (exited, not yet reaped) still answers kill(0); it runs nothing, so it counts as gone.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return true
  }
}

/** Waits until every pid is gone; resolves with the ones still alive after `attempts` polls. */
export async function survivors(pids: number[], attempts = 100): Promise<number[]> {
  let alive = pids.filter(isAlive)
  for (let i = 0; i < attempts && alive.length > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    alive = alive.filter(isAlive)
  }
  return alive
}

/** Direct children of a process, from /proc (Linux only; empty elsewhere). */
export function childPidsOf(parent: number): number[] {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return []
  }
  const children: number[] = []
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[1]) === parent) children.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }
  return children
}
