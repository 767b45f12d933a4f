/**
 * The machine's state before a suite (cores, core types, governor, frequency, power), by OS:
 * Linux reads sysfs under a root path; macOS and Windows run their tools through run-program.ts
 * (process group, watchdog, timeout). Every probe is bounded: a missing, slow or failing tool
 * gives `unknown` with the reason, never a hang. The busy signal is busy-monitor.ts.
 */
import { type EngineMessage, message } from '../../../src-shared/engine-message'
import { type MachineState, type Unknown, unknownBecause } from '../../../src-shared/machine-state'
import { AbortError, toError } from '../runtimes/errors'
import { ExternalProgramError } from '../runtimes/external-program'
import { runProgram } from '../runtimes/run-program'
import { coresOf, readCoreTypes, readFrequency, readGovernor, readTopology } from './linux-cpu-probe'
import { readPower } from './linux-power-probe'
import { PMSET_ARGS, SYSCTL_ARGS, macCoreTypes, macCores, parsePmsetBatt, parseSysctl } from './macos-probe'
import { type SysfsReader, sysfsReader } from './sysfs-reader'
import { POWERSHELL, POWERSHELL_ARGS, parseWindowsCim, windowsCores, windowsPower } from './windows-probe'

export type StaticState = Omit<MachineState, 'busy'>

export interface ToolRunner {
  (file: string, args: string[], options: { timeoutMs: number; signal?: AbortSignal }): Promise<{ stdout: string }>
}

export interface ProbeDeps {
  platform: string
  /** Linux: where sysfs and /proc are read from ('/' here, a fake tree in tests). */
  fs: SysfsReader
  run: ToolRunner
  /** Per tool, and for the whole Linux read. PowerShell alone can take seconds to start. */
  timeoutMs: number
  signal?: AbortSignal
}

export const PROBE_TIMEOUT_MS = 8000

export function systemProbeDeps(signal?: AbortSignal): ProbeDeps {
  return {
    platform: process.platform,
    fs: sysfsReader('/'),
    run: (file, args, options) => runProgram(file, args, options),
    timeoutMs: PROBE_TIMEOUT_MS,
    ...(signal ? { signal } : {}),
  }
}

const all = (m: EngineMessage): StaticState => {
  const reason = unknownBecause(m)
  return { cores: reason, coreTypes: reason, governor: reason, frequency: reason, power: reason }
}

/** Output of a tool, or why there is none. A tool that exits non-zero may still have said enough. */
async function tool(deps: ProbeDeps, file: string, args: string[]): Promise<{ stdout: string } | { failed: string }> {
  try {
    return await deps.run(file, args, { timeoutMs: deps.timeoutMs, ...(deps.signal ? { signal: deps.signal } : {}) })
  } catch (error) {
    if (error instanceof AbortError) throw error
    if (error instanceof ExternalProgramError && error.failure.kind === 'exit-code' && error.stdout.trim() !== '') return { stdout: error.stdout }
    return { failed: toError(error).message.split('\n')[0]?.slice(0, 300) ?? 'failed' }
  }
}

async function linux(deps: ProbeDeps): Promise<StaticState> {
  const topology = await readTopology(deps.fs)
  const online = 'value' in topology ? topology.value.online : []
  const [coreTypes, governor, frequency, power] = await Promise.all([
    readCoreTypes(deps.fs, topology),
    readGovernor(deps.fs, online),
    readFrequency(deps.fs, online),
    readPower(deps.fs),
  ])
  return { cores: coresOf(topology), coreTypes, governor, frequency, power }
}

const NO_GOVERNOR_MAC: Unknown = unknownBecause(message('noGovernorMac'))
const NO_GOVERNOR_WIN: Unknown = unknownBecause(message('noGovernorWindows'))
const NO_FREQUENCY: Unknown = unknownBecause(message('noFrequency'))

async function macos(deps: ProbeDeps): Promise<StaticState> {
  const [sysctl, pmset] = await Promise.all([tool(deps, 'sysctl', SYSCTL_ARGS), tool(deps, 'pmset', PMSET_ARGS)])
  const values = 'stdout' in sysctl ? parseSysctl(sysctl.stdout) : null
  const why = 'failed' in sysctl ? sysctl.failed : ''
  return {
    cores: values ? macCores(values) : { unknown: why },
    coreTypes: values ? macCoreTypes(values) : { unknown: why },
    governor: NO_GOVERNOR_MAC,
    frequency: NO_FREQUENCY,
    power: 'stdout' in pmset ? parsePmsetBatt(pmset.stdout) : { unknown: pmset.failed },
  }
}

async function windows(deps: ProbeDeps): Promise<StaticState> {
  const out = await tool(deps, POWERSHELL, POWERSHELL_ARGS)
  const cim = 'stdout' in out ? parseWindowsCim(out.stdout) : null
  const why = 'failed' in out ? out.failed : 'PowerShell did not print the expected JSON'
  return {
    cores: cim ? windowsCores(cim) : { unknown: why },
    coreTypes: unknownBecause(message('coreTypesWindows')),
    governor: NO_GOVERNOR_WIN,
    frequency: NO_FREQUENCY,
    power: cim ? windowsPower(cim) : { unknown: why },
  }
}

export async function probeMachineState(deps: ProbeDeps): Promise<StaticState> {
  const probe = deps.platform === 'linux' ? linux(deps) : deps.platform === 'darwin' ? macos(deps) : deps.platform === 'win32' ? windows(deps) : null
  if (probe === null) return all(message('stateNotProbed', { platform: deps.platform.slice(0, 40) }))
  // Tools have their own timeouts; a sysfs read stuck in firmware does not, so bound the whole.
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<StaticState>((resolve) => {
    timer = setTimeout(() => resolve(all(message('probeNoAnswer', { seconds: deps.timeoutMs / 1000 }))), deps.timeoutMs + 1000)
    timer.unref?.()
  })
  try {
    return await Promise.race([probe, late])
  } catch (error) {
    if (error instanceof AbortError) throw error
    return all(message('probeFailed', { why: toError(error).message.split('\n')[0]?.slice(0, 300) ?? '' }))
  } finally {
    clearTimeout(timer)
  }
}
