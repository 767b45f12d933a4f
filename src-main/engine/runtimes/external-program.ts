/**
 * Every external program the lab starts (perf, mkfifo) goes through here. The program leads a
 * process group of its own, started by a small watchdog process (program-watchdog.ts), so that
 * a timeout, a cancel, the program's own end or the engine's exit kill the whole group, children
 * the program forked included; and a SIGKILLed engine, which can kill nothing, still takes the
 * group with it, because the watchdog sees its channel to the engine close. Every wait is bounded.
 * The lab calls it through run-program.ts, which supplies the built watchdog entry.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { CodedError, type EngineMessage, message } from '../../../src-shared/engine-message'
import { assertNever } from '../../../src-shared/protocol'
import { AbortError } from './errors'
import { trackChild } from './live-children'
import type { LabToWatchdog, WatchdogToLab } from './program-messages'

/** Why a program did not end well, for the caller to word in its own terms. */
export type ProgramFailure =
  | { kind: 'not-found' }
  | { kind: 'could-not-start'; message: string }
  | { kind: 'timed-out'; timeoutMs: number }
  | { kind: 'exit-code'; code: number }
  | { kind: 'signal'; signal: string }
  /** The watchdog itself died (killed from outside) before it could report the program's end. */
  | { kind: 'watchdog-lost' }

export const PROGRAM_TEXT = {
  notFound: (file: string) => message('programNotFound', { file }),
  couldNotStart: (file: string, why: string) => message('programCouldNotStart', { file, why }),
  timedOut: (file: string, ms: number) => message('programTimedOut', { file, seconds: ms / 1000 }),
  exitCode: (file: string, code: number) => message('programExitCode', { file, code }),
  signal: (file: string, signal: string) => message('programSignal', { file, signal }),
  watchdogLost: (file: string) => message('programWatchdogLost', { file }),
} as const

export function describeFailure(file: string, failure: ProgramFailure): EngineMessage {
  switch (failure.kind) {
    case 'not-found':
      return PROGRAM_TEXT.notFound(file)
    case 'could-not-start':
      return PROGRAM_TEXT.couldNotStart(file, failure.message)
    case 'timed-out':
      return PROGRAM_TEXT.timedOut(file, failure.timeoutMs)
    case 'exit-code':
      return PROGRAM_TEXT.exitCode(file, failure.code)
    case 'signal':
      return PROGRAM_TEXT.signal(file, failure.signal)
    case 'watchdog-lost':
      return PROGRAM_TEXT.watchdogLost(file)
    default:
      return assertNever(failure, 'program failure')
  }
}

export class ExternalProgramError extends CodedError {
  override name = 'ExternalProgramError'
  constructor(
    readonly file: string,
    readonly failure: ProgramFailure,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(describeFailure(file, failure))
  }
}

export interface ProgramOptions {
  timeoutMs: number
  signal?: AbortSignal
  /** Between SIGTERM and SIGKILL of the group. */
  graceMs?: number
  /** Output kept per stream; the rest is dropped, never a reason to fail. */
  maxOutputBytes?: number
  /** The built program-watchdog.ts (run-program.ts knows where it is). */
  watchdogEntry: string
}

export interface ProgramOutput {
  stdout: string
  stderr: string
}

export interface RunningProgram {
  /** The watchdog's pid (its own group is the engine's). */
  readonly watchdogPid: number | undefined
  /** The program's pid, which is also its process group id; rejects if it never started. */
  readonly programPid: Promise<number>
  /** Resolves on exit code 0; rejects with ExternalProgramError or AbortError, once the group is gone. */
  readonly done: Promise<ProgramOutput>
}

export function startProgram(file: string, args: string[], options: ProgramOptions): RunningProgram {
  const graceMs = options.graceMs ?? 1000
  const cap = options.maxOutputBytes ?? 1024 * 1024
  // execArgv: [] so that a test runner's or debugger's flags do not follow the watchdog.
  const watchdog = fork(options.watchdogEntry, [], { execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'json' })
  let leader: number | undefined
  const killGroupNow = () => {
    if (leader === undefined) return
    try {
      process.kill(process.platform === 'win32' ? leader : -leader, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  // The engine's exit paths kill the group themselves: the watchdog may not outlive them long
  // enough to do it, and SIGKILL cannot be caught by it.
  trackChild({
    kill: () => {
      killGroupNow()
      return watchdog.kill('SIGKILL')
    },
    once: (event: 'exit', listener: () => void) => watchdog.once(event, listener),
  })

  const stdout = collect(watchdog.stdout, cap)
  const stderr = collect(watchdog.stderr, cap)
  let markStarted!: (pid: number) => void
  let failStart!: (error: Error) => void
  const programPid = new Promise<number>((resolve, reject) => ((markStarted = resolve), (failStart = reject)))
  programPid.catch(() => undefined)

  const done = new Promise<ProgramOutput>((resolve, reject) => {
    let failure: ProgramFailure | AbortError | undefined
    let exit: { code: number | null; signal: string | null } | undefined
    let backstop: ReturnType<typeof setTimeout> | undefined
    const stop = (why: ProgramFailure | AbortError) => {
      failure ??= why
      if (watchdog.connected) watchdog.send({ type: 'stop' } satisfies LabToWatchdog)
      // Bounded: a watchdog that does not end the group in time is killed, and the group with it.
      backstop ??= setTimeout(() => (killGroupNow(), watchdog.kill('SIGKILL')), 2 * graceMs + 1000)
    }
    const timer = setTimeout(() => stop({ kind: 'timed-out', timeoutMs: options.timeoutMs }), options.timeoutMs)
    const onAbort = () => stop(new AbortError(options.signal?.reason))
    options.signal?.addEventListener('abort', onAbort, { once: true })
    if (options.signal?.aborted) onAbort()

    watchdog.on('message', (message: WatchdogToLab) => {
      switch (message.type) {
        case 'started':
          leader = message.pid
          markStarted(message.pid)
          return
        case 'spawn-failed':
          failure ??= message.code === 'ENOENT' ? { kind: 'not-found' } : { kind: 'could-not-start', message: message.message }
          return
        case 'exited':
          exit = message
          return
        default:
          assertNever(message, 'message from a program watchdog')
      }
    })
    watchdog.once('error', (error) => {
      // A watchdog that could not be spawned reports `error` and never `exit`.
      if (watchdog.pid === undefined) finish({ kind: 'could-not-start', message: error.message })
    })
    watchdog.once('exit', () => {
      // Output may still sit in the pipes: wait for them, but not forever (a program that put
      // itself in another session could hold them open).
      const closeTimer = setTimeout(() => finish(), graceMs)
      watchdog.once('close', () => (clearTimeout(closeTimer), finish()))
    })

    let finished = false
    function finish(startFailure?: ProgramFailure): void {
      if (finished) return
      finished = true
      clearTimeout(timer)
      clearTimeout(backstop)
      options.signal?.removeEventListener('abort', onAbort)
      watchdog.stdout?.destroy()
      watchdog.stderr?.destroy()
      // A watchdog killed from outside never reported the end: make sure of it ourselves.
      if (!exit) killGroupNow()
      const output = { stdout: stdout(), stderr: stderr() }
      const why = failure ?? startFailure ?? outcomeOf(exit)
      if (leader === undefined) {
        failStart(why instanceof AbortError ? why : new ExternalProgramError(file, why ?? { kind: 'watchdog-lost' }, output.stdout, output.stderr))
      }
      if (why instanceof AbortError) reject(why)
      else if (why) reject(new ExternalProgramError(file, why, output.stdout, output.stderr))
      else resolve(output)
    }

    if (watchdog.connected) watchdog.send({ type: 'start', file, args, graceMs } satisfies LabToWatchdog)
  })
  done.catch(() => undefined)
  return { watchdogPid: watchdog.pid, programPid, done }
}

function outcomeOf(exit: { code: number | null; signal: string | null } | undefined): ProgramFailure | undefined {
  if (!exit) return { kind: 'watchdog-lost' }
  if (exit.code === 0) return undefined
  if (exit.signal) return { kind: 'signal', signal: exit.signal }
  return { kind: 'exit-code', code: exit.code ?? -1 }
}

function collect(stream: ChildProcess['stdout'], cap: number): () => string {
  const chunks: Buffer[] = []
  let size = 0
  stream?.on('data', (chunk: Buffer) => {
    if (size >= cap) return
    chunks.push(chunk.subarray(0, cap - size))
    size += Math.min(chunk.length, cap - size)
  })
  return () => Buffer.concat(chunks).toString('utf8')
}
