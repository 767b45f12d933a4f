/**
 * One crash case: a sacrificial host process (src-workers/hazards/crash-host.ts) runs a small pool
 * of the lab's workers of one kind, one of them faults, and what survived is read from what the
 * host said before it ended and from how it ended. Nothing is decided in advance: the verdict
 * follows from the observation (crashVerdict).
 *
 * The host runs in a process group of its own, so that whatever it leaves (a worker process of a
 * host that died) is killed with the group once the case is over; every wait is bounded.
 */
import { fork } from 'node:child_process'
import type { CrashFault, CrashHostConfig, CrashHostMessage, CrashWorkerKind } from '../../../../src-shared/crash-host'
import type { CrashFigures, CrashVerdict } from '../../../../src-shared/crash-report'
import hostEntry from '../../../../src-workers/hazards/crash-host?modulePath'
import { trackChild } from '../../runtimes/live-children'
import { unpackedPath, workerEntries } from '../../runtimes/worker-entries'

export interface CrashCaseSpec {
  kind: CrashWorkerKind
  fault: CrashFault
  siblings: number
  siblingMs: number
  heapLimitMb: number
  timeoutMs: number
  /** Worker entries (tests may pass their own; the lab's by default). */
  entry?: string
  /** Told the host's pid (its process group) once it runs: tests look for leftovers by it. */
  onHost?: (pid: number) => void
}

/** Beyond the host's own deadline: time to start Node and to hear its last words. */
const HOST_SLACK_MS = 5000

/** What survived, decided from the observation alone. */
export function crashVerdict(f: Omit<CrashFigures, 'verdict'>): CrashVerdict {
  if (!f.started || f.timedOut) return 'inconclusive'
  if (!f.host.survived) return 'took-host-down'
  if (f.siblings.completed < f.siblings.total || !f.pool.probeCompleted) return 'harmed-siblings'
  return 'harmed-no-one'
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined || process.platform === 'win32') return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // The group is already empty.
  }
}

export async function runCrashCase(spec: CrashCaseSpec, signal: AbortSignal): Promise<CrashFigures> {
  const config: CrashHostConfig = { kind: spec.kind, entry: spec.entry ?? workerEntries[spec.kind], fault: spec.fault, siblings: spec.siblings, siblingMs: spec.siblingMs, heapLimitMb: spec.heapLimitMb, timeoutMs: spec.timeoutMs }
  const started = Date.now()
  // `ulimit -c 0`: an abort must not leave a core file behind (Unix); the host then execs Node.
  const unix = process.platform !== 'win32'
  const host = trackChild(
    fork(unpackedPath(hostEntry), [JSON.stringify(config)], {
      ...(unix ? { execPath: '/bin/sh', execArgv: ['-c', 'ulimit -c 0; exec "$0" "$@"', process.execPath] } : { execArgv: [] }),
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      detached: unix,
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    }),
  )
  if (host.pid !== undefined) spec.onHost?.(host.pid)
  const messages: CrashHostMessage[] = []
  host.on('message', (m) => messages.push(m as CrashHostMessage))
  host.on('error', () => undefined)
  let timedOut = false
  const stop = () => {
    timedOut = !signal.aborted
    host.kill('SIGKILL')
  }
  const timer = setTimeout(stop, spec.timeoutMs + HOST_SLACK_MS)
  signal.addEventListener('abort', stop, { once: true })
  const exit = await new Promise<{ code: number | null; signal: string | null }>((resolve) => host.once('exit', (code, sig) => resolve({ code, signal: sig })))
  clearTimeout(timer)
  signal.removeEventListener('abort', stop)
  killGroup(host.pid)
  signal.throwIfAborted()

  const fault = messages.find((m) => m.type === 'fault')
  const probe = messages.find((m) => m.type === 'probe')
  const done = messages.some((m) => m.type === 'done')
  const observed: Omit<CrashFigures, 'verdict'> = {
    fault: spec.fault,
    kind: spec.kind,
    started: messages.some((m) => m.type === 'started'),
    timedOut,
    host: { survived: done && exit.code === 0 && exit.signal === null, code: exit.code, signal: exit.signal },
    worker:
      fault === undefined
        ? { outcome: 'unknown' }
        : fault.outcome === 'worker-ended'
          ? { outcome: 'ended', code: fault.code, signal: fault.signal, ...(fault.error ? { error: fault.error.slice(0, 80) } : {}) }
          : { outcome: fault.outcome },
    siblings: { total: spec.siblings, completed: messages.filter((m) => m.type === 'sibling' && m.completed).length },
    pool: { replaced: probe?.replaced ?? false, probeCompleted: probe?.completed ?? false },
    elapsedMs: Date.now() - started,
  }
  return { ...observed, verdict: crashVerdict(observed) }
}
