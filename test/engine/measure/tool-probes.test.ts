/**
 * macOS and Windows probes on recorded outputs of their tools (fixtures/tools), written from the
 * tools' documentation and published outputs: not verified on real machines here. The runner is
 * injected; one test runs a real program past its timeout through run-program.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MachineStateSchema } from '../../../src-shared/machine-state'
import { type ToolRunner, probeMachineState } from '../../../src-main/engine/measure/machine-state'
import { macCoreTypes, macCores, parsePmsetBatt, parseSysctl } from '../../../src-main/engine/measure/macos-probe'
import { sysfsReader } from '../../../src-main/engine/measure/sysfs-reader'
import { parseWindowsCim, windowsCores, windowsPower } from '../../../src-main/engine/measure/windows-probe'
import { ExternalProgramError } from '../../../src-main/engine/runtimes/external-program'
import { runProgram } from '../../../src-main/engine/runtimes/run-program'

const recorded = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'tools', name), 'utf8')
const noFs = sysfsReader('/nonexistent')

function runner(outputs: Record<string, string | Error>): ToolRunner {
  return async (file) => {
    const out = outputs[file]
    if (out === undefined) throw new ExternalProgramError(file, { kind: 'not-found' }, '', '')
    if (out instanceof Error) throw out
    return { stdout: out }
  }
}

describe('macOS', () => {
  it('Apple silicon: 8 performance and 2 efficiency cores, no SMT', () => {
    const values = parseSysctl(recorded('macos-sysctl-m1-pro.txt'))
    expect(macCores(values)).toEqual({ value: { physical: 10, logical: 10, packages: 1, smt: false } })
    expect(macCoreTypes(values)).toEqual({
      value: { hybrid: true, performance: { physical: 8, logical: 8 }, efficiency: { physical: 2, logical: 2 }, source: 'macos-perflevels' },
    })
  })

  it('an Intel Mac on a recent macOS: one performance level, Hyper-Threading', () => {
    const values = parseSysctl(recorded('macos-sysctl-intel-ventura.txt'))
    expect(macCores(values)).toEqual({ value: { physical: 8, logical: 16, packages: 1, smt: true } })
    expect(macCoreTypes(values)).toMatchObject({ value: { hybrid: false, performance: { physical: 8, logical: 16 } } })
  })

  it('pmset: battery, AC with a charged battery, a Mac mini without one', () => {
    expect(parsePmsetBatt(recorded('macos-pmset-battery.txt'))).toEqual({ value: { onBattery: true, batteryPresent: true, chargePercent: 72 } })
    expect(parsePmsetBatt(recorded('macos-pmset-ac-charged.txt'))).toEqual({ value: { onBattery: false, batteryPresent: true, chargePercent: 100 } })
    expect(parsePmsetBatt(recorded('macos-pmset-mac-mini.txt'))).toEqual({ value: { onBattery: false, batteryPresent: false } })
    expect(parsePmsetBatt('garbage')).toMatchObject({ unknown: expect.stringContaining('did not say') })
  })

  it('an old macOS: sysctl fails on hw.nperflevels but what it printed is still read', async () => {
    const stdout = recorded('macos-sysctl-intel-old.txt')
    const failed = new ExternalProgramError('sysctl', { kind: 'exit-code', code: 1 }, stdout, recorded('macos-sysctl-intel-old.stderr.txt'))
    const state = await probeMachineState({
      platform: 'darwin',
      fs: noFs,
      run: runner({ sysctl: failed, pmset: recorded('macos-pmset-battery.txt') }),
      timeoutMs: 1000,
    })
    expect(state.cores).toEqual({ value: { physical: 6, logical: 12, packages: 1, smt: true } })
    expect(state.coreTypes).toMatchObject({ unknown: expect.stringContaining('hw.nperflevels') })
    expect(state.governor).toMatchObject({ unknown: expect.stringContaining('macOS') })
    expect(state.power).toMatchObject({ value: { onBattery: true } })
    expect(() => MachineStateSchema.parse(state)).not.toThrow()
  })

  it('missing tools give the reason, never a guess', async () => {
    const state = await probeMachineState({ platform: 'darwin', fs: noFs, run: runner({}), timeoutMs: 1000 })
    expect(state.cores).toMatchObject({ unknown: 'sysctl is not installed (or not on the PATH)' })
    expect(state.power).toMatchObject({ unknown: 'pmset is not installed (or not on the PATH)' })
  })
})

describe('Windows', () => {
  it('a hybrid laptop on battery: 10 cores, 12 logical processors, discharging', () => {
    const cim = parseWindowsCim(recorded('windows-cim-hybrid-laptop-battery.json'))!
    expect(windowsCores(cim)).toEqual({ value: { physical: 10, logical: 12, packages: 1, smt: true } })
    expect(windowsPower(cim)).toEqual({ value: { onBattery: true, batteryPresent: true, chargePercent: 57 } })
  })

  it('a desktop without a battery, two sockets, single objects instead of arrays', () => {
    expect(windowsPower(parseWindowsCim(recorded('windows-cim-desktop.json'))!)).toEqual({ value: { onBattery: false, batteryPresent: false } })
    expect(windowsCores(parseWindowsCim(recorded('windows-cim-two-sockets.json'))!)).toEqual({ value: { physical: 32, logical: 64, packages: 2, smt: true } })
    const single = parseWindowsCim(recorded('windows-cim-single-objects-ac.json'))!
    expect(windowsCores(single)).toEqual({ value: { physical: 4, logical: 4, packages: 1, smt: false } })
    expect(windowsPower(single)).toEqual({ value: { onBattery: false, batteryPresent: true, chargePercent: 100 } })
  })

  it('output that is not the expected JSON is unknown with the reason', async () => {
    expect(parseWindowsCim('Get-CimInstance : Access denied')).toBeNull()
    const state = await probeMachineState({ platform: 'win32', fs: noFs, run: runner({ 'powershell.exe': 'not json' }), timeoutMs: 1000 })
    expect(state.cores).toMatchObject({ unknown: 'PowerShell did not print the expected JSON' })
    expect(state.coreTypes).toMatchObject({ unknown: expect.stringContaining('native call') })
    expect(() => MachineStateSchema.parse(state)).not.toThrow()
  })
})

describe('a slow tool', () => {
  it('is stopped at its timeout and becomes unknown, through the real watchdog', async () => {
    if (process.platform === 'win32') return
    const slow: ToolRunner = (file, _args, options) => runProgram('sh', ['-c', `sleep 30 # ${file}`], options)
    const state = await probeMachineState({ platform: 'darwin', fs: noFs, run: slow, timeoutMs: 300 })
    expect(state.cores).toMatchObject({ unknown: 'sh did not finish within 0.3 s and was stopped' })
  })
})
