/**
 * Linux: cores, core types, governor and frequency from sysfs (Documentation/ABI/testing/
 * sysfs-devices-system-cpu). Each figure is known or says which files were missing.
 */
import { message } from '../../../src-shared/engine-message'
import { type CoreGroupSchema, type CoreTypes, type Cores, type Frequency, type Governor, type Probed, unknownBecause } from '../../../src-shared/machine-state'
import type { z } from 'zod'
import { type SysfsReader, parseCount, parseCpuList } from './sysfs-reader'

const CPU = 'sys/devices/system/cpu'

/** Online CPUs with the physical core each belongs to (the list of its hardware threads). */
export interface Topology {
  online: number[]
  /** CPU -> its core's sibling list, normalised ("0,4"); undefined when the kernel does not tell. */
  coreOf: Map<number, string>
  packages: Set<string>
}

export async function readTopology(fs: SysfsReader): Promise<Probed<Topology>> {
  const onlineText = await fs.read(`${CPU}/online`)
  const online = onlineText === null ? null : parseCpuList(onlineText)
  if (online === null || online.length === 0) return unknownBecause(message('cpuOnlineMissing', { path: CPU }))
  const coreOf = new Map<number, string>()
  const packages = new Set<string>()
  for (const cpu of online) {
    const dir = `${CPU}/cpu${cpu}/topology`
    // core_cpus_list since Linux 5.x; thread_siblings_list is its older name.
    const siblings = (await fs.read(`${dir}/core_cpus_list`)) ?? (await fs.read(`${dir}/thread_siblings_list`))
    const list = siblings === null ? null : parseCpuList(siblings)
    if (list === null || list.length === 0) return unknownBecause(message('cpuSiblingsMissing', { dir }))
    coreOf.set(cpu, list.join(','))
    const pkg = await fs.read(`${dir}/physical_package_id`)
    if (pkg !== null) packages.add(pkg)
  }
  return { value: { online, coreOf, packages } }
}

export function coresOf(topology: Probed<Topology>): Probed<Cores> {
  if ('unknown' in topology) return topology
  const { online, coreOf, packages } = topology.value
  const cores = new Set(coreOf.values())
  const smt = [...cores].some((core) => core.includes(','))
  return { value: { physical: cores.size, logical: online.length, ...(packages.size > 0 ? { packages: packages.size } : {}), smt } }
}

function group(cpus: number[], topology: Topology): z.infer<typeof CoreGroupSchema> {
  const cores = new Set(cpus.map((cpu) => topology.coreOf.get(cpu)))
  return { physical: cores.size, logical: cpus.length }
}

export async function readCoreTypes(fs: SysfsReader, topology: Probed<Topology>): Promise<Probed<CoreTypes>> {
  if ('unknown' in topology) return topology
  const t = topology.value
  const onlineSet = new Set(t.online)
  // Intel hybrid: the kernel registers one PMU per core type, each listing its CPUs.
  const pText = await fs.read('sys/devices/cpu_core/cpus')
  const eText = await fs.read('sys/devices/cpu_atom/cpus')
  if (pText !== null || eText !== null) {
    const p = parseCpuList(pText ?? '')
    const e = parseCpuList(eText ?? '')
    if (p === null || e === null) return unknownBecause(message('coreTypesMalformed'))
    const perf = p.filter((cpu) => onlineSet.has(cpu))
    const eff = e.filter((cpu) => onlineSet.has(cpu))
    return {
      value: { hybrid: perf.length > 0 && eff.length > 0, performance: group(perf, t), efficiency: group(eff, t), source: 'linux-intel-hybrid' },
    }
  }
  const capacities: number[] = []
  for (const cpu of t.online) {
    const capacity = parseCount(await fs.read(`${CPU}/cpu${cpu}/cpu_capacity`))
    if (capacity === null) break
    capacities.push(capacity)
  }
  if (capacities.length === t.online.length) {
    // big.LITTLE and DynamIQ: the fastest cores have the highest capacity (1024); any lower tier is slower.
    const top = Math.max(...capacities)
    const perf = t.online.filter((_, i) => capacities[i] === top)
    const eff = t.online.filter((_, i) => capacities[i] !== top)
    return { value: { hybrid: eff.length > 0, performance: group(perf, t), efficiency: group(eff, t), source: 'linux-cpu-capacity' } }
  }
  if ((await fs.read('sys/devices/cpu/type')) !== null) {
    return { value: { hybrid: false, performance: group(t.online, t), efficiency: { physical: 0, logical: 0 }, source: 'linux-single-pmu' } }
  }
  return unknownBecause(message('coreTypesUntold'))
}

const NO_CPUFREQ = unknownBecause(message('noCpufreq'))

export async function readGovernor(fs: SysfsReader, online: number[]): Promise<Probed<Governor>> {
  const governors = new Set<string>()
  let driver: string | null = null
  for (const cpu of online) {
    const governor = await fs.read(`${CPU}/cpu${cpu}/cpufreq/scaling_governor`)
    if (governor !== null && governor !== '') governors.add(governor.slice(0, 40))
    driver ??= await fs.read(`${CPU}/cpu${cpu}/cpufreq/scaling_driver`)
  }
  if (governors.size === 0) return NO_CPUFREQ
  return { value: { governors: [...governors].sort().slice(0, 16), ...(driver ? { driver: driver.slice(0, 40) } : {}) } }
}

export async function readFrequency(fs: SysfsReader, online: number[]): Promise<Probed<Frequency>> {
  const current: number[] = []
  let maxKHz: number | null = null
  for (const cpu of online) {
    const cur = parseCount(await fs.read(`${CPU}/cpu${cpu}/cpufreq/scaling_cur_freq`))
    if (cur !== null) current.push(cur)
    const max = parseCount(await fs.read(`${CPU}/cpu${cpu}/cpufreq/cpuinfo_max_freq`))
    if (max !== null) maxKHz = Math.max(maxKHz ?? 0, max)
  }
  if (current.length === 0) return NO_CPUFREQ
  const mhz = (khz: number) => Math.round(khz / 100) / 10
  return {
    value: { currentMHz: { min: mhz(Math.min(...current)), max: mhz(Math.max(...current)) }, ...(maxKHz !== null ? { maxMHz: mhz(maxKHz) } : {}) },
  }
}
