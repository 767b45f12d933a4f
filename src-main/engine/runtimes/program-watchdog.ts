/**
 * Entry of a program watchdog (child_process.fork, found via `?modulePath`). It starts one
 * external program as the leader of a new process group, and kills that whole group when the
 * program ends (children it forked and forgot included), when the engine asks, and when the
 * engine is gone: its IPC channel closes even on a SIGKILL of the engine, which Node offers no
 * other way to notice (no parent-death signal). The program writes straight into this process's
 * stdout and stderr, which are pipes read by the engine.
 */
import { spawn } from 'node:child_process'
import { assertNever } from '../../../src-shared/protocol'
import type { LabToWatchdog, WatchdogToLab } from './program-messages'

if (!process.send) throw new Error('program-watchdog must be started by child_process.fork')

const posix = process.platform !== 'win32'
let leader: number | undefined
let graceMs = 1000
let stopping = false

const send = (message: WatchdogToLab, then?: () => void) => {
  if (process.connected) process.send?.(message, undefined, {}, () => then?.())
  else then?.()
}

function signalGroup(signal: NodeJS.Signals): void {
  if (leader === undefined) return
  try {
    // Negative pid: every process of the group, not only the leader.
    process.kill(posix ? -leader : leader, signal)
  } catch {
    // The group is already gone.
  }
}

/** SIGTERM, then SIGKILL after the grace; this process exits once the leader has (see 'exit'). */
function stopGroup(): void {
  if (stopping) return
  stopping = true
  if (leader === undefined) process.exit(0)
  signalGroup('SIGTERM')
  setTimeout(() => {
    signalGroup('SIGKILL')
    // Bounded: a leader that cannot die (uninterruptible sleep) does not keep us waiting forever.
    setTimeout(() => process.exit(0), graceMs).unref()
  }, graceMs).unref()
}

// The engine is gone (crash, SIGKILL) or a signal meant for the whole terminal's group arrived:
// the program lives in another group and would not get it, so pass the stop on.
process.on('disconnect', stopGroup)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stopGroup)
// Loaded asynchronously: the engine may have gone, and 'disconnect' fired, before the line above.
if (!process.connected) process.exit(0)

process.on('message', (raw) => {
  const message = raw as LabToWatchdog
  switch (message.type) {
    case 'start': {
      // No program is started for an engine that is already gone.
      if (leader !== undefined || stopping || !process.connected) return
      graceMs = message.graceMs
      // stdin is this process's own: /dev/null for a plain program, the engine's pipe for an interpreter
      // that is spoken to (python/interpreter-process.ts).
      const child = spawn(message.file, message.args, { stdio: [0, 1, 2], detached: posix })
      child.once('error', (error: NodeJS.ErrnoException) => {
        if (child.pid === undefined) send({ type: 'spawn-failed', code: error.code ?? null, message: error.message }, () => process.exit(0))
      })
      if (child.pid === undefined) return
      leader = child.pid
      child.once('exit', (code, signal) => {
        // Whatever the program forked and left behind goes with it.
        signalGroup('SIGKILL')
        send({ type: 'exited', code, signal }, () => process.exit(0))
      })
      send({ type: 'started', pid: child.pid })
      return
    }
    case 'stop':
      stopGroup()
      return
    default:
      assertNever(message, 'message to a program watchdog')
  }
})
