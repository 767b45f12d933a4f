import os from 'node:os'
import { afterEach, describe, expect, it, vi } from 'vitest'
import pkg from '../../../package.json'
import { describeMachine } from '../../../src-main/engine/measure/machine'
import { MachineSchema } from '../../../src-shared/report'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('describeMachine', () => {
  it('describes this machine in a shape the report schema accepts', () => {
    const machine = MachineSchema.parse(describeMachine())
    expect(machine.logicalCores).toBeGreaterThanOrEqual(1)
    expect(machine.availableParallelism).toBe(os.availableParallelism())
    expect(machine.platform).toBe(process.platform)
    expect(machine.versions.node).toBe(process.versions.node)
    expect(machine.versions.v8).toBe(process.versions.v8)
    expect(machine.versions.lab).toBe(pkg.version)
  })

  it('takes Electron and Chrome versions from the caller when the process has none', () => {
    const machine = describeMachine({ electron: '42.0.0', chrome: '140.0.0.0' })
    if (process.versions.electron === undefined) expect(machine.versions.electron).toBe('42.0.0')
    if (process.versions.chrome === undefined) expect(machine.versions.chrome).toBe('140.0.0.0')
    expect(() => MachineSchema.parse(machine)).not.toThrow()
  })

  it('leaves versions out when nobody knows them', () => {
    if (process.versions.electron !== undefined) return
    expect(describeMachine().versions).not.toHaveProperty('electron')
  })

  it('records the load average except on Windows, which reports zeros', () => {
    vi.spyOn(os, 'platform').mockReturnValue('linux')
    vi.spyOn(os, 'loadavg').mockReturnValue([1.5, 1, 0.5])
    expect(describeMachine().loadAverage).toEqual([1.5, 1, 0.5])

    vi.spyOn(os, 'platform').mockReturnValue('win32')
    const windows = describeMachine()
    expect(windows).not.toHaveProperty('loadAverage')
    expect(() => MachineSchema.parse(windows)).not.toThrow()
  })

  it('falls back to availableParallelism when cpus() is empty, as in some containers', () => {
    vi.spyOn(os, 'cpus').mockReturnValue([])
    vi.spyOn(os, 'availableParallelism').mockReturnValue(3)
    const machine = MachineSchema.parse(describeMachine())
    expect(machine.cpuModel).toBe('unknown')
    expect(machine.logicalCores).toBe(3)
    expect(machine.availableParallelism).toBe(3)
  })

  it('clips strings the schema would reject', () => {
    vi.spyOn(os, 'hostname').mockReturnValue('h'.repeat(500))
    const machine = MachineSchema.parse(describeMachine())
    expect(machine.hostname).toHaveLength(200)
  })
})
