/**
 * The promises every reliability case checks: text a user sees is clean, no process of a tree
 * outlives it, no temp file is left. Linux /proc for the process tree (as test/helpers/processes).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { expect } from 'vitest'

/** C0 controls but tab and newline, DEL, and C1 controls (U+0080-U+009F, CSI among them). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/
const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m

/** Text for a terminal: no raw control character, no stack trace. */
export function expectCleanText(text: string, what: string): void {
  const bad = RAW_CONTROL.exec(text)
  expect(bad, `${what} holds a raw control character ${bad ? JSON.stringify(bad[0]) : ''}: ${JSON.stringify(text.slice(0, 600))}`).toBeNull()
  expect(STACK_LINE.test(text), `${what} holds a stack trace: ${JSON.stringify(text.slice(0, 600))}`).toBe(false)
}

/** The non-empty lines of a stream. */
export function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '')
}

interface ProcessId {
  pid: number
  /** Start time in clock ticks since boot: a reused pid is another process. */
  start: string
}

function statOf(pid: number): { ppid: number; state: string; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { state: fields[0]!, ppid: Number(fields[1]), start: fields[19]! }
  } catch {
    return undefined
  }
}

/** Every descendant of `root` now (children, their children…). */
export function descendantsOf(root: number): ProcessId[] {
  const byParent = new Map<number, ProcessId[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = statOf(Number(entry))
    if (!stat) continue
    const list = byParent.get(stat.ppid) ?? []
    list.push({ pid: Number(entry), start: stat.start })
    byParent.set(stat.ppid, list)
  }
  const found: ProcessId[] = []
  const queue = [root]
  while (queue.length > 0) {
    for (const child of byParent.get(queue.shift()!) ?? []) {
      found.push(child)
      queue.push(child.pid)
    }
  }
  return found
}

function stillRunning(id: ProcessId): boolean {
  const stat = statOf(id.pid)
  return stat !== undefined && stat.start === id.start && stat.state !== 'Z'
}

/**
 * Snapshots a process's descendants every few tens of milliseconds while it runs, so that what it
 * started (workers, the loopback server, watchdogs, perf and perf's own children) is known even
 * after the root is gone and they were re-parented.
 */
export class TreeWatch {
  private readonly seen = new Map<string, ProcessId>()
  private readonly timer: NodeJS.Timeout
  constructor(private readonly root: number) {
    this.timer = setInterval(() => this.snapshot(), 30)
    this.snapshot()
  }
  snapshot(): void {
    for (const id of descendantsOf(this.root)) this.seen.set(`${id.pid}/${id.start}`, id)
  }
  get count(): number {
    return this.seen.size
  }
  stop(): void {
    clearInterval(this.timer)
  }
  /** The processes seen that are still running after at most `boundMs`. */
  async leftovers(boundMs = 10_000): Promise<number[]> {
    this.stop()
    let alive = [...this.seen.values()].filter(stillRunning)
    for (let waited = 0; alive.length > 0 && waited < boundMs; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      alive = alive.filter(stillRunning)
    }
    return alive.map((id) => id.pid)
  }
  /** Ends whatever is left (after the check failed), so one failing case does not poison the next. */
  killLeft(): void {
    for (const id of this.seen.values()) {
      if (!stillRunning(id)) continue
      try {
        process.kill(id.pid, 'SIGKILL')
      } catch {
        // Gone meanwhile.
      }
    }
  }
}

/** Paths under `dir`, relative, folders included; empty when it does not exist. */
export async function listTree(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true })
    return entries.map(String).sort()
  } catch {
    return []
  }
}

/** Describes a process for a failure message. */
export function describePids(pids: number[]): string {
  return pids
    .map((pid) => {
      try {
        return `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()}`
      } catch {
        return String(pid)
      }
    })
    .join('; ')
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
