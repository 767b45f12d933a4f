/**
 * External programs run in a process group of their own under a watchdog: a timeout, a cancel or
 * a SIGKILL of the lab itself leaves no process of the group alive. The program is a real shell
 * that forks a child which would otherwise hang for minutes (like perf's forked half).
 */
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ExternalProgramError, startProgram } from '../../../src-main/engine/runtimes/external-program'
import { programWatchdogEntry, runProgram } from '../../../src-main/engine/runtimes/run-program'
import { onCleanup } from '../../helpers/cleanup'
import harnessEntry from './fixtures/program-harness?modulePath'

const HANGS = ['-c', 'sleep 300 & sleep 300']

/** Pids whose process group is `pgid`, zombies left out (Linux /proc). */
function groupMembers(pgid: number): number[] {
  const members: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (fields[0] !== 'Z' && Number(fields[2]) === pgid) members.push(Number(entry))
    } catch {
      // Ended while we looked.
    }
  }
  return members
}

async function pollUntil(check: () => boolean, attempts = 200): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return check()
}

/** Kills a group a failed test left behind, so that nothing outlives it. */
function killGroupLater(pgid: number): void {
  onCleanup(pgid, (g) => {
    try {
      process.kill(-g, 'SIGKILL')
    } catch {
      // Gone, as it should be.
    }
  })
}

describe.runIf(process.platform === 'linux')('external programs', () => {
  it('runs a program to its end and returns its output', async () => {
    const out = await runProgram('sh', ['-c', 'echo hello; echo oops >&2'], { timeoutMs: 30_000 })
    expect(out).toEqual({ stdout: 'hello\n', stderr: 'oops\n' })
  })

  it('reports a missing program, a failing one and one ended by a signal', async () => {
    await expect(runProgram('conlab-no-such-program', [], { timeoutMs: 30_000 })).rejects.toMatchObject({ failure: { kind: 'not-found' } })
    await expect(runProgram('sh', ['-c', 'echo bad >&2; exit 3'], { timeoutMs: 30_000 })).rejects.toMatchObject({
      failure: { kind: 'exit-code', code: 3 },
      stderr: 'bad\n',
    })
    await expect(runProgram('sh', ['-c', 'kill -9 $$'], { timeoutMs: 30_000 })).rejects.toMatchObject({ failure: { kind: 'signal', signal: 'SIGKILL' } })
  })

  it('on timeout, kills the whole group, forked children included', async () => {
    const running = startProgram('sh', HANGS, { timeoutMs: 1500, graceMs: 300, watchdogEntry: programWatchdogEntry })
    const pgid = await running.programPid
    killGroupLater(pgid)
    expect(await pollUntil(() => groupMembers(pgid).length >= 2)).toBe(true)
    const error: unknown = await running.done.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ExternalProgramError)
    expect((error as ExternalProgramError).failure).toEqual({ kind: 'timed-out', timeoutMs: 1500 })
    expect(await pollUntil(() => groupMembers(pgid).length === 0)).toBe(true)
  })

  it('on abort, kills the whole group and rejects with AbortError', async () => {
    const controller = new AbortController()
    const running = startProgram('sh', HANGS, { timeoutMs: 120_000, graceMs: 300, signal: controller.signal, watchdogEntry: programWatchdogEntry })
    const pgid = await running.programPid
    killGroupLater(pgid)
    expect(await pollUntil(() => groupMembers(pgid).length >= 2)).toBe(true)
    controller.abort('user pressed cancel')
    await expect(running.done).rejects.toMatchObject({ name: 'AbortError' })
    expect(await pollUntil(() => groupMembers(pgid).length === 0)).toBe(true)
  })

  it('on completion, kills what the program forked and left behind', async () => {
    const running = startProgram('sh', ['-c', 'sleep 300 & echo done'], { timeoutMs: 30_000, watchdogEntry: programWatchdogEntry })
    const pgid = await running.programPid
    killGroupLater(pgid)
    await expect(running.done).resolves.toMatchObject({ stdout: 'done\n' })
    expect(await pollUntil(() => groupMembers(pgid).length === 0)).toBe(true)
  })

  it('when the lab itself is SIGKILLed, the watchdog kills the group', async () => {
    const harness = spawn(process.execPath, [harnessEntry, programWatchdogEntry, 'sh', ...HANGS], { stdio: ['ignore', 'pipe', 'inherit'] })
    onCleanup(harness, (h) => h.kill('SIGKILL'))
    const exited = new Promise((resolve) => harness.once('exit', resolve))
    let out = ''
    harness.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    expect(await pollUntil(() => /started \d+/.test(out))).toBe(true)
    const pgid = Number(/started (\d+)/.exec(out)![1])
    killGroupLater(pgid)
    expect(await pollUntil(() => groupMembers(pgid).length >= 2)).toBe(true)
    harness.kill('SIGKILL')
    await exited
    expect(await pollUntil(() => groupMembers(pgid).length === 0)).toBe(true)
  })

  it.runIf(hasPerf())('stops a real perf bench and the child it forked', async () => {
    const controller = new AbortController()
    const running = startProgram('perf', ['bench', 'sched', 'pipe', '-l', '100000000'], {
      timeoutMs: 120_000,
      graceMs: 300,
      signal: controller.signal,
      watchdogEntry: programWatchdogEntry,
    })
    const pgid = await running.programPid
    killGroupLater(pgid)
    // perf forks its other half of the ping-pong; a perf refused by the kernel may end at once.
    const forked = await pollUntil(() => groupMembers(pgid).length >= 2, 100)
    controller.abort('cancel')
    await running.done.catch(() => undefined)
    if (forked) expect(await pollUntil(() => groupMembers(pgid).length === 0)).toBe(true)
  })
})

function hasPerf(): boolean {
  return process.platform === 'linux' && spawnSync('perf', ['--version'], { stdio: 'ignore', timeout: 10_000 }).status === 0
}
