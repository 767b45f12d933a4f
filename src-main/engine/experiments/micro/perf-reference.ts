/**
 * `perf bench sched pipe` as an outside reference for the ping-pong figures: the same two-sided
 * pipe ping-pong written in C by the kernel's own tools (`-T`: between two threads of one process).
 * Optional and bounded: where perf is missing, not Linux, too slow or refusing, the reference is
 * recorded as unavailable with the reason.
 */
import { execFile } from 'node:child_process'
import os from 'node:os'
import type { Reference } from '../../../../src-shared/micro-report'

export interface CommandRunner {
  (file: string, args: string[], options: { timeoutMs: number; signal: AbortSignal }): Promise<{ stdout: string; stderr: string }>
}

export const systemCommandRunner: CommandRunner = (file, args, { timeoutMs, signal }) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, signal, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr: String(stderr) }))
      else resolve({ stdout: String(stdout), stderr: String(stderr) })
    })
  })

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

function whyFailed(error: unknown, timeoutMs: number): string {
  const e = error as NodeJS.ErrnoException & { killed?: boolean; stderr?: string; code?: unknown; signal?: string | null }
  if (e.code === 'ENOENT') return 'perf is not installed (Debian/Ubuntu: apt-get install linux-perf)'
  if (e.killed || e.signal === 'SIGTERM') return `perf did not finish within ${timeoutMs / 1000} s`
  const detail = (e.stderr ?? '').trim().split('\n')[0] || (error instanceof Error ? error.message.split('\n')[0] : String(error))
  return `perf failed${typeof e.code === 'number' ? ` with exit code ${e.code}` : ''}: ${detail}`
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
  const platform = deps.platform()
  if (platform !== 'linux') return { ...base, available: false, reason: `perf bench exists only on Linux; this is ${platform}` }
  try {
    const { stdout } = await deps.run('perf', args, { timeoutMs, signal })
    const parsed = parsePerfPipe(stdout)
    if (!parsed) return { ...base, available: false, reason: `could not read "usecs/op" in perf's output: ${stdout.trim().slice(0, 300)}` }
    return { ...base, available: true, ...parsed }
  } catch (error) {
    signal.throwIfAborted()
    return { ...base, available: false, reason: whyFailed(error, timeoutMs) }
  }
}
