/**
 * `conlab claims` end to end (issue 18): the built CLI in a temp dir. Asserts the structure only
 * (one verdict per claim asked, runs tagged, the handout written), never a verdict's value: the
 * same test must hold whatever the rules decide on this machine.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLAIM_IDS } from '../../src-shared/claims/claim-ids'
import { ReportSchema } from '../../src-shared/report'
import { onCleanup } from '../helpers/cleanup'
import { ensureBuilt, runCli, startCli, waitForLine } from '../helpers/built-cli'
import { childPidsOf, survivors } from '../helpers/processes'

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conlab-claims-'))
  return onCleanup(dir, (d) => rm(d, { recursive: true, force: true }))
}

// A cheap claim: a context-switch ping-pong with the real plan, the stub's sleep suite before it lands.
const CHEAP = 'switch-10ms'

beforeAll(() => ensureBuilt(), 120_000)

describe('conlab claims', () => {
  it('--list names every claim and runs nothing', async () => {
    const dir = await tempDir()
    const result = await runCli(['claims', '--list'], dir)
    expect(result.code).toBe(0)
    for (const id of CLAIM_IDS) expect(result.stdout).toMatch(new RegExp(`^${id}\\b`, 'm'))
    // Each claim says where the tutorials say it: the deadlock claim is quoted from tutorial 004.
    expect(result.stdout).toContain('source: tutorial 004, “死锁”')
    expect(await readdir(dir)).toEqual([])
  })

  it('an unknown id in --only: one line naming the valid ids, exit 2, nothing run', async () => {
    const dir = await tempDir()
    const result = await runCli(['claims', '--only', `${CHEAP},no-such-claim`], dir)
    expect(result.code).toBe(2)
    const [first] = result.stderr.split('\n')
    expect(first).toMatch(/unknown claim "no-such-claim" in --only; the claims are: spawn-cost, .*daemon$/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(await readdir(dir)).toEqual([])
  })

  it('--only ID --json --out x.html: a verdict per claim asked, runs carrying it, the handout and the report', async () => {
    const dir = await tempDir()
    const result = await runCli(['claims', '--only', CHEAP, '--json', '--out', join(dir, 'x.html')], dir)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.code).toBe(0)
    const report = ReportSchema.parse(JSON.parse(result.stdout))
    expect(report.claims?.map((v) => v.claim)).toEqual([CHEAP])
    expect(report.runs.length).toBeGreaterThan(0)
    for (const run of report.runs) expect(run.claims).toContain(CHEAP)
    expect(ReportSchema.parse(JSON.parse(await readFile(join(dir, 'x.json'), 'utf8'))).claims).toEqual(report.claims)
    const html = await readFile(join(dir, 'x.html'), 'utf8')
    expect(html).toContain('<section id="claims">')
    expect(html).toContain(`data-claim="${CHEAP}"`)
    // `conlab export` of that report carries the verdicts too, in the language asked.
    const md = await runCli(['export', join(dir, 'x.json'), '--format', 'md', '--out', '-', '--lang', 'zh-CN'], dir)
    expect(md.code).toBe(0)
    expect(md.stdout).toMatch(/^## 论断$/m)
  }, 180_000)

  it('Ctrl-C mid claims run: exit 130, nothing left behind', async () => {
    const dir = await tempDir()
    const out = join(dir, 'claims.json')
    const { child, done } = startCli(['claims', '--out', out], dir)
    const children = new Set<number>()
    const watch = setInterval(() => childPidsOf(child.pid!).forEach((pid) => children.add(pid)), 50)
    await waitForLine(child, /Settling \d+ claim/)
    child.kill('SIGINT')
    const result = await done
    clearInterval(watch)
    expect(result.code).toBe(130)
    expect(result.stderr).toMatch(/[Cc]ancel/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(await survivors([...children])).toEqual([])
    const files = await readdir(dir)
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([])
    // Cancelled before a run started: no report; after: a valid partial one.
    if (files.includes('claims.json')) {
      const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
      expect(report.runs.some((run) => run.status === 'aborted')).toBe(true)
      expect(report.claims).toHaveLength(CLAIM_IDS.length)
    }
  }, 120_000)
})
