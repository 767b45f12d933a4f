/**
 * Priority inversion with real processes pinned to one core: the medium's work units are counted
 * (never a duration) while the high one waits on the low holder, then with the holder boosted;
 * the rights probe run as an unprivileged user (setpriv, as CI runs as root) finds that a
 * priority can be lowered but not raised, and the result then says the fix cannot be shown.
 */
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../../../src-shared/report'
import { PRIORITY_DIR_PREFIX, probeRights, startRole } from '../../../../src-main/engine/experiments/hazards/priority-case'
import { observableVariants, pinningProblem } from '../../../../src-main/engine/experiments/priority-inversion'
import { findOnPath } from '../../../../src-main/engine/measure/process-affinity'
import { runSuite } from '../../../../src-main/engine/session'
import { formatReportTable } from '../../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../../src-main/engine/report/text/wording'
import { childPidsOf } from '../../../helpers/processes'

const root = process.getuid?.() === 0
const linux = process.platform === 'linux' && findOnPath('taskset') !== null
const setpriv = findOnPath('setpriv')
const leftovers = () => readdirSync(tmpdir()).filter((n) => n.startsWith(`${PRIORITY_DIR_PREFIX}${process.pid}-`))

describe('what can be observed', () => {
  it('needs Linux and taskset to pin; the fix needs the right to raise a priority', () => {
    expect(pinningProblem('darwin', '/usr/bin/taskset')).toBe('macos')
    expect(pinningProblem('win32', null)).toBe('no-pinning')
    expect(pinningProblem('linux', null)).toBe('no-taskset')
    expect(pinningProblem('linux', '/usr/bin/taskset')).toBeNull()
    expect(observableVariants(['inversion', 'inheritance'], true)).toEqual({ run: ['inversion', 'inheritance'], not: [] })
    expect(observableVariants(['inversion', 'inheritance'], false)).toEqual({ run: ['inversion'], not: [{ variant: 'inheritance', reason: 'cannot-raise' }] })
  })

  it.skipIf(!root || setpriv === null)('an unprivileged user may lower a priority but not raise it back (setpriv to nobody)', async () => {
    expect(await probeRights()).toEqual({ canLower: true, canRaise: true })
    expect(await probeRights([setpriv!, '--reuid=65534', '--regid=65534', '--clear-groups'])).toEqual({ canLower: true, canRaise: false })
  })
})

describe('a role whose engine is gone', () => {
  // CI found it: the engine SIGKILLed while a role was still loading left the role busy for its
  // whole deadline, as it took its new parent for the engine. The engine's pid now comes in.
  it('ends at once, without a word, when its parent is not the engine it was given', async () => {
    const role = startRole({ role: 'medium', nice: 0, lockFile: '', stopFile: '/nonexistent/stop', unitSteps: 1000, holdUnits: 0, deadlineMs: 60_000, enginePid: process.pid + 1 })
    const running = await role.next('running', Date.now() + 10_000)
    expect(running).toBeNull()
    expect(role.child.exitCode ?? role.child.signalCode).toBe(0)
  })
})

describe.skipIf(!linux)('priority-inversion workload', () => {
  it('counts the medium’s units while the high one waits, with and without inheritance; nothing left behind', async () => {
    const workload = { workload: 'priority-inversion' as const, holdUnits: 40, unitSteps: 100_000 }
    const report = await runSuite([{ workload, runtimes: ['thread', 'process'], repeat: 1, warmup: 0 }])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    const [thread, proc] = report.runs
    expect(thread!.unavailable?.map((u) => u.what)).toEqual(['inversion', 'inheritance'])
    expect(proc!.status, proc!.error).toBe('completed')
    const inversion = proc!.points.find((p) => p.variant === 'inversion')!.priority!
    expect(inversion.highGotLock).toBe(true)
    // The finding, as a count: the medium got work done while the high one waited on the low one.
    expect(inversion.mediumUnitsWhileHighWaited).toBeGreaterThan(0)
    expect(inversion.lowUnits).toBe(40)
    if (root) {
      const fix = proc!.points.find((p) => p.variant === 'inheritance')!.priority!
      expect(fix.boosted).toBe(true)
      expect(fix.highGotLock).toBe(true)
      expect(fix.mediumUnitsWhileHighWaited).toBeLessThan(inversion.mediumUnitsWhileHighWaited)
    } else {
      expect(proc!.unavailable?.map((u) => u.what)).toEqual(['inheritance'])
    }
    const table = formatReportTable(report)
    expect(table).toContain('Priority inversion — low holds the lock high needs')
    expect(table).toContain('Node cannot set the priority of a single thread')
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('优先级反转——')
    expect(leftovers()).toEqual([])
    expect(childPidsOf(process.pid).length).toBeLessThanOrEqual(1)
  })
})
