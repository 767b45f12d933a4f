/**
 * One priority-inversion case: three processes on one core (taskset), low and medium priority
 * lowered with nice, high at the engine's own. The low one holds a lock file the high one asks
 * for while the medium one works; the medium's work units that ended while the high one waited
 * are counted (unit end times against the high one's ask and get, one monotonic clock). With
 * inheritance, the engine (the lock's keeper) raises the holder to the waiter's priority the
 * moment the high one asks. Every wait is bounded; every process is killed and the folder
 * removed whatever happens.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { getPriority, setPriority, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PriorityRoleConfig, PriorityRoleMessage } from '../../../../src-shared/priority-role'
import type { PriorityFigures, PriorityVariant } from '../../../../src-shared/priority-report'
import roleEntry from '../../../../src-workers/hazards/priority-role?modulePath'
import { trackChild } from '../../runtimes/live-children'
import { unpackedPath } from '../../runtimes/worker-entries'

export const LOW_NICE = 19
export const MEDIUM_NICE = 10
export const PRIORITY_DIR_PREFIX = 'conlab-priority-'

interface Role {
  child: ChildProcess
  messages: PriorityRoleMessage[]
  next(type: PriorityRoleMessage['type'], until: number): Promise<PriorityRoleMessage | null>
}

/** Starts a role; `prefix` is the command put before Node (taskset, setpriv), if any. */
export function startRole(config: PriorityRoleConfig, prefix: readonly string[] = []): Role {
  const [command, ...args] = prefix
  const child = trackChild(
    fork(unpackedPath(roleEntry), [JSON.stringify(config)], {
      ...(command ? { execPath: command, execArgv: [...args, process.execPath] } : { execArgv: [] }),
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    }),
  )
  const messages: PriorityRoleMessage[] = []
  const waiters = new Set<() => void>()
  child.on('message', (m) => {
    messages.push(m as PriorityRoleMessage)
    for (const w of waiters) w()
  })
  child.on('exit', () => waiters.forEach((w) => w()))
  child.on('error', () => undefined)
  const next = (type: PriorityRoleMessage['type'], until: number) =>
    new Promise<PriorityRoleMessage | null>((resolve) => {
      const look = () => {
        const found = messages.find((m) => m.type === type)
        if (found || child.exitCode !== null || child.signalCode !== null || Date.now() >= until) {
          waiters.delete(look)
          clearTimeout(timer)
          resolve(found ?? null)
        }
      }
      const timer = setTimeout(look, Math.max(0, until - Date.now()))
      waiters.add(look)
      look()
    })
  return { child, messages, next }
}

/** Resolves once `child` has exited, or after `ms` at the most. */
function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** Whether this user may lower a process's priority and raise it back; `prefix` runs the probe as someone else (tests: setpriv). */
export async function probeRights(prefix: readonly string[] = [], timeoutMs = 10_000): Promise<{ canLower: boolean; canRaise: boolean } | null> {
  const role = startRole({ role: 'probe', nice: 0, lockFile: '', stopFile: '', unitSteps: 0, holdUnits: 0, deadlineMs: timeoutMs, enginePid: process.pid }, prefix)
  const answer = await role.next('probe', Date.now() + timeoutMs)
  role.child.kill('SIGKILL')
  return answer?.type === 'probe' ? { canLower: answer.canLower, canRaise: answer.canRaise } : null
}

export interface PriorityCaseSpec {
  variant: PriorityVariant
  cpu: number
  taskset: string
  unitSteps: number
  holdUnits: number
  timeoutMs: number
}

export async function runPriorityCase(spec: PriorityCaseSpec, signal: AbortSignal): Promise<PriorityFigures> {
  const dir = mkdtempSync(join(tmpdir(), `${PRIORITY_DIR_PREFIX}${process.pid}-`))
  const base = { lockFile: join(dir, 'lock'), stopFile: join(dir, 'stop'), unitSteps: spec.unitSteps, holdUnits: spec.holdUnits, deadlineMs: spec.timeoutMs, enginePid: process.pid }
  const pin = [spec.taskset, '-c', String(spec.cpu)]
  const until = Date.now() + spec.timeoutMs + 5000
  const highNice = getPriority()
  const roles: Role[] = []
  const onAbort = () => roles.forEach((r) => r.child.kill('SIGKILL'))
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    const low = startRole({ ...base, role: 'low', nice: LOW_NICE }, pin)
    roles.push(low)
    const held = await low.next('held', until)
    const medium = startRole({ ...base, role: 'medium', nice: MEDIUM_NICE }, pin)
    roles.push(medium)
    const running = held ? await medium.next('running', until) : null
    const high = startRole({ ...base, role: 'high', nice: highNice }, pin)
    roles.push(high)
    let boosted = false
    const asked = running ? await high.next('asking', until) : null
    if (asked && spec.variant === 'inheritance' && low.child.pid !== undefined) {
      try {
        // Priority inheritance: the holder runs at the waiter's priority until it lets go.
        setPriority(low.child.pid, highNice)
        boosted = true
      } catch {
        boosted = false
      }
    }
    const got = asked ? await high.next('got', until) : null
    writeFileSync(base.stopFile, '')
    const units = await medium.next('units', until)
    const released = await low.next('released', until)
    signal.throwIfAborted()
    const ends = units?.type === 'units' ? units.endsNs : []
    const window = got?.type === 'got' ? { from: got.askedNs, to: got.gotNs } : null
    return {
      variant: spec.variant,
      highGotLock: window !== null,
      mediumUnitsWhileHighWaited: window ? ends.filter((t) => t > window.from && t <= window.to).length : 0,
      mediumUnits: ends.length,
      lowUnits: released?.type === 'released' ? released.units : 0,
      boosted,
      nices: { low: LOW_NICE, medium: MEDIUM_NICE, high: highNice },
      cpu: spec.cpu,
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
    for (const r of roles) r.child.kill('SIGKILL')
    // Reaped before the case returns (bounded: a SIGKILLed child is gone within milliseconds), so
    // no role is still listed as the lab's child when the next case or the caller looks.
    await Promise.all(roles.map((r) => exited(r.child, 2000)))
    rmSync(dir, { recursive: true, force: true })
  }
}
