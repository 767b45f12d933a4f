/**
 * The sacrificial host of the daemon workload (engine: experiments/daemon-case.ts), and its Node
 * children: one file, whose role is in its one JSON argument.
 * - `host`: starts what it is asked for (a worker thread; a forked child, attached, with its IPC
 *   channel; a detached child, spawned in a process group of its own and unref'd), prints each
 *   pid as one JSON line, prints `ready`, then ends as asked: `process.exit(0)` (Node's normal way
 *   out of a program with live workers), or it waits to be SIGKILLed by the engine.
 * - `child`: does nothing but live. On purpose it has no 'disconnect' handler: a forked child
 *   does not die with its parent unless it is written to (the lab's own workers are).
 * Nothing outlives the lab: every thread and child ends by itself after `lifetimeMs`, and at once
 * when the engine's process is gone (checked every 100 ms: a SIGKILLed engine sends no message,
 * and a child whose host died has been reparented, so its parent says nothing about the engine).
 */
import { fork, spawn } from 'node:child_process'
import { Worker } from 'node:worker_threads'
import type { DaemonChildConfig, DaemonHostConfig, DaemonHostLine, DaemonKind } from '../../src-shared/daemon-report'

const config = JSON.parse(process.argv[2] ?? '{}') as DaemonHostConfig | DaemonChildConfig
const self = process.argv[1] ?? ''
const print = (line: DaemonHostLine, then?: () => void): void => void process.stdout.write(`${JSON.stringify(line)}\n`, then)

function engineGone(enginePid: number): boolean {
  try {
    process.kill(enginePid, 0)
    return false
  } catch (error) {
    // EPERM: it exists (another user's process would be a reused pid; not worth the doubt).
    return (error as NodeJS.ErrnoException).code !== 'EPERM'
  }
}

/** Ends this process after `lifetimeMs`, or as soon as the engine is gone. */
function liveBounded(lifetimeMs: number, enginePid: number): void {
  const end = Date.now() + lifetimeMs
  setInterval(() => {
    if (Date.now() >= end || engineGone(enginePid)) process.exit(0)
  }, 100)
}

/** The worker thread: a timer keeps it busy; it is evaluated code, so no second bundle is needed. */
const THREAD_CODE = `const { parentPort, workerData } = require('node:worker_threads'); setTimeout(() => {}, workerData.lifetimeMs); parentPort.postMessage('up')`

function startThread(): Promise<number> {
  const worker = new Worker(THREAD_CODE, { eval: true, workerData: { lifetimeMs: (config as DaemonHostConfig).lifetimeMs } })
  worker.on('error', () => undefined)
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(process.pid))
    worker.once('exit', () => reject(new Error('worker thread ended before it started')))
  })
}

function childArgs(): string {
  const host = config as DaemonHostConfig
  return JSON.stringify({ role: 'child', lifetimeMs: host.lifetimeMs, enginePid: host.enginePid } satisfies DaemonChildConfig)
}

function startFork(): Promise<number> {
  const child = fork(self, [childArgs()], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] })
  child.on('error', () => undefined)
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child.pid ?? -1))
    child.once('exit', () => reject(new Error('forked child ended before it started')))
  })
}

function startDetached(): Promise<number> {
  // Windows has no process groups: `detached` gives the child a console of its own there.
  const child = spawn(process.execPath, [self, childArgs()], { detached: true, stdio: 'ignore', env: process.env })
  child.unref()
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child.pid ?? -1))
    child.once('error', reject)
  })
}

function start(kind: DaemonKind): Promise<number> {
  switch (kind) {
    case 'worker-thread':
      return startThread()
    case 'fork-child':
      return startFork()
    case 'detached-child':
      return startDetached()
    case 'py-daemon-thread':
    case 'py-thread':
    case 'py-daemon-process':
    case 'py-process':
      return Promise.reject(new Error(`${kind} is started by the CPython host`))
  }
}

async function host(c: DaemonHostConfig): Promise<void> {
  liveBounded(c.lifetimeMs + 1000, c.enginePid)
  for (const kind of c.kinds) {
    try {
      print({ type: 'started', kind, pid: await start(kind) })
    } catch {
      print({ type: 'failed', kind })
    }
  }
  // Normal: the main code is done and the program ends the Node way, whatever still runs in it.
  // SIGKILL: waits for the engine's kill (bounded by liveBounded above).
  print({ type: 'ready', pid: process.pid }, c.exit === 'normal' ? () => process.exit(0) : undefined)
}

if (config.role === 'child') {
  liveBounded(config.lifetimeMs, config.enginePid)
  process.send?.('up')
} else {
  void host(config)
}
