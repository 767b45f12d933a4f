/**
 * Family "cancels": the built CLI running each workload is sent SIGINT, SIGTERM, a double SIGINT
 * or SIGKILL at a random moment, start-up included. Checks the exit code, the report promised (or
 * the "cancelled before anything ran" line), that no process of its tree and no temp file is left
 * (after a SIGKILL a file-io folder named after the dead lab may stay, until the next file-io run
 * sweeps it), that stderr is clean, and that nothing hangs.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { constants } from 'node:os'
import { join } from 'node:path'
import { beforeAll, expect } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import type { WorkloadName } from '../../src-shared/workloads'
import { ensureBuilt } from '../helpers/built-cli'
import { describePids, expectCleanText, listTree, TreeWatch, wait } from './checks'
import { type CaseFolders, caseFolders, runConlab, startConlab, tinyRun, WORKLOAD_NAMES } from './cli'
import { family } from './seeded'

beforeAll(() => ensureBuilt(), 120_000)

const SIGNALS = ['SIGINT', 'SIGTERM', 'double-SIGINT', 'SIGKILL'] as const
type Cancel = (typeof SIGNALS)[number]
const RUNTIME_SETS = ['thread,process', 'process', 'main,thread', 'main-async,process'] as const

const BEFORE_ANYTHING = /^Cancelled before anything ran: nothing measured, no report written\.$/m
/** Node boots for a few hundred ms on a busy machine before any handler of the lab can exist. */
const BOOT_WINDOW_MS = 1000
/**
 * What a SIGKILLed lab may leave: folders named after it, which the next run of the workload that
 * makes them sweeps (file I/O's files, context switch's FIFOs, the owner servers' sockets).
 */
const SWEPT_LATER: Array<[RegExp, WorkloadName, string]> = [
  [/^conlab-file-io-\d+-[A-Za-z0-9]{6}$/, 'file-io', 'main'],
  [/^conlab-fifo-\d+-[A-Za-z0-9]{6}$/, 'context-switch', 'process'],
  // The race's owner server keeps its socket in one; the next owner server sweeps it.
  [/^conlab-owner-\d+-[A-Za-z0-9]{6}$/, 'race', 'thread'],
  // Shared-vs-messages' owner processes listen in one; its next run on processes sweeps it.
  [/^conlab-svm-\d+-[A-Za-z0-9]{6}$/, 'shared-vs-messages', 'process'],
  // Priority inversion's lock folder; its next run sweeps it.
  [/^conlab-priority-\d+-[A-Za-z0-9]{6}$/, 'priority-inversion', 'process'],
  // The deadlock's and livelock's lock server on processes keeps its socket in one; the next one sweeps it.
  [/^conlab-locks-\d+-[A-Za-z0-9]{6}$/, 'deadlock', 'process'],
]

interface CancelCase {
  workload: WorkloadName
  cancel: Cancel
  delayMs: number
  secondDelayMs: number
  runtimes: string
  quiet: boolean
}

family<CancelCase>('cancels', {
  // Every workload meets every kind of cancel once; the moments and runtimes are drawn.
  count: WORKLOAD_NAMES.length * SIGNALS.length * 2,
  timeoutMs: 90_000,
  generate: (rng, index) => ({
    workload: WORKLOAD_NAMES[index % WORKLOAD_NAMES.length]!,
    cancel: SIGNALS[Math.floor(index / WORKLOAD_NAMES.length) % SIGNALS.length]!,
    // Two in five during start-up (loading, spawning the first workers), the rest mid-run.
    delayMs: rng.chance(0.4) ? rng.int(0, 600) : rng.int(600, 2000),
    secondDelayMs: rng.int(0, 300),
    runtimes: rng.pick(RUNTIME_SETS),
    quiet: rng.chance(0.5),
  }),
  describe: (c) => `${c.cancel} at ${c.delayMs} ms: ${c.workload} on ${c.runtimes}${c.quiet ? ' --quiet' : ''}`,
  run: async (c) => {
    const folders = await caseFolders('conlab-rel-cancel-')
    try {
      await cancelCase(c, folders)
    } finally {
      await folders.cleanup()
    }
  },
})

async function cancelCase(c: CancelCase, folders: CaseFolders): Promise<void> {
  const out = join(folders.out, 'report.json')
  const args = [...tinyRun(c.workload, c.runtimes), '--out', out, ...(c.quiet ? ['--quiet'] : [])]
  const started = performance.now()
  const { child, done } = startConlab(args, folders)
  const watch = new TreeWatch(child.pid!)
  let sentAt: number | undefined
  try {
    await Promise.race([wait(c.delayMs), done])
    if (child.exitCode === null && child.signalCode === null) {
      sentAt = performance.now() - started
      const first = c.cancel === 'SIGKILL' ? 'SIGKILL' : c.cancel === 'SIGTERM' ? 'SIGTERM' : 'SIGINT'
      child.kill(first)
      if (c.cancel === 'double-SIGINT') {
        await Promise.race([wait(c.secondDelayMs), done])
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT')
      }
    }
    const result = await done
    expect(result.hung, `the CLI hung; stderr: ${result.stderr}`).toBe(false)
    const context = `(signal sent at ${sentAt === undefined ? 'never: it had ended' : `${Math.round(sentAt)} ms`}) code ${result.code} signal ${result.signal}; stderr: ${JSON.stringify(result.stderr)}`

    // No process of its tree outlives it: workers, the loopback server, watchdogs, perf and perf's children.
    const left = await watch.leftovers()
    expect(left, `processes left ${describePids(left)} ${context}`).toEqual([])
    expectCleanText(result.stderr, 'stderr')

    const finishedFirst = sentAt === undefined || (result.code === 0 && result.signal === null)
    if (finishedFirst) {
      expect(result.code, context).toBe(0)
      await expectReport(out, 'completed', context)
      expect(await listTree(folders.tmp), `temp files left ${context}`).toEqual([])
      return
    }
    // What a shell reports: 128 + n for a process ended by signal n. A lab that has taken over the
    // signals exits with that code itself; one ended by the signal (before Node ran a line of it,
    // or a second Ctrl-C after the CLI gave the signals back) is reported the same way.
    const status = result.code ?? 128 + constants.signals[result.signal!]
    const bootKill = result.signal !== null && result.stderr === '' && sentAt !== undefined && sentAt < BOOT_WINDOW_MS
    switch (c.cancel) {
      case 'SIGKILL':
        expect(result.signal, context).toBe('SIGKILL')
        await expectSweptLater(folders)
        return
      case 'SIGINT':
      case 'SIGTERM': {
        expect(status, context).toBe(c.cancel === 'SIGINT' ? 130 : 143)
        if (bootKill || BEFORE_ANYTHING.test(result.stderr)) await expectNothingWritten(folders, out, context)
        else {
          await expectReport(out, 'cancelled', context)
          const saved = (await readdir(folders.history)).filter((name) => name.endsWith('.json'))
          expect(saved, `history entries ${context}`).toHaveLength(1)
        }
        break
      }
      case 'double-SIGINT':
        expect(status, context).toBe(130)
        // Quitting at once promises no report; a report that is there is whole. Like a SIGKILL it
        // may leave a folder named after the lab, which the next run of its kind sweeps.
        if (existsSync(out)) await expectReport(out, 'cancelled', context)
        await expectSweptLater(folders)
        break
    }
    expect(await listTree(folders.tmp), `temp files left ${context}`).toEqual([])
    expect((await readdir(folders.out)).filter((name) => name !== 'report.json'), `files beside the report ${context}`).toEqual([])
  } finally {
    watch.killLeft()
  }
}

async function expectReport(path: string, kind: 'completed' | 'cancelled', context: string): Promise<void> {
  expect(existsSync(path), `no report at ${path} ${context}`).toBe(true)
  const report = ReportSchema.parse(JSON.parse(await readFile(path, 'utf8')))
  const statuses = report.runs.map((run) => run.status)
  if (kind === 'completed') expect(statuses.every((s) => s === 'completed'), `statuses ${statuses.join(',')} ${context}`).toBe(true)
  else {
    // A cancel never reads as a failure: runs are aborted, or finished before it landed.
    expect(statuses.length, `a report with no runs ${context}`).toBeGreaterThan(0)
    expect(statuses.every((s) => s === 'completed' || s === 'aborted'), `statuses ${statuses.join(',')} ${context}`).toBe(true)
  }
}

async function expectNothingWritten(folders: CaseFolders, out: string, context: string): Promise<void> {
  expect(existsSync(out), `a report was written ${context}`).toBe(false)
  expect(await listTree(folders.history), `history written ${context}`).toEqual([])
}

/** After a SIGKILL only folders named after the lab may stay, and the next run of their kind must sweep them. */
async function expectSweptLater(folders: CaseFolders): Promise<void> {
  const left = await readdir(folders.tmp)
  const unexpected = left.filter((name) => !SWEPT_LATER.some(([pattern]) => pattern.test(name)))
  expect(unexpected, 'temp files a SIGKILLed lab left that nothing sweeps').toEqual([])
  for (const [pattern, workload, runtimes] of SWEPT_LATER) {
    if (!left.some((name) => pattern.test(name))) continue
    const next = await runConlab([...tinyRun(workload, runtimes), '--workers', '1', '--no-history', '--quiet', '--json'], folders)
    expect(next.code, `the next ${workload} run: ${next.stderr}`).toBe(0)
  }
  expect(await readdir(folders.tmp), 'left after the next runs').toEqual([])
}
