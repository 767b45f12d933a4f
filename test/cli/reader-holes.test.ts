/**
 * Issue 11, holes 2, 3, 4, 6 and 7, through the built CLI as a user runs it: real FIFOs, link
 * loops, device files and report files in temp dirs, real signals. Every process is bounded by a
 * timeout and killed in cleanup, so a regression shows as a failure, never as a hung suite.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeMachine, makeReport, makeRun } from '../fixtures/report-fixture'
import { onCleanup } from '../helpers/cleanup'
import { type CliResult, ensureBuilt, startCli } from '../helpers/built-cli'

beforeAll(() => ensureBuilt(), 120_000)

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conlab-holes-'))
  return onCleanup(dir, (d) => rm(d, { recursive: true, force: true }))
}

/** The CLI, killed (SIGKILL) if it is still running after `ms`: a hang fails the test, not the suite. */
function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, ms = 20_000): Promise<CliResult & { timedOut: boolean }> {
  const { child, done } = startCli(args, cwd, env)
  onCleanup(child, (c) => c.exitCode === null && c.signalCode === null && c.kill('SIGKILL'))
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, ms)
  return done.then((result) => {
    clearTimeout(timer)
    return { ...result, timedOut }
  })
}

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u202eevil'
const small = ['--prime-hi', '1e5', '--workers', '1', '--repeat', '1', '--warmup', '0', '--runtimes', 'main', '--quiet']

describe('hole 2: a FIFO or device never hangs export or compare', () => {
  it('export of a FIFO ends at once with one line and exit 1', async () => {
    const dir = await tempDir()
    execFileSync('mkfifo', [join(dir, 'f.json')])
    const result = await cli(['export', 'f.json', '--format', 'md', '--out', '-'], dir, {}, 15_000)
    expect(result.timedOut).toBe(false)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`conlab export: ${join(dir, 'f.json')}: is a named pipe (FIFO), not a report file\n`)
  })

  it('compare of a FIFO and a character device leaves both out without opening them', async () => {
    const dir = await tempDir()
    execFileSync('mkfifo', [join(dir, 'f.json')])
    await writeFile(join(dir, 'a.json'), JSON.stringify(makeReport({ label: 'a' })))
    const result = await cli(['compare', 'a.json', 'f.json', '/dev/zero'], dir, {}, 15_000)
    expect(result.timedOut).toBe(false)
    expect(result.stderr).toMatch(/left out f\.json: is a named pipe \(FIFO\)/)
    expect(result.stderr).toMatch(/left out \/dev\/zero: is a device/)
  })
})

describe('hole 3: nothing from a file drives the terminal', () => {
  it('compare table, history list and history show escape labels, CPU models and titles', async () => {
    const dir = await tempDir()
    const hostile = makeReport({ label: `lab${HOSTILE}`, machine: makeMachine({ cpuModel: `cpu${HOSTILE}` }) })
    await writeFile(join(dir, 'a.json'), JSON.stringify(hostile))
    await writeFile(join(dir, 'b.json'), JSON.stringify(makeReport({ label: 'b' })))
    const compared = await cli(['compare', 'a.json', 'b.json'], dir)
    expect(compared.code).toBe(0)
    expect(compared.stdout).toContain('lab\\u001b]0;pwned\\u0007\\u001b[2J\\u202eevil')
    expect(compared.stdout).not.toMatch(RAW_CONTROL)

    const history = join(dir, 'history')
    await mkdir(history)
    await writeFile(join(history, '20240101-000002-000-abcdef.json'), JSON.stringify(hostile))
    const env = { CONLAB_HISTORY_DIR: history }
    const list = await cli(['history', 'list'], dir, env)
    expect(list.code).toBe(0)
    expect(list.stdout).toContain('\\u001b[2J')
    expect(list.stdout).not.toMatch(RAW_CONTROL)
    for (const args of [['history', 'show', '20240101-000002-000-abcdef'], ['history', 'show', '20240101-000002-000-abcdef', '--json']]) {
      const shown = await cli(args, dir, env)
      expect(shown.code).toBe(0)
      expect(shown.stdout).not.toMatch(RAW_CONTROL)
    }
  })

  it('a JSON syntax error names the position, never the file bytes', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'bad.json'), `{"a": x${HOSTILE}\n\u0000binary\u0007`)
    const result = await cli(['export', 'bad.json', '--format', 'md', '--out', '-'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).not.toMatch(RAW_CONTROL)
    expect(result.stderr).not.toContain('pwned')
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('hole 7: compare leaves out what it cannot read and compares the rest', () => {
  it('a link loop, /proc/self/mem and a folder are left out with one line each; exit 1', async () => {
    const dir = await tempDir()
    await symlink('loop2', join(dir, 'loop1'))
    await symlink('loop1', join(dir, 'loop2'))
    await writeFile(join(dir, 'a.json'), JSON.stringify(makeReport({ label: 'alpha' })))
    await writeFile(join(dir, 'b.json'), JSON.stringify(makeReport({ label: 'beta' })))
    const result = await cli(['compare', 'a.json', 'loop1', '/proc/self/mem', 'b.json', dir], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/alpha/)
    expect(result.stdout).toMatch(/beta/)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/left out loop1: too many levels of symbolic links/)
    expect(lines[1]).toMatch(/left out \/proc\/self\/mem: could not be read/)
    expect(lines[2]).toMatch(/left out .*: is a folder/)
  })

  it('with fewer than two readable reports: a clear message and exit 1', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a.json'), JSON.stringify(makeReport()))
    const result = await cli(['compare', 'a.json', '/proc/self/mem'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/comparing needs at least two reports, got 1 \(1 of 2 could not be read\)/)
  })

  it('refuses absurd numbers and strings the schema lets through', async () => {
    const dir = await tempDir()
    const run = makeRun()
    const huge = { ...run, points: [{ ...run.points[0]!, latencyUs: { p50: 1e308, p90: 1, p99: 1, max: 1, mean: 1, count: 1 } }] }
    await writeFile(join(dir, 'latency.json'), JSON.stringify(makeReport({ runs: [huge] })))
    await writeFile(join(dir, 'date.json'), JSON.stringify(makeReport({ createdAt: 'x'.repeat(10 * 1024 * 1024) })))
    for (const [file, message] of [['latency.json', /runs\.0\.points\.0\.latencyUs\.p50: 1e\+308 is not a plausible/], ['date.json', /createdAt: .*(not plausible|not a date)/]] as const) {
      const result = await cli(['export', file, '--format', 'md', '--out', '-'], dir)
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(message)
      expect(result.stderr.length).toBeLessThan(1000)
    }
  })
})

describe('hole 4: --out and --runtimes are judged before measuring', () => {
  it.each([
    ['an existing folder', (dir: string) => dir, /is a folder/],
    ['the root folder', () => '/', /names a folder/],
    ['a file under /sys', () => '/sys/r.json', /cannot write a file in \/sys/],
    ['a 300-character name', (dir: string) => join(dir, `${'a'.repeat(300)}.json`), /file name is too long/],
    ['an empty name', () => '', /the file name is empty/],
  ])('refuses %s with exit 2 and one line, before any run', async (_what, out, message) => {
    const dir = await tempDir()
    const result = await cli(['run', ...small, '--no-history', '--out', out(dir)], dir)
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toMatch(message)
    expect(result.stdout).toBe('')
    expect(await readdir(dir)).toEqual([])
  })

  it('refuses --runtimes utility under plain Node, exit 2', async () => {
    const dir = await tempDir()
    const result = await cli(['run', '--prime-hi', '1e5', '--workers', '1', '--repeat', '1', '--runtimes', 'thread,utility', '--no-history'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/utility processes exist only in the desktop app/)
  })

  it('--out - prints the JSON report on stdout, the table on stderr, and writes no file', async () => {
    const dir = await tempDir()
    const result = await cli(['run', ...small, '--no-history', '--out', '-'], dir, {}, 60_000)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ schema: 'concurrency-lab/report' })
    expect(result.stderr).toMatch(/Prime search/)
    expect(await readdir(dir)).toEqual([])
  })
})

describe('hole 6: a cancel at start-up', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s as soon as the lab can receive it: exit %i, one line, no report', async (signal, code) => {
    const dir = await tempDir()
    const history = join(dir, 'history')
    const { child, done } = startCli(['run', ...small, '--out', join(dir, 'r.json')], dir, { CONLAB_DEBUG: '1', CONLAB_HISTORY_DIR: history })
    onCleanup(child, (c) => c.exitCode === null && c.signalCode === null && c.kill('SIGKILL'))
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    // The lab says when its handlers are in place; before that Node itself would end the process.
    const ready = await Promise.race([
      new Promise<boolean>((resolve) => {
        let seen = ''
        child.stderr!.on('data', (chunk: Buffer) => {
          seen += chunk.toString()
          if (seen.includes('signal handlers installed')) resolve(true)
        })
      }),
      done.then(() => false),
    ])
    expect(ready).toBe(true)
    child.kill(signal)
    const result = await done
    clearTimeout(timer)
    expect(result.signal).toBeNull()
    expect(result.code).toBe(code)
    expect(result.stderr).toMatch(/Cancel/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    const files = await readdir(dir)
    // Either nothing ran (no report at all) or the report is there and says it was cancelled.
    if (files.includes('r.json')) {
      const entries = await cli(['history', 'list'], dir, { CONLAB_HISTORY_DIR: history })
      expect(entries.stdout).toMatch(/aborted/)
    } else {
      expect(result.stderr).toMatch(/Cancelled before anything ran/)
    }
  })
})
