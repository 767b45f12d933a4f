/**
 * The Linux probe on fake sysfs trees (fixtures/sysfs/<machine>/sys/...), written like the
 * kernel's files (Documentation/ABI/testing/sysfs-devices-system-cpu, sysfs-class-power), and
 * once on this machine, where nothing but the types can be asserted.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MachineStateSchema } from '../../../src-shared/machine-state'
import { probeMachineState, systemProbeDeps } from '../../../src-main/engine/measure/machine-state'
import { parseCpuList, sysfsReader } from '../../../src-main/engine/measure/sysfs-reader'

const FIXTURES = join(import.meta.dirname, 'fixtures', 'sysfs')
const noTools = () => Promise.reject(new Error('no tool may run on Linux'))

const probe = (machine: string) =>
  probeMachineState({ platform: 'linux', fs: sysfsReader(join(FIXTURES, machine)), run: noTools, timeoutMs: 5000 })

describe('parseCpuList', () => {
  it('reads ranges and single CPUs', () => {
    expect(parseCpuList('0-3,8,10-11\n')).toEqual([0, 1, 2, 3, 8, 10, 11])
    expect(parseCpuList('')).toEqual([])
  })

  it('refuses what is not a CPU list, or names more CPUs than exist', () => {
    expect(parseCpuList('0-a')).toBeNull()
    expect(parseCpuList('3-1')).toBeNull()
    expect(parseCpuList('0-99999999')).toBeNull()
  })
})

describe('probeMachineState on Linux sysfs', () => {
  it('counts physical cores from sibling lists: a 4-core, 8-thread desktop has SMT', async () => {
    const state = await probe('smt-desktop-performance')
    expect(state.cores).toEqual({ value: { physical: 4, logical: 8, packages: 1, smt: true } })
    expect(state.coreTypes).toEqual({
      value: { hybrid: false, performance: { physical: 4, logical: 8 }, efficiency: { physical: 0, logical: 0 }, source: 'linux-single-pmu' },
    })
    expect(state.governor).toEqual({ value: { governors: ['performance'], driver: 'intel_pstate' } })
    expect(state.frequency).toEqual({ value: { currentMHz: { min: 4200, max: 4270 }, maxMHz: 4900 } })
    expect(state.power).toEqual({ value: { onBattery: false, batteryPresent: false } })
  })

  it('tells an Intel hybrid laptop on battery: P-cores with SMT, E-cores without, powersave', async () => {
    const state = await probe('hybrid-laptop-battery')
    expect(state.cores).toEqual({ value: { physical: 6, logical: 8, packages: 1, smt: true } })
    expect(state.coreTypes).toEqual({
      value: { hybrid: true, performance: { physical: 2, logical: 4 }, efficiency: { physical: 4, logical: 4 }, source: 'linux-intel-hybrid' },
    })
    expect(state.governor).toEqual({ value: { governors: ['powersave'], driver: 'intel_pstate' } })
    expect(state.frequency).toEqual({ value: { currentMHz: { min: 900, max: 1400 }, maxMHz: 4700 } })
    expect(state.power).toEqual({ value: { onBattery: true, batteryPresent: true, chargePercent: 63 } })
  })

  it('tells big.LITTLE from cpu_capacity, and a charging battery is not on battery', async () => {
    const state = await probe('arm-biglittle-charging')
    expect(state.cores).toEqual({ value: { physical: 8, logical: 8, packages: 1, smt: false } })
    expect(state.coreTypes).toEqual({
      value: { hybrid: true, performance: { physical: 4, logical: 4 }, efficiency: { physical: 4, logical: 4 }, source: 'linux-cpu-capacity' },
    })
    expect(state.governor).toEqual({ value: { governors: ['schedutil'], driver: 'cpufreq-dt' } })
    expect(state.power).toEqual({ value: { onBattery: false, batteryPresent: true, chargePercent: 80 } })
  })

  it("SMT off, powersave on acpi-cpufreq, and a mouse's discharging battery is not the machine's", async () => {
    const state = await probe('smt-off-powersave-mouse')
    expect(state.cores).toEqual({ value: { physical: 4, logical: 4, packages: 1, smt: false } })
    expect(state.governor).toEqual({ value: { governors: ['powersave'], driver: 'acpi-cpufreq' } })
    expect(state.power).toEqual({ value: { onBattery: false, batteryPresent: false } })
  })

  it('a virtual machine without cpufreq or power supplies says so instead of guessing', async () => {
    const state = await probe('vm-no-cpufreq')
    expect(state.cores).toEqual({ value: { physical: 2, logical: 2, packages: 1, smt: false } })
    expect(state.coreTypes).toMatchObject({ value: { hybrid: false, source: 'linux-cpu-capacity' } })
    expect(state.governor).toMatchObject({ unknown: expect.stringContaining('no cpufreq') })
    expect(state.frequency).toMatchObject({ unknown: expect.stringContaining('no cpufreq') })
    expect(state.power).toMatchObject({ unknown: expect.stringContaining('sys/class/power_supply is missing') })
  })

  it('a battery without a status leaves the adapter to decide', async () => {
    expect((await probe('battery-no-status-ac')).power).toEqual({ value: { onBattery: false, batteryPresent: true, chargePercent: 100 } })
  })

  it('a tree without topology gives reasons for every field', async () => {
    const state = await probe('no-topology')
    expect(state.cores).toMatchObject({ unknown: expect.stringContaining('core_cpus_list') })
    expect(state.coreTypes).toMatchObject({ unknown: expect.stringContaining('core_cpus_list') })
    const nothing = await probe('does-not-exist')
    expect(nothing.cores).toMatchObject({ unknown: expect.stringContaining('online is missing') })
    expect(() => MachineStateSchema.parse(state)).not.toThrow()
  })

  it('every fixture gives a state the report schema accepts', async () => {
    for (const machine of ['smt-desktop-performance', 'hybrid-laptop-battery', 'arm-biglittle-charging', 'smt-off-powersave-mouse', 'vm-no-cpufreq']) {
      const state = await probe(machine)
      expect(() => MachineStateSchema.parse(state)).not.toThrow()
    }
  })

  it('on this machine fills every field or says why not', async () => {
    if (process.platform !== 'linux') return
    const state = MachineStateSchema.parse(await probeMachineState(systemProbeDeps()))
    for (const field of [state.cores, state.coreTypes, state.governor, state.frequency, state.power]) {
      if ('unknown' in field) expect(field.unknown.length).toBeGreaterThan(0)
      else expect(typeof field.value).toBe('object')
    }
    if ('value' in state.cores) {
      expect(state.cores.value.physical).toBeLessThanOrEqual(state.cores.value.logical)
      expect(typeof state.cores.value.smt).toBe('boolean')
    }
  })
})

