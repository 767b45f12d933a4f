/**
 * A child-process worker whose parent dies before the worker has even loaded (a SIGKILLed lab
 * during a spawn) exits quietly: no ERR_IPC_CHANNEL_CLOSED stack trace on the user's terminal,
 * and no process left.
 */
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { workerEntries } from '../../src-main/engine/runtimes/worker-entries'
import { onCleanup } from '../helpers/cleanup'
import { survivors } from '../helpers/processes'

/** Forks `count` workers, prints their pids, and SIGKILLs itself at once. */
const HARNESS = `
const { fork } = require('node:child_process')
const { writeSync } = require('node:fs')
for (let i = 0; i < Number(process.argv[2]); i++) {
  const child = fork(process.argv[1], [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  writeSync(1, child.pid + '\\n')
}
process.kill(process.pid, 'SIGKILL')
`

describe('a process worker whose parent is gone', () => {
  it('exits without printing a stack trace', async () => {
    const harness = spawn(process.execPath, ['-e', HARNESS, workerEntries.process, '4'], { stdio: ['ignore', 'pipe', 'pipe'] })
    onCleanup(harness, (h) => h.kill('SIGKILL'))
    let stdout = ''
    let stderr = ''
    harness.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    harness.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // The workers inherit the harness's stderr: it ends once the last of them has exited.
    const ended = await Promise.race([
      new Promise<boolean>((resolve) => harness.stderr.once('end', () => resolve(true))),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
    ])
    const pids = stdout.trim().split('\n').filter(Boolean).map(Number)
    for (const pid of pids) onCleanup(pid, killIfAlive)
    expect(pids).toHaveLength(4)
    expect(ended).toBe(true)
    expect(await survivors(pids)).toEqual([])
    expect(stderr).toBe('')
  })
})

function killIfAlive(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // Gone, as it should be.
  }
}
