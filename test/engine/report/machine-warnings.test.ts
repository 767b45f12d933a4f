import { describe, expect, it } from 'vitest'
import type { MachineState } from '../../../src-shared/machine-state'
import { type Run, WarningSchema } from '../../../src-shared/report'
import { PrimeOptionsSchema } from '../../../src-shared/workloads/prime'
import { BUSY_OTHER_SHARE, machineWarnings } from '../../../src-main/engine/report/machine-warnings'
import { summarize } from '../../../src-main/engine/stats/summary'

function run(runtime: Run['runtime'], workers: number[]): Run {
  return {
    id: `${runtime}-prime`,
    workload: 'prime',
    runtime,
    config: PrimeOptionsSchema.parse({ workload: 'prime' }),
    settings: { serialization: 'structured-clone', warmup: 1, repeat: 5, taskTimeoutMs: 0 },
    status: 'completed',
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:01:00.000Z',
    overhead: null,
    points: workers.map((w) => ({
      workers: w,
      oversubscribed: false,
      samplesMs: [100, 101, 99],
      stats: summarize([100, 101, 99]),
      speedup: null,
      efficiency: null,
      check: { expected: 1, actual: 1, ok: true, source: 'known-value' },
    })),
  }
}

const busy = (before: number, during: number): MachineState['busy'] => ({
  value: {
    before: { value: { otherShare: before, windowMs: 500 } },
    during: { value: { meanOtherShare: during, maxOtherShare: during, intervals: 10, skipped: 0 } },
    intervalMs: 1000,
    subtracted: 'lab-process-and-children',
  },
})

/** A quiet desktop: 4 cores, no SMT, performance governor, mains power, nobody else busy. */
const QUIET: MachineState = {
  cores: { value: { physical: 4, logical: 4, smt: false } },
  coreTypes: { value: { hybrid: false, performance: { physical: 4, logical: 4 }, efficiency: { physical: 0, logical: 0 }, source: 'linux-single-pmu' } },
  governor: { value: { governors: ['performance'], driver: 'intel_pstate' } },
  frequency: { value: { currentMHz: { min: 4000, max: 4200 }, maxMHz: 4900 } },
  power: { value: { onBattery: false, batteryPresent: true, chargePercent: 100 } },
  busy: busy(0.02, 0.05),
}
const runs = [run('thread', [1, 2, 4, 8]), run('main', [1])]
const codes = (state: MachineState, r: Run[] = runs) => machineWarnings(state, r).map((w) => w.code)

describe('machineWarnings', () => {
  it('says nothing about a quiet machine, nor when nothing is known', () => {
    expect(machineWarnings(QUIET, runs)).toEqual([])
    const unknown = { unknown: 'not here' }
    expect(machineWarnings({ cores: unknown, coreTypes: unknown, governor: unknown, frequency: unknown, power: unknown, busy: unknown }, runs)).toEqual([])
    expect(machineWarnings(undefined, runs)).toEqual([])
  })

  it('warns on battery, not on mains', () => {
    expect(codes({ ...QUIET, power: { value: { onBattery: true, batteryPresent: true, chargePercent: 40 } } })).toEqual(['on-battery'])
  })

  it('warns about powersave, saying what it does with the driver in use', () => {
    const pstate = machineWarnings({ ...QUIET, governor: { value: { governors: ['powersave'], driver: 'intel_pstate' } } }, runs)
    expect(pstate.map((w) => w.code)).toEqual(['powersave-governor'])
    expect(pstate[0]!.message).toContain('still raises the frequency')
    const acpi = machineWarnings({ ...QUIET, governor: { value: { governors: ['ondemand', 'powersave'], driver: 'acpi-cpufreq' } } }, runs)
    expect(acpi[0]!.message).toContain('low frequency')
    expect(codes({ ...QUIET, governor: { value: { governors: ['schedutil'] } } })).toEqual([])
  })

  it('warns when other programs took more than the threshold before or during the runs', () => {
    expect(codes({ ...QUIET, busy: busy(0, BUSY_OTHER_SHARE) })).toEqual([])
    const during = machineWarnings({ ...QUIET, busy: busy(0.01, 0.35) }, runs)
    expect(during.map((w) => w.code)).toEqual(['cpu-used-by-others'])
    expect(during[0]!.message).toContain('35% on average during them')
    expect(machineWarnings({ ...QUIET, busy: busy(0.5, 0.1) }, runs)[0]!.message).toContain('50% just before the runs')
  })

  it('warns about hybrid cores', () => {
    const hybrid: MachineState['coreTypes'] = {
      value: { hybrid: true, performance: { physical: 2, logical: 4 }, efficiency: { physical: 8, logical: 8 }, source: 'linux-intel-hybrid' },
    }
    const ws = machineWarnings({ ...QUIET, coreTypes: hybrid }, runs)
    expect(ws.map((w) => w.code)).toEqual(['hybrid-cores'])
    expect(ws[0]!.message).toContain('threads may land on slow cores')
  })

  it('warns about SMT only when a parallel run went above the physical cores', () => {
    const smt: MachineState = { ...QUIET, cores: { value: { physical: 2, logical: 4, smt: true } } }
    const ws = machineWarnings(smt, runs)
    expect(ws.map((w) => w.code)).toEqual(['smt-shared-cores'])
    expect(ws[0]).toMatchObject({ workers: 4 })
    expect(ws[0]!.message).toContain('At 4 workers')
    expect(codes(smt, [run('thread', [1, 2])])).toEqual([])
    // main-async's tasks share one thread: no cores to share.
    expect(codes(smt, [run('main-async', [4])])).toEqual([])
  })

  it('writes warnings the report schema accepts, in a fixed order', () => {
    const everything: MachineState = {
      ...QUIET,
      cores: { value: { physical: 2, logical: 4, smt: true } },
      coreTypes: { value: { hybrid: true, performance: { logical: 2 }, efficiency: { logical: 2 }, source: 'macos-perflevels' } },
      governor: { value: { governors: ['powersave'] } },
      power: { value: { onBattery: true, batteryPresent: true } },
      busy: busy(0.9, 0.9),
    }
    const ws = machineWarnings(everything, runs)
    expect(ws.map((w) => w.code)).toEqual(['on-battery', 'powersave-governor', 'cpu-used-by-others', 'hybrid-cores', 'smt-shared-cores'])
    for (const w of ws) expect(() => WarningSchema.parse(w)).not.toThrow()
  })
})
