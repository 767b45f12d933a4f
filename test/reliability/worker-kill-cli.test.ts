/**
 * Family "worker-kill-cli": an external `kill -9` of one worker process of a real `conlab run`
 * mid-task. The run that lost it ends as failed with a one-line reason naming the lost worker (not
 * a start-up failure), the report is written and valid, the CLI exits 1, and nothing is left.
 */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, expect } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { ensureBuilt } from '../helpers/built-cli'
import { childPidsOf } from '../helpers/processes'
import { describePids, expectCleanText, listTree, TreeWatch, wait } from './checks'
import { caseFolders, startConlab } from './cli'
import { family } from './seeded'

beforeAll(() => ensureBuilt(), 120_000)

interface KillCase {
  workers: number
  afterMs: number
  serialization: 'json' | 'advanced'
}

family<KillCase>('worker-kill-cli', {
  count: 4,
  timeoutMs: 90_000,
  generate: (rng) => ({ workers: rng.int(1, 2), afterMs: rng.int(100, 800), serialization: rng.pick(['json', 'advanced'] as const) }),
  describe: (c) => `kill -9 of a worker ${c.afterMs} ms into measuring, ${c.workers} worker(s), ${c.serialization}`,
  run: async (c, rng) => {
    const folders = await caseFolders('conlab-rel-kill-')
    const out = join(folders.out, 'report.json')
    // Trial division in one static chunk per worker: every task runs for seconds.
    const args = ['run', '--prime-method', 'trial', '--prime-hi', '3e7', '--chunking', 'static', '--runtimes', 'process', '--workers', String(c.workers), '--repeat', '1', '--warmup', '0', '--serialization', c.serialization, '--quiet', '--out', out]
    const { child, done } = startConlab(args, folders, 60_000)
    const watch = new TreeWatch(child.pid!)
    try {
      // A worker busy in its chunk is running on a CPU (state R); the harness's short-lived
      // overhead workers and the idle ones are not.
      await wait(c.afterMs)
      let busy: number[] = []
      for (let i = 0; i < 400 && busy.length === 0 && child.exitCode === null; i++) {
        busy = childPidsOf(child.pid!).filter((pid) => stateOf(pid) === 'R')
        if (busy.length === 0) await wait(25)
      }
      expect(busy.length, 'no busy worker ever appeared').toBeGreaterThan(0)
      process.kill(rng.pick(busy), 'SIGKILL')
      const result = await done
      expect(result.hung, 'the CLI hung').toBe(false)
      const context = `code ${result.code}; stderr ${JSON.stringify(result.stderr)}`
      expectCleanText(result.stderr, 'stderr')
      expect(result.code, context).toBe(1)
      const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
      const run = report.runs[0]!
      expect(run.status, context).toBe('failed')
      expect(run.error, context).toMatch(/worker/i)
      expect(run.error, context).not.toMatch(/could not start/i)
      expect(run.error, context).not.toContain('\n')
      const left = await watch.leftovers()
      expect(left, `processes left: ${describePids(left)}`).toEqual([])
      expect(await listTree(folders.tmp), 'temp files left').toEqual([])
    } finally {
      // A case that failed early must not leave the CLI writing into a folder being removed.
      watch.killLeft()
      child.kill('SIGKILL')
      await done
      await folders.cleanup()
    }
  },
})

function stateOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]
  } catch {
    return undefined
  }
}
