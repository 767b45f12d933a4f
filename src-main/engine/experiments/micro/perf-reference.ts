/**
 * `perf bench sched pipe` as an outside reference for the ping-pong figures: the same two-sided
 * pipe ping-pong written in C by the kernel's own tools (`-T`: between two threads of one process).
 * Optional and bounded: where perf is missing, not Linux, too slow or refusing, the reference is
 * recorded as unavailable with the reason.
 */
import os from 'node:os'
import type { Reference } from '../../../../src-shared/micro-report'
import { assertNever } from '../../../../src-shared/protocol'
import { type EngineMessage, englishText, message, messageOf, plainText } from '../../../../src-shared/engine-message'
import { ExternalProgramError } from '../../runtimes/external-program'
import { runProgram } from '../../runtimes/run-program'

export interface CommandRunner {
  (file: string, args: string[], options: { timeoutMs: number; signal: AbortSignal }): Promise<{ stdout: string; stderr: string }>
}

/** perf in a process group of its own, under a watchdog: its forked child dies with it (external-program.ts). */
export const systemCommandRunner: CommandRunner = (file, args, { timeoutMs, signal }) => runProgram(file, args, { timeoutMs, signal })

export interface PerfDeps {
  platform(): string
  run: CommandRunner
}

export const systemPerfDeps: PerfDeps = { platform: () => os.platform(), run: systemCommandRunner }

export const PERF_TIMEOUT_MS = 20_000
const NAME = 'perf bench sched pipe'

/** Reads "N usecs/op" and "M ops/sec" from perf's default output. */
export function parsePerfPipe(stdout: string): { usPerOp: number; opsPerSec?: number } | null {
  const us = /([\d.]+)\s+usecs\/op/.exec(stdout)?.[1]
  if (us === undefined || !Number.isFinite(Number(us))) return null
  const ops = /([\d.]+)\s+ops\/sec/.exec(stdout)?.[1]
  return { usPerOp: Number(us), ...(ops !== undefined && Number.isFinite(Number(ops)) ? { opsPerSec: Number(ops) } : {}) }
}

function whyFailed(error: unknown): EngineMessage {
  if (!(error instanceof ExternalProgramError)) return message('perfFailed', undefined, plainText(englishText(messageOf(error)).split('\n')[0] ?? ''))
  const detail = error.stderr.trim().split('\n')[0]
  const failure = error.failure
  switch (failure.kind) {
    case 'not-found':
      return message('perfNotInstalled')
    case 'timed-out':
      return message('perfTimedOut', { seconds: failure.timeoutMs / 1000 })
    case 'exit-code':
    case 'signal':
    case 'could-not-start':
    case 'watchdog-lost':
      return detail ? message('withDetail', { detail }, error.engineMessage) : error.engineMessage
    default:
      return assertNever(failure, 'perf failure')
  }
}

export async function perfSchedPipe(
  variant: 'process' | 'thread',
  loops: number,
  signal: AbortSignal,
  deps: PerfDeps = systemPerfDeps,
  timeoutMs = PERF_TIMEOUT_MS,
): Promise<Reference> {
  const args = ['bench', 'sched', 'pipe', ...(variant === 'thread' ? ['-T'] : []), '-l', String(loops)]
  const command = `perf ${args.join(' ')}`
  const base = { name: NAME, variant, command }
  const unavailable = (m: EngineMessage): Reference => ({ ...base, available: false, reason: englishText(m), reasonMessage: m })
  const platform = deps.platform()
  if (platform !== 'linux') return unavailable(message('perfNotLinux', { platform }))
  try {
    const { stdout } = await deps.run('perf', args, { timeoutMs, signal })
    const parsed = parsePerfPipe(stdout)
    if (!parsed) return unavailable(message('perfUnreadable', { output: stdout.trim().slice(0, 300) }))
    return { ...base, available: true, ...parsed }
  } catch (error) {
    signal.throwIfAborted()
    return unavailable(whyFailed(error))
  }
}
