/** `conlab` end to end: the built CLI in a temp dir, with real workers, flags, files and Ctrl-C. */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { onCleanup } from '../helpers/cleanup'
import { ensureBuilt, runCli, startCli, waitForLine } from '../helpers/built-cli'
import { childPidsOf, survivors } from '../helpers/processes'

const small = ['--prime-hi', '1e6', '--workers', '1,2', '--repeat', '2', '--warmup', '0']

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conlab-cli-'))
  return onCleanup(dir, (d) => rm(d, { recursive: true, force: true }))
}

beforeAll(() => ensureBuilt(), 120_000)

describe('conlab run', () => {
  it('prints help listing the flags, exit 0', async () => {
    const result = await runCli(['run', '--help'], await tempDir())
    expect(result.code).toBe(0)
    for (const flag of ['--workload', '--runtimes', '--workers', '--repeat', '--warmup', '--out', '--json', '--quiet']) expect(result.stdout).toContain(flag)
  })

  it.each([
    [['--repeat', 'abc'], /--repeat expects a whole number, got "abc"/],
    [["--workers", "0"], /--workers: must be "auto" or a list of 1 to 32 worker counts/],
    [['--runtimes', 'thread,fibers'], /--runtimes must be one of main, main-async, thread, process/],
    [['--prime-method', 'trial', '--prime-hi', '1e9'], /--prime-hi: trial division is only offered up to/],
    [['--no-such-flag'], /unknown option '--no-such-flag'/],
    [['--workers', '1,,2'], /--workers: "1,,2" has an empty element/],
  ])('rejects %j with a clear message and exit code 2', async (args, message) => {
    const result = await runCli(['run', ...args], await tempDir())
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })

  it('names a mistyped command instead of reading it as an argument of run', async () => {
    const result = await runCli(['exprot', 'report.json'], await tempDir())
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/unknown command 'exprot' \(commands: run, export, compare, history, claims\)/)
  })

  it('runs, prints the table, and writes a valid report to --out', async () => {
    const dir = await tempDir()
    const out = join(dir, 'nested', 'report.json')
    const result = await runCli(['run', ...small, '--out', out], dir)
    expect(result.stderr).not.toMatch(/Error/)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Prime search/)
    expect(result.stdout).toMatch(/speedup/)
    expect(result.stdout).toMatch(/harness overhead/)
    expect(result.stderr).toContain(out)
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    expect(report.runs.map((r) => r.runtime)).toEqual(['main', 'thread', 'process'])
    expect(report.runs.every((r) => r.points.every((p) => p.check.ok && p.check.actual === 78498))).toBe(true)
  })

  it('writes under reports/ by default and prints the path', async () => {
    const dir = await tempDir()
    const result = await runCli(['run', ...small, '--runtimes', 'thread', '--quiet'], dir)
    expect(result.code).toBe(0)
    const files = await readdir(join(dir, 'reports'))
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^conlab-.*\.json$/)
    expect(result.stderr).toContain(join(dir, 'reports', files[0]!))
  })

  it('prints the report as JSON on stdout with --json', async () => {
    const result = await runCli(['run', ...small, '--runtimes', 'main', '--json', '--quiet'], await tempDir())
    expect(result.code).toBe(0)
    expect(ReportSchema.parse(JSON.parse(result.stdout)).runs).toHaveLength(1)
  })

  it('on Ctrl-C: exit 130, partial report marked aborted, no orphan process', async () => {
    const dir = await tempDir()
    const out = join(dir, 'partial.json')
    const { child, done } = startCli(['run', '--prime-hi', '1e9', '--workers', '1,2', '--repeat', '20', '--runtimes', 'process', '--out', out], dir)
    const children = new Set<number>()
    // Wait until the workers exist, then press Ctrl-C.
    while (children.size < 2 && child.exitCode === null) {
      for (const pid of childPidsOf(child.pid!)) children.add(pid)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    child.kill('SIGINT')
    const result = await done
    expect(result.code).toBe(130)
    expect(result.stderr).toMatch(/Cancel/)
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    expect(report.runs[0]!.status).toBe('aborted')
    expect(children.size).toBeGreaterThan(0)
    expect(await survivors([...children])).toEqual([])
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses an --out it cannot write before measuring anything, exit 2, one line', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'afile'), 'not a folder')
    const result = await runCli(['run', ...small, '--out', join(dir, 'afile', 'report.json')], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--out: Cannot create .*afile exists and is not a folder/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stdout).not.toMatch(/Prime search/)
  })

  it('on SIGTERM: cancels like Ctrl-C but exits 143', async () => {
    const dir = await tempDir()
    const out = join(dir, 'terminated.json')
    const { child, done } = startCli(['run', '--prime-hi', '1e9', '--workers', '1', '--repeat', '20', '--runtimes', 'thread', '--out', out], dir)
    // Threads are no child process to wait for: the progress line says when measuring began.
    await waitForLine(child, /\(prime\) on thread/)
    child.kill('SIGTERM')
    const result = await done
    expect(result.code).toBe(143)
    expect(ReportSchema.parse(JSON.parse(await readFile(out, 'utf8'))).runs[0]!.status).toBe('aborted')
  })

  it('a second Ctrl-C quits at once and still leaves no worker process behind', async () => {
    const dir = await tempDir()
    // Trial division in one static chunk per worker: each chunk runs for many seconds.
    const { child, done } = startCli(['run', '--prime-method', 'trial', '--prime-hi', '1e8', '--chunking', 'static', '--workers', '2', '--runtimes', 'process', '--quiet', '--no-history'], dir)
    const children = await waitForChildren(child.pid!, 2, () => child.exitCode !== null)
    child.kill('SIGINT')
    child.kill('SIGINT')
    const result = await done
    expect(result.code).toBe(130)
    expect(await survivors(children)).toEqual([])
  })
})

/** Polls until `parent` has at least `count` child processes; with 0, just lets the run start. */
async function waitForChildren(parent: number, count: number, gone: () => boolean): Promise<number[]> {
  const seen = new Set<number>()
  // With no child process to wait for (threads), give the run a moment to start measuring.
  for (let i = 0; i < (count === 0 ? 20 : 400) && !gone(); i++) {
    for (const pid of childPidsOf(parent)) seen.add(pid)
    if (count > 0 && seen.size >= count) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return [...seen]
}
