/**
 * What the exporters read out of a report besides the core fields: run groups, the workload's
 * options as flat `key = value` pairs, and the "extra" figures a workload may add to its points
 * (throughput, latency percentiles, CPU time, ...). Extras are found generically, by shape, so a
 * new workload's figures appear in every export without an exporter knowing its name.
 */
import type { WorkloadName, WorkloadOptions } from '../../../../src-shared/config'
import type { Point, Report, Run } from '../../../../src-shared/report'
import { EN, type ExportLocale } from './locale'

/** Point fields every exporter shows in its own way; anything else is an extra figure. */
export const CORE_POINT_KEYS: ReadonlySet<string> = new Set([
  'workers',
  'oversubscribed',
  'samplesMs',
  'stats',
  'speedup',
  'speedupCi95',
  'speedupVsBaseline',
  'efficiency',
  'karpFlatt',
  'check',
  'timeline',
  // Global-lock mode: its own section of the exports (global-lock-rows.ts).
  'globalLock',
  // Issue 14: shown in the results and significance tables (point-cells.ts), or raw data kept for
  // the JSON and trace exports, so not repeated as "other figures" or read as a point's case.
  'samplesStartedAtMs',
  'samplesRound',
  'speedupCiUnavailable',
  'speedupVsBaselineCi95',
  'speedupVsBaselineCiUnavailable',
  'karpFlattUnavailable',
  'comparisons',
  'traces',
])

export type Leaf = string | number | boolean | null

const MAX_LEAVES = 200
const MAX_DEPTH = 4
/** Arrays of objects longer than this are summarised as "(N items)". */
const SPREAD_ARRAY_MAX = 4

/**
 * Flattens a value into `path = leaf` pairs: objects by key, arrays of values joined into one
 * string, short arrays of objects by index. Bounded in depth and count (the reader's plausibility
 * check bounds configs; extras are bounded here).
 */
export function flattenLeaves(value: unknown, prefix: string, out: [string, Leaf][] = [], depth = 0): [string, Leaf][] {
  if (out.length >= MAX_LEAVES) return out
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.push([prefix, value])
  } else if (Array.isArray(value)) {
    const primitives = value.every((v) => typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
    // A list of values (option lists, histograms, raw samples) is one cell, space-separated.
    if (primitives) out.push([prefix, value.join(' ')])
    else if (depth >= MAX_DEPTH || value.length > SPREAD_ARRAY_MAX) out.push([prefix, `(${value.length} items)`])
    else value.forEach((v, i) => flattenLeaves(v, `${prefix}.${i}`, out, depth + 1))
  } else if (typeof value === 'object') {
    if (depth >= MAX_DEPTH) out.push([prefix, '(nested too deep)'])
    else for (const [key, child] of Object.entries(value)) flattenLeaves(child, prefix === '' ? key : `${prefix}.${key}`, out, depth + 1)
  }
  return out
}

/** The workload options without the `workload` tag itself, flattened. */
export function configLeaves(config: Record<string, unknown>): [string, Leaf][] {
  return flattenLeaves(config, '').filter(([key]) => key !== 'workload')
}

/** Extra figures of a point, flattened (`cpu.userMs`, `latencyUs.p99`, ...). */
export function pointExtraLeaves(point: Point): [string, Leaf][] {
  const out: [string, Leaf][] = []
  for (const [key, value] of Object.entries(point)) {
    if (!CORE_POINT_KEYS.has(key) && value !== undefined) flattenLeaves(value, key, out)
  }
  return out
}

/**
 * Point fields that say WHICH measurement a point is rather than what it measured: a micro
 * experiment has several points at one worker count (a spawn variant, an IPC mechanism, a payload
 * size). Together with `workers` they identify a point; any other top-level text field counts too.
 */
export const CASE_POINT_KEYS: ReadonlySet<string> = new Set(['variant', 'mechanism', 'payloadKind', 'payloadBytes', 'uvThreadpoolSize', 'settings'])

/** The case fields of a point, flattened (`variant`, `payloadBytes`, `settings.poolSize`). */
export function pointCaseLeaves(point: Point, exclude: readonly string[] = []): [string, Leaf][] {
  const out: [string, Leaf][] = []
  for (const [key, value] of Object.entries(point)) {
    if (CORE_POINT_KEYS.has(key) || exclude.includes(key) || value === undefined) continue
    if (CASE_POINT_KEYS.has(key) || typeof value === 'string') flattenLeaves(value, key, out)
  }
  return out
}

/** `cold-ready · 64.0 KiB`: a case as people read it (empty for plain sweep points). */
export function caseLabel(leaves: readonly [string, Leaf][], loc: ExportLocale = EN): string {
  const { fmt } = loc
  return leaves
    .map(([key, value]) => {
      if (key === 'payloadBytes' && typeof value === 'number') return fmt.bytes(value)
      if (key === 'uvThreadpoolSize') return loc.r('table.libuvPool', { size: fmt.leaf(value) })
      if (key.startsWith('settings.')) return `${key.slice('settings.'.length)}=${fmt.leaf(value)}`
      return fmt.leaf(value)
    })
    .join(' · ')
}

/** Case fields with one and the same value on every one of these points: they tell none apart. */
export function commonCaseLeaves(points: readonly Point[]): [string, Leaf][] {
  const lists = points.map((p) => pointCaseLeaves(p))
  const [first, ...rest] = lists
  if (!first) return []
  return first.filter(([k, v]) => rest.every((list) => list.some(([key, value]) => key === k && value === v)))
}

/** Labels for the points of a group: only the case fields that differ, plus the shared ones once. */
export function caseLabeller(points: readonly Point[], loc: ExportLocale = EN): { label: (p: Point) => string; common: string; varies: boolean } {
  const common = commonCaseLeaves(points)
  const shared = new Set(common.map(([k]) => k))
  const label = (p: Point) => caseLabel(pointCaseLeaves(p).filter(([k]) => !shared.has(k)), loc)
  return { label, common: caseLabel(common, loc), varies: points.some((p) => label(p) !== '') }
}

/** Fields a run or a report carries beyond the core ones (references, host figures...), flattened. */
export function extraLeaves(value: object, core: ReadonlySet<string>): [string, Leaf][] {
  const out: [string, Leaf][] = []
  for (const [key, child] of Object.entries(value)) if (!core.has(key) && child !== undefined) flattenLeaves(child, key, out)
  return out
}

export const CORE_RUN_KEYS: ReadonlySet<string> = new Set([
  'id', 'workload', 'runtime', 'config', 'settings', 'status', 'error', 'errorMessage', 'startedAt', 'finishedAt', 'overhead', 'points', 'amdahl',
  // Shown in the notes under the results table (point-cells.ts, rows.ts runNotes).
  'amdahlUnavailable', 'schedule',
  // The claims a run was measured for: the claims section says what each was and what it showed.
  'claims',
])
/**
 * `claims`: the verdicts have their own section (claims-html.ts, claims-markdown.ts), worded in the
 * export's language; flattened they would be raw codes, English sentences and unrounded figures.
 */
export const CORE_REPORT_KEYS: ReadonlySet<string> = new Set(['schema', 'version', 'createdAt', 'label', 'machine', 'runs', 'warnings', 'claims'])

/** Object keys in a stable order, so equal configs give equal strings whatever their key order. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** A workload's heading in exports, from the catalogue (the same words as the text table). */
export function workloadTitle(workload: WorkloadName, loc: ExportLocale = EN): string {
  return loc.t(`workloads.${workload}.heading`)
}

/** Runs of one workload with one configuration, in report order. */
export interface RunGroup {
  workload: WorkloadName
  config: WorkloadOptions
  runs: Run[]
}

export function groupRuns(report: Report): RunGroup[] {
  const groups = new Map<string, RunGroup>()
  for (const run of report.runs) {
    const key = `${run.workload}\u0000${stableStringify(run.config)}`
    const group: RunGroup = groups.get(key) ?? { workload: run.workload, config: run.config, runs: [] }
    group.runs.push(run)
    groups.set(key, group)
  }
  return [...groups.values()]
}

export function reportTitle(report: Report, loc: ExportLocale = EN): string {
  return report.label ?? loc.r('meta.defaultTitle', { cpu: report.machine.cpuModel })
}

const UNIT_SUFFIXES: [RegExp, string][] = [
  [/Ms$/, 'ms'],
  [/Us$/, 'µs'],
  [/Ns$/, 'ns'],
  [/Bytes$/, 'bytes'],
  [/PerSec(ond)?$|PerS$/, 'per second'],
]

/**
 * `latencyUs` → { stem: 'latency', words: 'latency', unit: 'µs' }: a readable name for a field
 * without a dictionary (the stem is the key under which the catalogue may name it).
 */
export function describeName(name: string): { stem: string; words: string; unit: string } {
  for (const [pattern, unit] of UNIT_SUFFIXES) {
    if (pattern.test(name)) {
      const stem = name.replace(pattern, '')
      return { stem, words: humanize(stem), unit }
    }
  }
  return { stem: name, words: humanize(name), unit: '' }
}

function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_.]+/g, ' ').toLowerCase().trim()
  return words === '' ? name : words
}

/** `references` → `References`, for headings. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
