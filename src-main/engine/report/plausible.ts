/**
 * Limits a schema-valid report must also respect before we draw or compare it. The schema says
 * what a report looks like; these say what a real measurement can be. A hostile or broken file can
 * be well-typed and still claim 10^300 ms or a million runs: such a file would make charts and
 * tables useless (or huge) without ever being a measurement, so it is refused with its path.
 */
import type { Report } from '../../../src-shared/report'
import { fieldChecks } from './plausible-fields'

export const PLAUSIBLE = {
  runs: 1000,
  pointsPerRun: 1000,
  samplesPerPoint: 1_000_000,
  warnings: 10_000,
  /** Far above MAX_WORKERS (256) so a report from a bigger future lab still opens. */
  workers: 65_536,
  cores: 65_536,
  /** 10^9 ms is 11.6 days for a single repetition: anything above is not a measurement. */
  durationMs: 1e9,
  /** A speedup or ratio beyond this can only come from a broken timer. */
  ratio: 1e6,
  memoryBytes: 2 ** 60,
  /** A workload's config is a handful of options; these bound the columns and lines it becomes. */
  configDepth: 6,
  configLeaves: 200,
  configString: 1000,
} as const

export interface PlausibilityProblem {
  path: string
  message: string
}

type Found = PlausibilityProblem | null

const tooMany = (path: string, count: number, limit: number): Found =>
  count > limit ? { path, message: `${count} entries, more than the ${limit} a real report can have` } : null

const tooBig = (path: string, value: number | null | undefined, limit: number, what: string): Found =>
  value !== null && value !== undefined && Math.abs(value) > limit
    ? { path, message: `${value} is not a plausible ${what} (the limit is ${limit})` }
    : null

function first(checks: Iterable<Found>): Found {
  for (const found of checks) if (found) return found
  return null
}

function* configChecks(value: unknown, path: string, depth: number, leaves: { count: number }): Generator<Found> {
  if (depth > PLAUSIBLE.configDepth) {
    yield { path, message: `nested more than ${PLAUSIBLE.configDepth} levels deep` }
    return
  }
  if (typeof value === 'string') {
    leaves.count++
    yield value.length > PLAUSIBLE.configString ? { path, message: `a ${value.length}-character option value is not plausible` } : null
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      yield* configChecks(child, `${path}.${key}`, depth + 1, leaves)
      if (leaves.count > PLAUSIBLE.configLeaves) {
        yield { path, message: `more than ${PLAUSIBLE.configLeaves} options is not a workload configuration` }
        return
      }
    }
  } else {
    leaves.count++
    if (typeof value === 'number') yield tooBig(path, value, Number.MAX_SAFE_INTEGER, 'option value')
  }
}

function* pointChecks(report: Report, r: number, p: number): Generator<Found> {
  const point = report.runs[r]!.points[p]!
  const at = `runs.${r}.points.${p}`
  yield tooBig(`${at}.workers`, point.workers, PLAUSIBLE.workers, 'worker count')
  yield tooMany(`${at}.samplesMs`, point.samplesMs.length, PLAUSIBLE.samplesPerPoint)
  const sample = point.samplesMs.findIndex((s) => s > PLAUSIBLE.durationMs)
  if (sample >= 0) yield tooBig(`${at}.samplesMs.${sample}`, point.samplesMs[sample], PLAUSIBLE.durationMs, 'duration in ms')
  for (const key of ['median', 'mean', 'stddev', 'min', 'max'] as const) {
    yield tooBig(`${at}.stats.${key}`, point.stats[key], PLAUSIBLE.durationMs, 'duration in ms')
  }
  yield tooBig(`${at}.stats.ci95.0`, point.stats.ci95[0], PLAUSIBLE.durationMs, 'duration in ms')
  yield tooBig(`${at}.stats.ci95.1`, point.stats.ci95[1], PLAUSIBLE.durationMs, 'duration in ms')
  yield tooBig(`${at}.speedup`, point.speedup, PLAUSIBLE.ratio, 'speedup')
  yield tooBig(`${at}.speedupVsBaseline`, point.speedupVsBaseline, PLAUSIBLE.ratio, 'speedup')
  yield tooBig(`${at}.speedupCi95.0`, point.speedupCi95?.[0], PLAUSIBLE.ratio, 'speedup')
  yield tooBig(`${at}.speedupCi95.1`, point.speedupCi95?.[1], PLAUSIBLE.ratio, 'speedup')
  yield tooBig(`${at}.efficiency`, point.efficiency, PLAUSIBLE.ratio, 'efficiency')
  const spans = point.timeline ?? []
  const backwards = spans.findIndex((s) => s.endMs < s.startMs || s.endMs > PLAUSIBLE.durationMs)
  if (backwards >= 0) {
    yield { path: `${at}.timeline.${backwards}`, message: 'a span must end after it starts, within a plausible time' }
  }
}

function* reportChecks(report: Report): Generator<Found> {
  const m = report.machine
  yield tooBig('machine.logicalCores', m.logicalCores, PLAUSIBLE.cores, 'core count')
  yield tooBig('machine.availableParallelism', m.availableParallelism, PLAUSIBLE.cores, 'core count')
  yield tooBig('machine.totalMemoryBytes', m.totalMemoryBytes, PLAUSIBLE.memoryBytes, 'memory size')
  yield tooMany('runs', report.runs.length, PLAUSIBLE.runs)
  yield tooMany('warnings', report.warnings.length, PLAUSIBLE.warnings)
  for (const [r, run] of report.runs.entries()) {
    yield tooMany(`runs.${r}.points`, run.points.length, PLAUSIBLE.pointsPerRun)
    for (let p = 0; p < run.points.length; p++) yield* pointChecks(report, r, p)
  }
  yield* fieldChecks(report)
}

/**
 * The shape of every run's `config` as the file holds it, before the schema reads it through the
 * workload's options: a config that is a tree of hundreds of keys is an attack or a corrupted
 * file, and saying so beats the schema's complaint about whichever key it met first.
 */
export function findImplausibleConfigs(value: unknown): PlausibilityProblem | null {
  const runs = typeof value === 'object' && value !== null && 'runs' in value && Array.isArray(value.runs) ? (value.runs as unknown[]) : []
  function* all(): Generator<Found> {
    for (const [r, run] of runs.entries()) {
      if (typeof run === 'object' && run !== null && 'config' in run) yield* configChecks(run.config, `runs.${r}.config`, 0, { count: 0 })
    }
  }
  return first(all())
}

/** The first implausible value in a schema-valid report, or null. */
export function findImplausible(report: Report): PlausibilityProblem | null {
  return first(reportChecks(report))
}
