/**
 * `conlab run --cpus N` on Linux through the built CLI: the lab re-runs itself under taskset, the
 * report records the cores allowed and availableParallelism reflects them, every worker process
 * inherits the mask (read from /proc/<pid>/status while the run goes on), a SIGTERM to the waiting
 * parent reaches the restricted lab (exit 143, no process left), and bad values are one line.
 * No duration is asserted.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src-shared/report'
import { allowedFromStatus, parseCpuList } from '../../src-main/engine/measure/cpu-affinity'
import { cpusArgument } from '../../src-main/cli/cpus-reexec'
import { ensureBuilt, runCli, startCli } from '../helpers/built-cli'
import { childPidsOf, survivors } from '../helpers/processes'

const linux = process.platform === 'linux'
const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conlab-cpus-'))
  dirs.push(dir)
  return dir
}

function descendants(pid: number): number[] {
  const direct = childPidsOf(pid)
  return [...direct, ...direct.flatMap(descendants)]
}

function allowedOf(pid: number): string | null {
  try {
    return /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]?.trim() ?? null
  } catch {
    return null
  }
}

const RUN = ['--workload', 'prime', '--prime-hi', '100000000', '--runtimes', 'process', '--workers', '1,2', '--warmup', '0', '--quiet', '--no-history']

describe('cpu lists', () => {
  it('parse the kernel syntax and the run arguments', () => {
    expect(parseCpuList('0-3,8,10-11')).toEqual([0, 1, 2, 3, 8, 10, 11])
    expect(parseCpuList('3-1')).toBeNull()
    expect(allowedFromStatus('Name:\tnode\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n')).toEqual([0, 1])
    expect(cpusArgument(['run', '--cpus', '1'])).toBe('1')
    expect(cpusArgument(['--cpus=2'])).toBe('2')
    expect(cpusArgument(['--', '--cpus', '2'])).toBeUndefined()
  })
})

describe.runIf(linux)('conlab run --cpus (Linux)', () => {
  beforeAll(() => ensureBuilt(), 120_000)
  const first = String(allowedFromStatus(readFileSync('/proc/self/status', 'utf8'))![0])

  it('restricts the lab and every worker process to the first allowed core, and records it', async () => {
    const dir = await tempDir()
    const out = join(dir, 'r.json')
    const { child, done } = startCli(['--cpus', '1', ...RUN, '--repeat', '3', '--out', out], dir)
    const seen = new Map<number, string | null>()
    let finished = false
    void done.then(() => (finished = true))
    while (!finished) {
      for (const pid of descendants(child.pid!)) if (!seen.has(pid)) seen.set(pid, allowedOf(pid))
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const result = await done
    expect(result.code, result.stderr).toBe(0)
    const report = JSON.parse(await readFile(out, 'utf8')) as Report
    expect(report.machine.availableParallelism).toBe(1)
    expect(report.machine.cpusAllowed).toEqual({ cpus: { value: [Number(first)] }, setBy: 'cpus-flag', requested: 1 })
    expect(result.stdout).toContain(`cores allowed: ${first} (set by --cpus 1`)
    // The restricted lab and at least one of its worker processes, each pinned to that core.
    const lists = [...seen.values()].filter((x) => x !== null)
    expect(lists.length).toBeGreaterThanOrEqual(2)
    expect(new Set(lists)).toEqual(new Set([first]))
    // The parent that waits keeps its own mask: only the copy is restricted.
    expect(allowedOf(process.pid)).not.toBeNull()
  }, 240_000)

  it('forwards SIGTERM to the restricted lab: exit 143, no process left', async () => {
    const dir = await tempDir()
    const out = join(dir, 'r.json')
    const { child, done } = startCli(['--cpus', '1', ...RUN, '--repeat', '50', '--out', out], dir)
    let family: number[] = []
    for (let i = 0; i < 400 && family.length < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25))
      family = descendants(child.pid!)
    }
    expect(family.length).toBeGreaterThanOrEqual(2)
    child.kill('SIGTERM')
    const result = await done
    expect(result.code).toBe(143)
    expect(await survivors(family)).toEqual([])
  }, 120_000)

  it('refuses a bad core count in one line, before anything starts', async () => {
    const dir = await tempDir()
    for (const [value, message] of [['0', /--cpus expects a whole number of cores from 1; got "0"/], ['4096', /--cpus 4096: this process may use only \d+ core\(s\)/]] as const) {
      const result = await runCli(['--cpus', value, ...RUN], dir)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  }, 60_000)
})
