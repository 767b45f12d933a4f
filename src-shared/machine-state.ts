/**
 * The machine's state while a suite ran (report.ts `machine.state`): what shapes the figures
 * besides the code under test. Every field is either known (`{ value }`) or `{ unknown: reason }`,
 * never left out silently and never guessed: a desktop without a battery says `onBattery: false`,
 * a Mac without a governor says why there is none. Optional in the report, so files written
 * before it still parse.
 */
import { z } from 'zod'
import { finite, nonNegative } from './numbers'
import { type EngineMessage, englishText } from './engine-message'
import { EngineMessageSchema } from './engine-message-schema'

const share = finite.refine((n) => n >= 0 && n <= 1, 'must be a share between 0 and 1')
const count = z.number().int().min(0)

/** Why a figure is not known here, in one plain English line. */
export const UnknownReasonSchema = z.string().max(500)

/**
 * A figure, or the reason it is not known: `{ value }` | `{ unknown }`. `unknownMessage` is the
 * same reason as a catalogue code (engine-message.ts), for displays in other languages; files
 * written before it have the English text only.
 */
export function probed<T extends z.ZodType>(value: T) {
  return z.union([z.object({ value }), z.object({ unknown: UnknownReasonSchema, unknownMessage: EngineMessageSchema.optional() })])
}
export type Unknown = { unknown: string; unknownMessage?: EngineMessage }
export type Probed<T> = { value: T } | Unknown

/** Why a figure is not known, in English and as a code. */
export const unknownBecause = (m: EngineMessage): Unknown => ({ unknown: englishText(m), unknownMessage: m })

export const CoresSchema = z.object({
  /** Cores with their own execution units. */
  physical: z.number().int().min(1),
  /** What the OS schedules on (hardware threads); os.cpus().length where the OS agrees. */
  logical: z.number().int().min(1),
  /** CPU packages (sockets), where the OS tells. */
  packages: z.number().int().min(1).optional(),
  /** Some physical core runs more than one logical core (Hyper-Threading, SMT). */
  smt: z.boolean(),
})
export type Cores = z.infer<typeof CoresSchema>

export const CoreGroupSchema = z.object({ physical: count.optional(), logical: count })

export const CORE_TYPE_SOURCES = [
  /** Linux on Intel hybrid CPUs: /sys/devices/cpu_core/cpus and /sys/devices/cpu_atom/cpus. */
  'linux-intel-hybrid',
  /** Linux, mostly ARM: /sys/devices/system/cpu/cpu<N>/cpu_capacity (the highest is performance). */
  'linux-cpu-capacity',
  /** Linux x86 with one CPU type: /sys/devices/cpu, no cpu_core/cpu_atom. */
  'linux-single-pmu',
  /** macOS: sysctl hw.nperflevels, hw.perflevel<N>.physicalcpu / logicalcpu. */
  'macos-perflevels',
] as const

export const CoreTypesSchema = z.object({
  /** Performance and efficiency cores of different speeds in one machine. */
  hybrid: z.boolean(),
  performance: CoreGroupSchema.optional(),
  efficiency: CoreGroupSchema.optional(),
  source: z.enum(CORE_TYPE_SOURCES),
})
export type CoreTypes = z.infer<typeof CoreTypesSchema>

/** Linux cpufreq: the governors in use (several when cores differ) and the driver that applies them. */
export const GovernorSchema = z.object({
  governors: z.array(z.string().max(40)).min(1).max(16),
  driver: z.string().max(40).optional(),
})
export type Governor = z.infer<typeof GovernorSchema>

export const FrequencySchema = z.object({
  /** scaling_cur_freq over the online cores, lowest and highest, in MHz. */
  currentMHz: z.object({ min: nonNegative, max: nonNegative }),
  /** cpuinfo_max_freq: the highest the hardware allows (boost included where the driver says so). */
  maxMHz: nonNegative.optional(),
})
export type Frequency = z.infer<typeof FrequencySchema>

export const PowerSchema = z.object({
  onBattery: z.boolean(),
  /** The OS knows of a system battery (devices' own batteries, a mouse's, are left out). */
  batteryPresent: z.boolean(),
  chargePercent: finite.refine((n) => n >= 0 && n <= 100, 'must be a percentage').optional(),
})
export type Power = z.infer<typeof PowerSchema>

/**
 * What the busy signal subtracts from the machine's non-idle CPU time as the lab's own:
 * `lab-process`: the lab's process (main thread and worker threads, process.cpuUsage), and
 * intervals in which the lab had child processes are left out, their CPU time being unreadable
 * there; `lab-process-and-children`: the same plus the lab's child processes (Linux /proc).
 */
export const BUSY_SUBTRACTIONS = ['lab-process', 'lab-process-and-children'] as const

export const BusyWindowSchema = z.object({
  /** Share of all cores' time used by programs other than the lab. */
  otherShare: share,
  windowMs: nonNegative,
})

export const BusyDuringSchema = z.object({
  /** Mean over the intervals counted, each weighted by its CPU time. */
  meanOtherShare: share,
  /** The busiest single interval. */
  maxOtherShare: share,
  intervals: count,
  /** Intervals left out (the lab's children unreadable, cores changed, a clock step). */
  skipped: count,
})

export const BusySchema = z.object({
  /** A short window just before the first run, with the lab idle. */
  before: probed(BusyWindowSchema),
  /** Every `intervalMs` while the runs ran. */
  during: probed(BusyDuringSchema),
  intervalMs: nonNegative,
  subtracted: z.enum(BUSY_SUBTRACTIONS),
})
export type Busy = z.infer<typeof BusySchema>

export const MachineStateSchema = z.object({
  cores: probed(CoresSchema),
  coreTypes: probed(CoreTypesSchema),
  governor: probed(GovernorSchema),
  frequency: probed(FrequencySchema),
  power: probed(PowerSchema),
  /** Left out only while the suite has not finished (the engine fills it at the end). */
  busy: probed(BusySchema).optional(),
})
export type MachineState = z.infer<typeof MachineStateSchema>

/** The value of a probed figure, or undefined when it is not known. */
export function known<T>(p: Probed<T> | undefined): T | undefined {
  return p !== undefined && 'value' in p ? p.value : undefined
}
