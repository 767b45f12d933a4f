/**
 * Deadlock and livelock from the command line: their flags come from their schemas (one-line
 * errors naming the flag), and the built CLI runs both in bounded time and writes a report with
 * their figures, leaving no process behind.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../src-shared/config'
import { ReportSchema } from '../../src-shared/report'
import { ensureBuilt, runCli, startCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'
import { parseRun } from '../helpers/parse-run'
import { childPidsOf, survivors } from '../helpers/processes'

/** The lock worker processes among a lab's children (their command line names the entry). */
const lockWorkersOf = (lab: number): number[] =>
  childPidsOf(lab).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('lock-role')
    } catch {
      return false
    }
  })

describe('hazard flags', () => {
  it('run the deadlock from its own flags, and refuse values outside the bounds in one line', async () => {
    const command = await parseRun(['--deadlock-workers', '3', '--deadlock-variants', 'ordered,naive'])
    expect(command.configs.map((c) => RunConfigSchema.parse(c).workload)).toMatchObject([{ workload: 'deadlock', workers: 3, variants: ['naive', 'ordered'] }])
    await expect(parseRun(['--deadlock-workers', '9'])).rejects.toThrow(/^--deadlock-workers must be at most/)
    await expect(parseRun(['--livelock-hold-us', '5'])).rejects.toThrow(/^--livelock-hold-us must be at least/)
    await expect(parseRun(['--livelock-variants', 'lol'])).rejects.toThrow(/--livelock-variants must be one of fixed, random; got "lol"/)
  })
})

describe('the built CLI', () => {
  beforeAll(() => ensureBuilt(), 300_000)

  it('conlab run --workload deadlock,livelock finishes and writes a report with both', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'conlab-hazards-cli-'))
    onCleanup(cwd, (d) => rm(d, { recursive: true, force: true }))
    const out = join(cwd, 'hazards.json')
    const args = ['run', '--workload', 'deadlock,livelock', '--deadlock-pairs', '3', '--livelock-duration-ms', '100', '--repeat', '2', '--warmup', '0', '--out', out, '--no-history', '--quiet']
    const result = await runCli(args, cwd)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('Deadlock — workers take two locks each, in a ring')
    expect(result.stdout).toContain('check: the fixed variants never deadlocked ✓')
    expect(result.stdout).toContain('Livelock — two polite workers')
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    expect(report.runs.map((r) => [r.workload, r.runtime, r.status])).toEqual([
      ['deadlock', 'thread', 'completed'],
      ['deadlock', 'process', 'completed'],
      ['livelock', 'thread', 'completed'],
      ['livelock', 'process', 'completed'],
    ])
    // Threads and processes (the engine's lock server) alike: the graph finds every deadlock.
    for (const run of report.runs.slice(0, 2)) expect(run.points.find((p) => p.variant === 'naive')!.deadlock!.foundByGraph).toBe(2)
    for (const run of report.runs.slice(2)) expect(run.points.map((p) => p.variant)).toEqual(['fixed', 'random'])
  })
  // A SIGKILLed lab sends no goodbye: its lock workers must notice (IPC 'disconnect', or their
  // parent changing while the livelock spins) and end on their own.
  it.each([
    // Long repetitions (the ordered ring never deadlocks), so the workers seen are the ones alive at the kill.
    ['deadlock', ['--deadlock-variants', 'ordered', '--deadlock-pairs', '10000', '--deadlock-pause-ms', '50', '--repeat', '2']],
    ['livelock', ['--livelock-variants', 'fixed', '--livelock-duration-ms', '10000', '--repeat', '5']],
  ])('a SIGKILLed lab running the %s on processes leaves none of its worker processes', async (workload, flags) => {
    const cwd = await mkdtemp(join(tmpdir(), 'conlab-hazards-kill-'))
    onCleanup(cwd, (d) => rm(d, { recursive: true, force: true }))
    const { child, done } = startCli(['run', '--workload', workload, '--runtimes', 'process', '--warmup', '0', '--no-history', '--quiet', ...flags], cwd)
    let workers: number[] = []
    for (let i = 0; i < 600 && workers.length < 2 && child.exitCode === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      workers = lockWorkersOf(child.pid!)
    }
    expect(workers.length).toBeGreaterThanOrEqual(2)
    // Let them load and get into their waits (deadlock) or their spin (livelock) before the kill.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    workers = [...new Set([...workers, ...lockWorkersOf(child.pid!)])]
    child.kill('SIGKILL')
    await done
    expect(await survivors(workers)).toEqual([])
  })
})
