/**
 * The hazards from the built CLI: `conlab run --workload crash-isolation,starvation,priority-inversion`
 * finishes within its bound, writes a report holding every hazard's figures and leaves no process
 * of its hosts or roles and no folder behind; and, as a user who is not root (setpriv to nobody,
 * as CI runs as root), priority inversion still shows the inversion and says plainly that the fix
 * cannot be shown.
 */
import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { findOnPath } from '../../src-main/engine/measure/process-affinity'
import { cliPath, ensureBuilt, repoRoot, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'
import { survivors } from '../helpers/processes'

/** Processes running one of this checkout's hazard programs (Linux /proc). */
function hazardProcesses(): number[] {
  const chunks = join(repoRoot, 'out', 'main', 'chunks')
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .flatMap((pid) => {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        return cmd.includes(chunks) && /crash-host|priority-role|entry-(thread|process)/.test(cmd) ? [Number(pid)] : []
      } catch {
        return []
      }
    })
}

const TINY = ['--crash-siblings', '1', '--crash-sibling-ms', '100', '--starve-threads', '3', '--starve-acquisitions', '1000', '--priority-hold-units', '20', '--priority-unit-steps', '100000']

describe('the built CLI', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('runs the three hazards, reports each, leaves nothing behind', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'conlab-hazards-cli-'))
    onCleanup(cwd, (d) => rm(d, { recursive: true, force: true }))
    const temp = join(cwd, 'tmp')
    await mkdir(temp)
    const out = join(cwd, 'r.json')
    const result = await runCli(['run', '--workload', 'crash-isolation,starvation,priority-inversion', ...TINY, '--repeat', '1', '--warmup', '0', '--out', out, '--no-history', '--quiet'], cwd, { TMPDIR: temp })
    expect(result.code, result.stderr).toBe(0)
    for (const title of ['Crash isolation — a fault in one worker; what survived?', 'Starvation — 3 threads hammer one lock', 'Priority inversion — low holds the lock']) expect(result.stdout).toContain(title)
    expect(result.stdout).toContain('a crashing worker thread took its process down')
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    expect(report.runs.map((r) => `${r.workload}/${r.runtime}:${r.status}`)).toEqual([
      'crash-isolation/thread:completed',
      'crash-isolation/process:completed',
      'starvation/thread:completed',
      'priority-inversion/process:completed',
    ])
    expect(report.runs.filter((r) => r.workload === 'crash-isolation').flatMap((r) => r.points.map((p) => p.crash?.verdict))).toHaveLength(10)
    expect(await survivors(hazardProcesses())).toEqual([])
    expect(await readdir(temp)).toEqual([])
  })

  const setpriv = findOnPath('setpriv')
  it.skipIf(process.platform !== 'linux' || process.getuid?.() !== 0 || setpriv === null || findOnPath('taskset') === null)('as a user who is not root: the inversion shows, the fix is said not to be showable', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'conlab-hazards-nobody-'))
    onCleanup(cwd, (d) => rm(d, { recursive: true, force: true }))
    await chmod(cwd, 0o777)
    const out = join(cwd, 'r.json')
    const args = ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cliPath, 'run', '--workload', 'priority-inversion', '--priority-hold-units', '20', '--priority-unit-steps', '100000', '--out', out, '--no-history', '--quiet']
    const env = { PATH: process.env.PATH ?? '', HOME: cwd, TMPDIR: cwd, LANG: 'C' }
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(setpriv!, args, { cwd, env, timeout: 120_000 }, (error, so, se) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout: so, stderr: se })),
    )
    expect(code, stderr).toBe(0)
    expect(stdout).toContain('Inversion')
    expect(stdout).toContain('process, Fix: priority inheritance: not observable here: the fix needs the holder raised back to a higher priority, which only root (CAP_SYS_NICE) may do')
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    expect(report.runs[0]!.points.map((p) => p.variant)).toEqual(['inversion'])
    expect(report.runs[0]!.unavailable?.map((u) => u.what)).toEqual(['inheritance'])
  })
})
