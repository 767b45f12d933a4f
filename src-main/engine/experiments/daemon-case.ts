/**
 * One round of the daemon workload: a sacrificial host (src-workers/hazards/daemon-host.ts, or
 * src-workers/python/conlab_daemon_host.py) starts its threads and children and prints their pids,
 * then ends: by itself (normal) or by the engine's SIGKILL. `observeMs` after it has ended, every
 * pid it reported is looked at: still alive is a survivor. Then the lab ends every survivor
 * itself, and the host's process group (POSIX), and waits, bounded, until they are gone.
 *
 * How the lab guarantees that none outlives it, whatever happens: the host runs in a process group
 * of its own (killed after each round) and is a tracked child (killed when the engine's process
 * exits by any path); every thread and child ends by itself after `lifetimeMs`, and within 100 ms
 * once the engine's process is gone (a SIGKILLed engine cannot say so; the children look).
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { DaemonExit, DaemonHostConfig, DaemonHostLine, DaemonKind } from '../../../src-shared/daemon-report'
import { trackChild } from '../runtimes/live-children'

export interface DaemonHostCommand {
  command: string
  /** Before the config argument (the host script, interpreter flags). */
  args: string[]
  env: NodeJS.ProcessEnv
}

export interface DaemonRoundSpec {
  host: DaemonHostCommand
  kinds: readonly DaemonKind[]
  exit: DaemonExit
  lifetimeMs: number
  holdMs: number
  observeMs: number
  /** Told every pid as soon as it is known (the host's first): tests look for leftovers by them. */
  onPid?: (pid: number) => void
}

export interface KindSeen {
  pid: number
  survived: boolean
  endedByLab: boolean
}

export interface DaemonRound {
  /** The host printed `ready`: every kind it could start was started. */
  ready: boolean
  /** The host did not end within its bound and was killed: nothing was observed. */
  timedOut: boolean
  /** Host exit after its `ready` (ms). */
  exitDelayMs: number | null
  seen: Map<DaemonKind, KindSeen>
  /** The kinds whose last word ('ended') came: they got to the end of their work. */
  ranToEnd: Set<DaemonKind>
}

/** Beyond a host's own lifetime bound: time to start an interpreter and hear its last words. */
const HOST_SLACK_MS = 5000
/** How long the lab waits for the survivors it killed to be gone. */
const REAP_BOUND_MS = 2000
/** How long the host's last lines may take to arrive after its exit. */
const CLOSE_BOUND_MS = 300

/** Alive and running: a zombie (ended, not yet reaped by whoever adopted it) runs nothing. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    // No /proc (macOS, Windows): kill(0) is the answer.
    return true
  }
}

function kill(pid: number): boolean {
  try {
    process.kill(pid, 'SIGKILL')
    return true
  } catch {
    return false
  }
}

/** POSIX process groups: the host's, and a detached child's own (it leads one). */
function killGroup(pid: number): void {
  if (process.platform !== 'win32') kill(-pid)
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

async function gone(pids: readonly number[], boundMs: number): Promise<void> {
  const until = Date.now() + boundMs
  while (pids.some(pidAlive) && Date.now() < until) await pause(25)
}

export async function runDaemonRound(spec: DaemonRoundSpec, signal: AbortSignal): Promise<DaemonRound> {
  signal.throwIfAborted()
  const config: DaemonHostConfig = { role: 'host', kinds: [...spec.kinds], exit: spec.exit, lifetimeMs: spec.lifetimeMs, holdMs: spec.holdMs, enginePid: process.pid }
  const unix = process.platform !== 'win32'
  const host = trackChild(spawn(spec.host.command, [...spec.host.args, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'ignore'], detached: unix, env: spec.host.env }))
  host.on('error', () => undefined)
  if (host.pid !== undefined) spec.onPid?.(host.pid)
  const started = new Map<DaemonKind, number>()
  const ranToEnd = new Set<DaemonKind>()
  let readyAt: number | undefined
  let timedOut = false
  const lines = createInterface({ input: host.stdout })
  lines.on('line', (text) => {
    let line: DaemonHostLine
    try {
      line = JSON.parse(text) as DaemonHostLine
    } catch {
      return
    }
    if (line.type === 'started' && spec.kinds.includes(line.kind)) {
      started.set(line.kind, line.pid)
      spec.onPid?.(line.pid)
    } else if (line.type === 'ended') {
      ranToEnd.add(line.kind)
    } else if (line.type === 'ready') {
      readyAt = performance.now()
      if (spec.exit === 'sigkill') host.kill('SIGKILL')
    }
  })
  const stop = () => {
    timedOut = !signal.aborted
    host.kill('SIGKILL')
  }
  const timer = setTimeout(stop, spec.lifetimeMs + HOST_SLACK_MS)
  signal.addEventListener('abort', stop, { once: true })
  const closed = new Promise<void>((resolve) => host.once('close', () => resolve()))
  await new Promise<void>((resolve) => host.once('exit', () => resolve()))
  const exitAt = performance.now()
  // The last lines may still be in the pipe; a child that kept a copy of it would hold 'close'
  // for its whole life, so this wait is short and bounded.
  await Promise.race([closed, pause(CLOSE_BOUND_MS)])
  clearTimeout(timer)
  signal.removeEventListener('abort', stop)
  try {
    // A cancelled round counts nothing (the finally below still ends everything it started).
    signal.throwIfAborted()
    if (!timedOut) await pause(spec.observeMs)
    const seen = new Map<DaemonKind, KindSeen>()
    for (const [kind, pid] of started) {
      const survived = pidAlive(pid)
      // The lab's guarantee: a survivor is ended here, not left to its own bound (a detached
      // child leads a process group of its own: whatever it started goes with it).
      if (survived) killGroup(pid)
      seen.set(kind, { pid, survived, endedByLab: survived && kill(pid) })
    }
    return { ready: readyAt !== undefined, timedOut, exitDelayMs: readyAt === undefined ? null : Math.max(0, exitAt - readyAt), seen, ranToEnd }
  } finally {
    // Whatever happened (a cancel included): the host's group and every pid it reported.
    if (host.pid !== undefined) killGroup(host.pid)
    for (const pid of started.values()) if (pid !== host.pid && pidAlive(pid)) kill(pid)
    await gone([...started.values()], REAP_BOUND_MS)
  }
}
