/**
 * The machine's state through a whole suite: a real run on this machine fills every field or says
 * why not, and a fake hybrid laptop on battery makes the report warn.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../../src-shared/report'
import { createBusyMonitor, systemBusyDeps } from '../../../src-main/engine/measure/busy-monitor'
import { systemLabCpu } from '../../../src-main/engine/measure/lab-cpu'
import { sysfsReader } from '../../../src-main/engine/measure/sysfs-reader'
import { runSuite } from '../../../src-main/engine/session'

const tiny = {
  workload: { workload: 'prime' as const, hi: 300_000 },
  workers: [1, 2],
  repeat: 2,
  warmup: 0,
}

describe('the machine state of a suite', () => {
  it('on this machine: every field filled or unknown with a reason, and the busy signal taken', async () => {
    const report = ReportSchema.parse(await runSuite([{ ...tiny, runtimes: ['thread', 'process'] }]))
    const state = report.machine.state
    expect(state).toBeDefined()
    for (const field of [state!.cores, state!.coreTypes, state!.governor, state!.frequency, state!.power, state!.busy]) {
      expect(field).toBeDefined()
      if ('unknown' in field!) expect(field.unknown).toMatch(/\w/)
    }
    const busy = state!.busy!
    if ('value' in busy) {
      expect(['lab-process', 'lab-process-and-children']).toContain(busy.value.subtracted)
      for (const part of [busy.value.before, busy.value.during]) if ('unknown' in part) expect(part.unknown).toMatch(/\w/)
    }
  })

  it('a hybrid laptop on battery with powersave: the report warns about each, once', async () => {
    const root = join(import.meta.dirname, 'fixtures', 'sysfs', 'hybrid-laptop-battery')
    const report = await runSuite([{ ...tiny, runtimes: ['thread'] }], {
      machineWatch: {
        probe: { platform: 'linux', fs: sysfsReader(root), run: () => Promise.reject(new Error('no tools')), timeoutMs: 2000 },
        busy: { ...systemBusyDeps(systemLabCpu()), beforeWindowMs: 0 },
      },
    })
    expect(report.machine.state?.power).toEqual({ value: { onBattery: true, batteryPresent: true, chargePercent: 63 } })
    const codes = report.warnings.map((w) => w.code)
    for (const code of ['on-battery', 'powersave-governor', 'hybrid-cores'] as const) expect(codes.filter((c) => c === code)).toHaveLength(1)
    expect(() => ReportSchema.parse(report)).not.toThrow()
  })

  it('the real busy monitor on this machine gives shares between 0 and 1 or a reason', async () => {
    const monitor = createBusyMonitor({ ...systemBusyDeps(systemLabCpu()), beforeWindowMs: 50, intervalMs: 20 })
    await monitor.before()
    monitor.startDuring()
    let x = 0
    for (let i = 0; i < 2e6; i++) x += Math.sqrt(i)
    expect(x).toBeGreaterThan(0)
    const busy = monitor.stop()
    if ('unknown' in busy) throw new Error(busy.unknown)
    const before = busy.value.before
    if ('value' in before) expect(before.value.otherShare).toBeGreaterThanOrEqual(0)
    else expect(before.unknown).toMatch(/\w/)
  })
})
