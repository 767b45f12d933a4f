/**
 * Starts and stops the loopback server process. Start waits for the server to listen (or fail,
 * exit, time out, or be cancelled, in which case nothing is left running); stop asks politely,
 * then SIGTERM, then SIGKILL, and resolves only once the process has exited, so that "stopped"
 * means the pid is gone.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { CodedError, message } from '../../../src-shared/engine-message'
import { AbortError } from '../runtimes/errors'
import type { LoopbackServerOptions, ServerToController } from './messages'
import { trackChild } from '../runtimes/live-children'
import { unpackedPath } from '../runtimes/worker-entries'
import serverEntryPath from './server-entry?modulePath'

const serverEntry = unpackedPath(serverEntryPath)

export interface LoopbackServer {
  /** Base URL, e.g. `http://127.0.0.1:41234/payload`. */
  readonly url: string
  readonly pid: number
  /** Idempotent. `served` is what the server reported, null when it had to be killed. */
  stop(): Promise<{ served: number | null }>
}

export interface StartOptions {
  signal?: AbortSignal
  /** The built server entry; tests may point elsewhere. */
  entry?: string
  startTimeoutMs?: number
  stopGraceMs?: number
}

/** What users read when the lab's own server fails, in one place; it names the lab, never a URL. */
export const LOOPBACK_TEXT = {
  couldNotListen: (why: string) => message('loopbackCouldNotListen', { why }),
  notStartedWithin: (ms: number) => message('loopbackNotStarted', { ms }),
  couldNotStart: (why: string) => message('loopbackCouldNotStart', { why }),
  exitedBeforeListening: (how: string | number | null) => message('loopbackExited', { code: String(how) }),
} as const

export class LoopbackStartError extends CodedError {
  override name = 'LoopbackStartError'
}

export async function startLoopbackServer(options: LoopbackServerOptions, start: StartOptions = {}): Promise<LoopbackServer> {
  start.signal?.throwIfAborted()
  // execArgv: [] so that a test runner's or debugger's flags do not follow the server.
  const child = trackChild(fork(start.entry ?? serverEntry, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'json' }))
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    // A process that could not be spawned at all reports `error` and never `exit`.
    child.once('error', () => child.pid === undefined && resolve())
  })
  let served: number | null = null
  child.on('message', (message: ServerToController) => {
    if (message.type === 'stopped') served = message.served
  })

  let port: number
  try {
    port = await waitForListening(child, exited, options, start)
  } catch (error) {
    await kill(child, exited)
    throw error
  }

  const grace = start.stopGraceMs ?? 1000
  let stopping: Promise<{ served: number | null }> | undefined
  return {
    url: `http://127.0.0.1:${port}/payload`,
    pid: child.pid!,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          if (child.connected) child.send({ type: 'stop' })
          if (!(await within(exited, grace))) {
            child.kill('SIGTERM')
            if (!(await within(exited, grace))) child.kill('SIGKILL')
          }
        }
        await exited
        return { served }
      })()
      return stopping
    },
  }
}

function waitForListening(child: ChildProcess, exited: Promise<void>, options: LoopbackServerOptions, start: StartOptions): Promise<number> {
  const limit = start.startTimeoutMs ?? 15_000
  return new Promise<number>((resolve, reject) => {
    let settled = false
    const done = (error: Error | undefined, port?: number) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      start.signal?.removeEventListener('abort', onAbort)
      child.off('message', onMessage)
      if (error) reject(error)
      else resolve(port!)
    }
    const onMessage = (message: ServerToController) => {
      if (message.type === 'listening') done(undefined, message.port)
      else if (message.type === 'failed') done(new LoopbackStartError(LOOPBACK_TEXT.couldNotListen(message.error.message)))
    }
    const onAbort = () => done(new AbortError(start.signal?.reason))
    const timer = setTimeout(() => done(new LoopbackStartError(LOOPBACK_TEXT.notStartedWithin(limit))), limit)
    start.signal?.addEventListener('abort', onAbort, { once: true })
    child.on('message', onMessage)
    child.once('error', (error) => done(new LoopbackStartError(LOOPBACK_TEXT.couldNotStart(error.message))))
    void exited.then(() => done(new LoopbackStartError(LOOPBACK_TEXT.exitedBeforeListening(child.exitCode ?? child.signalCode))))
    // A server that died at once has no channel: its exit, above, tells why.
    if (child.connected) child.send({ type: 'start', options })
  })
}

async function kill(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await exited
}

function within(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer))
}
