/**
 * One Python interpreter, spoken to over its stdio (src-shared/protocol-python.ts), started like
 * every external program of the lab: as the leader of a process group of its own under a program
 * watchdog (program-watchdog.ts), whose stdin, stdout and stderr it shares. So a stop, the
 * engine's exit and even a SIGKILLed engine (the watchdog sees its channel close) take the whole
 * group, the pool processes `multiprocessing` started included. Every wait is bounded.
 */
import { fork } from 'node:child_process'
import type { LabToPython, PythonToLab } from '../../../../src-shared/protocol-python'
import { assertNever } from '../../../../src-shared/protocol'
import { trackChild } from '../live-children'
import type { LabToWatchdog, WatchdogToLab } from '../program-messages'

/** A line longer than this is not a message of ours: the stream is treated as broken. */
const MAX_LINE_BYTES = 64 * 1024 * 1024
const STDERR_TAIL_BYTES = 8 * 1024

export type InterpreterEnd =
  | { kind: 'exited'; code: number | null; signal: string | null }
  | { kind: 'could-not-start'; message: string }
  | { kind: 'protocol'; detail: string }

export interface InterpreterProcess {
  /** The interpreter's pid, which is also its process group id, once it has started. */
  readonly pid: number | undefined
  send(message: LabToPython): void
  /** Resolves once the interpreter and its group are gone, saying how it ended. */
  readonly ended: Promise<InterpreterEnd>
  /** What it wrote on stderr last (a traceback, a fault's words), for a crash's message. */
  stderrTail(): string
  /** SIGTERM to the group, SIGKILL after the grace; `ended` resolves once it is gone. */
  stop(): void
}

export interface InterpreterOptions {
  watchdogEntry: string
  onMessage(message: PythonToLab): void
  graceMs?: number
  env?: NodeJS.ProcessEnv
}

export function startInterpreter(command: string, args: string[], options: InterpreterOptions): InterpreterProcess {
  const graceMs = options.graceMs ?? 1000
  const watchdog = fork(options.watchdogEntry, [], { execArgv: [], stdio: ['pipe', 'pipe', 'pipe', 'ipc'], serialization: 'json', ...(options.env ? { env: options.env } : {}) })
  let leader: number | undefined
  let end: InterpreterEnd | undefined
  let backstop: ReturnType<typeof setTimeout> | undefined
  const killGroupNow = () => {
    if (leader === undefined) return
    try {
      process.kill(process.platform === 'win32' ? leader : -leader, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  trackChild({ pid: watchdog.pid, kill: () => (killGroupNow(), watchdog.kill('SIGKILL')), once: (event: 'exit', listener: () => void) => watchdog.once(event, listener) })

  const stop = () => {
    if (watchdog.connected) watchdog.send({ type: 'stop' } satisfies LabToWatchdog)
    // Bounded: a watchdog that does not end the group in time is killed, and the group with it.
    backstop ??= setTimeout(() => (killGroupNow(), watchdog.kill('SIGKILL')), 2 * graceMs + 1000)
  }
  const fail = (why: InterpreterEnd) => {
    end ??= why
    stop()
  }

  let tail = ''
  watchdog.stderr?.setEncoding('utf8')
  watchdog.stderr?.on('data', (chunk: string) => (tail = (tail + chunk).slice(-STDERR_TAIL_BYTES)))
  watchdog.stdin?.on('error', () => undefined)
  let pending = ''
  watchdog.stdout?.setEncoding('utf8')
  watchdog.stdout?.on('data', (chunk: string) => {
    pending += chunk
    if (pending.length > MAX_LINE_BYTES) return fail({ kind: 'protocol', detail: `a line longer than ${MAX_LINE_BYTES} bytes` })
    let newline: number
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline)
      pending = pending.slice(newline + 1)
      let parsed: unknown
      try {
        parsed = JSON.parse(line)
      } catch {
        return fail({ kind: 'protocol', detail: `not JSON: ${line.slice(0, 120)}` })
      }
      if (typeof parsed !== 'object' || parsed === null || !('type' in parsed)) return fail({ kind: 'protocol', detail: `no message type: ${line.slice(0, 120)}` })
      options.onMessage(parsed as PythonToLab)
    }
  })

  const ended = new Promise<InterpreterEnd>((resolve) => {
    watchdog.on('message', (message: WatchdogToLab) => {
      switch (message.type) {
        case 'started':
          leader = message.pid
          return
        case 'spawn-failed':
          end ??= { kind: 'could-not-start', message: message.message }
          return
        case 'exited':
          end ??= { kind: 'exited', code: message.code, signal: message.signal }
          return
        default:
          assertNever(message, 'message from a program watchdog')
      }
    })
    watchdog.once('error', (error) => {
      if (watchdog.pid !== undefined) return
      end ??= { kind: 'could-not-start', message: error.message }
      resolve(end)
    })
    watchdog.once('exit', (code, signal) => {
      clearTimeout(backstop)
      // A watchdog killed from outside never reported the end: make sure of it ourselves.
      killGroupNow()
      // Whatever stderr still holds explains the end: wait for the pipes, but not forever.
      const closeTimer = setTimeout(done, graceMs)
      watchdog.once('close', () => (clearTimeout(closeTimer), done()))
      function done(): void {
        watchdog.stdout?.destroy()
        watchdog.stderr?.destroy()
        watchdog.stdin?.destroy()
        resolve((end ??= { kind: 'exited', code, signal }))
      }
    })
  })
  if (watchdog.connected) watchdog.send({ type: 'start', file: command, args, graceMs } satisfies LabToWatchdog)

  return {
    get pid() {
      return leader
    },
    send(message) {
      if (watchdog.stdin?.writable) watchdog.stdin.write(`${JSON.stringify(message)}\n`)
    },
    ended,
    stderrTail: () => tail,
    stop,
  }
}
