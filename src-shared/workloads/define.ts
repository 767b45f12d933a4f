/**
 * What every workload declares once, in the contracts room so that the engine, the CLI and the
 * renderer read the same definition: its options schema, how the CLI spells its flags, its presets
 * and how its configuration reads in one line. The record of all of them (index.ts) is keyed by
 * workload name, so a workload left out of any part is a compile error, not a silent fall-back.
 */
import type { z } from 'zod'
import type { RuntimeName } from '../runtime-names'

/** Translates a catalogue key (src-shared/i18n) with `{name}` placeholders filled in. */
export type Translate = (key: string, params?: Record<string, string | number>) => string

/**
 * How one option is typed on the command line. The flag name defaults to the option's key in
 * kebab case (`chunksPerWorker` -> `--chunks-per-worker`); `flag` overrides it when two workloads
 * would otherwise collide or today's name differs. Workloads that give one key the same flag share
 * it (`--tasks`, `--samples`): the CLI registers it once and routes it to whichever runs.
 */
export interface FlagSpec {
  /** Without the leading dashes. */
  flag?: string
  /** `bytes`: accepts 64, 1k, 64k, 1m (binary multiples) for a number or a list of numbers. */
  unit?: 'bytes'
  /** Not offered on the command line (e.g. options only the app sets). */
  hidden?: boolean
}

/** The settings of a run that a preset may fix besides the workload's own options. */
export type PresetCommon = {
  runtimes?: RuntimeName[]
  workers?: 'auto' | number[]
  repeat?: number
  warmup?: number
}

/** A named starting point of a form; its label and hint live in the catalogue under `presets.<id>`. */
export interface Preset<Input> {
  id: string
  workload: Partial<Omit<Input, 'workload'>>
  common: PresetCommon
}

/**
 * `sweep`: tasks timed over a sweep of worker counts (speedup, efficiency). `micro`: an
 * experiment that drives workers itself and reports points of its own shape (spawn, IPC...).
 */
export type WorkloadShape = 'sweep' | 'micro'

export interface WorkloadDefinition<S extends z.ZodType<{ workload: string }>> {
  readonly schema: S
  readonly shape: WorkloadShape
  /** True when the main thread alone has nothing to measure (spawn cost, ping-pongs). */
  readonly workersOnly: boolean
  /**
   * True when the concept exists only between threads of one process (locks over shared memory):
   * a runtime that shares no memory with the others answers "threads only" and why.
   */
  readonly sharedMemoryOnly?: boolean
  /** The runtimes it runs on when the user names the workload without runtimes. */
  readonly defaultRuntimes: readonly RuntimeName[]
  readonly flags: { readonly [K in Exclude<keyof z.output<S>, 'workload'>]?: FlagSpec }
  readonly presets: ReadonlyArray<Preset<z.input<S>>>
  /** The validated options in one line, for table headings and exports. */
  describe(options: z.output<S>, t: Translate): string
}

/** Identity, typed: lets each workload file state its definition with full inference. */
export function defineWorkload<S extends z.ZodType<{ workload: string }>>(definition: WorkloadDefinition<S>): WorkloadDefinition<S> {
  return definition
}

/** A list option's values once each, in order: `payloads: 64k,64,64` means 64 then 65536. */
/**
 * Chosen option values as a reader names them (`options.<workload>.<field>.<value>` of the
 * catalogue, the names the form shows), so a heading in Chinese does not list English ids; a value
 * without a name stays as its id.
 */
export function optionNames(t: Translate, workload: string, field: string, values: readonly string[]): string {
  return values
    .map((value) => {
      const key = `options.${workload}.${field}.${value}`
      const name = t(key)
      return name === key ? value : name
    })
    .join(', ')
}

export const uniqueSorted = (xs: number[]): number[] => [...new Set(xs)].sort((a, b) => a - b)
