/**
 * Comparing machines: several reports side by side, one column per machine, every figure as a
 * ratio against a chosen baseline machine. Pure: reports in, a `Comparison` out, which the CLI
 * prints, the exporters write and the renderer draws.
 *
 * Honesty rules: two points are compared only when they measured the same thing — same workload,
 * runtime, workload options, settings that change the figure (serialization, warm-up, libuv pool
 * size...), worker count and case (variant, payload...). Everything else is shown as a mismatch
 * with the fields that differ, never silently dropped. A point whose answer was wrong is shown
 * but gets no ratio.
 */
import type { BaselineChoice, ComparedMachine, Comparison, ComparisonCell, ComparisonGroup, ComparisonMismatch, ComparisonRow, MachineSummary } from '../../../src-shared/comparison'
import type { Point, Report, Run } from '../../../src-shared/report'
import { claimsOfComparison } from './claims-compare'
import { MIN_INTERVAL_SAMPLES, bootstrapRatioInterval } from '../stats/bootstrap'
import { deriveSeed } from '../stats/random'
import { compareFamily } from '../stats/significance'
import { type Leaf, caseLabeller, configLeaves, flattenLeaves, pointCaseLeaves, stableStringify } from './exporters/figures'

export interface CompareInput {
  /** Where the report came from (a file name), shown when the report has no label. */
  source: string
  report: Report
  /** Version the file was migrated from, if it was (see migrate.ts). */
  migratedFrom?: number | null
}

// The types live in src-shared (the renderer draws a Comparison too); re-exported for the engine's users.
export type { BaselineChoice, ComparedMachine, Comparison, ComparisonCell, ComparisonGroup, ComparisonMismatch, ComparisonRow, MachineSummary }

export class CompareError extends Error {
  override readonly name = 'CompareError'
}

/**
 * Settings that do not change what a point measures: precision (repeat), the safety net (timeout)
 * and where an interpreter is installed (its version, build and start method are matched).
 */
const NOT_MATCHED_SETTINGS: ReadonlySet<string> = new Set(['repeat', 'taskTimeoutMs', 'python.executable'])

function matchedSettings(run: Run): [string, Leaf][] {
  return flattenLeaves(run.settings, '').filter(([k]) => !NOT_MATCHED_SETTINGS.has(k))
}

// A py run's interpreter version is part of its family: CPython 3.11 and 3.13 are two runtimes here.
const familyKey = (run: Run) => `${run.workload}\u0000${run.runtime}\u0000${run.settings.python?.version ?? ''}`
const seriesKey = (run: Run) => `${familyKey(run)}\u0000${stableStringify(run.config)}\u0000${stableStringify(matchedSettings(run))}`
const pointKey = (p: Point) => `${p.workers}\u0000${stableStringify(pointCaseLeaves(p))}`

function machineLabels(inputs: readonly CompareInput[]): string[] {
  const seen = new Map<string, number>()
  return inputs.map(({ report, source }) => {
    const base = report.label ?? report.machine.hostname ?? (source.split(/[\\/]/).pop() ?? source).replace(/\.json$/i, '')
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base} (${count})`
  })
}

function resolveBaseline(choice: BaselineChoice | undefined, machines: readonly ComparedMachine[]): number {
  if (!choice) return 0
  if ('index' in choice) {
    if (!Number.isInteger(choice.index) || choice.index < 0 || choice.index >= machines.length) {
      throw new CompareError(`baseline ${choice.index + 1} is out of range: there are ${machines.length} reports`)
    }
    return choice.index
  }
  const wanted = choice.label
  const match = machines.find((m) => m.label === wanted) ??
    machines.find((m) => m.machine.hostname === wanted || m.source === wanted || m.source.split(/[\\/]/).pop() === wanted)
  if (!match) throw new CompareError(`no report is labelled "${wanted}"; the labels are: ${machines.map((m) => `"${m.label}"`).join(', ')}`)
  return match.index
}

/** A fixed seed: comparing the same reports gives the same intervals every time. */
const COMPARE_SEED = deriveSeed(0x0c0ffee, 'compare-machines')

/**
 * Baseline time / this time, with the interval the lab uses for its own ratios: a percentile
 * bootstrap of the ratio of medians (two machines' samples are independent, so unpaired), and
 * none below 5 repetitions on either side.
 */
function relativeOf(baseline: Point, own: Point, label: string): { relative: number | null; relativeCi95: [number, number] | null } {
  if (!(baseline.stats.median > 0 && own.stats.median > 0)) return { relative: null, relativeCi95: null }
  const relative = baseline.stats.median / own.stats.median
  const enough = baseline.samplesMs.length >= MIN_INTERVAL_SAMPLES && own.samplesMs.length >= MIN_INTERVAL_SAMPLES
  const positive = [...baseline.samplesMs, ...own.samplesMs].every((t) => t > 0)
  const ci = enough && positive ? bootstrapRatioInterval(baseline.samplesMs, own.samplesMs, deriveSeed(COMPARE_SEED, label), false) : null
  return { relative, relativeCi95: ci }
}

/** Samples of a cell and of its baseline, kept until the whole comparison's family is tested. */
interface PendingTest {
  cell: Extract<ComparisonCell, { state: 'measured' }>
  own: readonly number[]
  baseline: readonly number[]
}

function measuredCell(run: Run, point: Point, baseline: { run: Run; point: Point } | undefined, isBaseline: boolean, tests: PendingTest[]): ComparisonCell {
  const cell: Extract<ComparisonCell, { state: 'measured' }> = {
    state: 'measured',
    runId: run.id,
    runStatus: run.status,
    medianMs: point.stats.median,
    ci95: [point.stats.ci95[0], point.stats.ci95[1]],
    n: point.stats.n,
    speedup: point.speedup,
    checkOk: point.check.ok,
    relative: null,
    relativeCi95: null,
  }
  if (isBaseline) return { ...cell, noRelative: 'is-baseline' }
  if (!point.check.ok || (baseline && !baseline.point.check.ok)) return { ...cell, noRelative: 'check-failed' }
  if (!baseline) return { ...cell, noRelative: 'baseline-not-measured' }
  const measured = { ...cell, ...relativeOf(baseline.point, point, `${run.id}:${pointKey(point)}`) }
  const positive = [...point.samplesMs, ...baseline.point.samplesMs].every((t) => t > 0)
  if (positive) tests.push({ cell: measured, own: point.samplesMs, baseline: baseline.point.samplesMs })
  return measured
}

/** One family: every machine-against-baseline test of the comparison, Holm-corrected together. */
function attachSignificance(tests: readonly PendingTest[]): void {
  const results = compareFamily(tests.map((t) => ({ a: t.own, b: t.baseline })))
  results.forEach((r, i) => {
    tests[i]!.cell.significance = { verdict: r.verdict, pAdjusted: r.pAdjusted, ratio: r.ratio, nA: r.nA, nB: r.nB }
  })
}

function buildGroup(key: string, inputs: readonly CompareInput[], baselineIndex: number, tests: PendingTest[]): ComparisonGroup {
  // Per machine: its first run with this key (a report rarely holds two; the first is the one shown).
  const runs = inputs.map(({ report }) => report.runs.find((r) => seriesKey(r) === key))
  const families = inputs.map(({ report }) => new Set(report.runs.map(familyKey)))
  const first = runs.find((r): r is Run => r !== undefined)!
  const order = new Map<string, Point>()
  for (const run of runs) for (const p of run?.points ?? []) if (!order.has(pointKey(p))) order.set(pointKey(p), p)
  const cases = caseLabeller([...order.values()])
  const points = [...order.values()].sort((a, b) => cases.label(a).localeCompare(cases.label(b)) || a.workers - b.workers)
  const rows = points.map((p): ComparisonRow => {
    const find = (run: Run | undefined) => run?.points.find((q) => pointKey(q) === pointKey(p))
    const baseRun = runs[baselineIndex]
    const basePoint = find(baseRun)
    const baseline = baseRun && basePoint ? { run: baseRun, point: basePoint } : undefined
    const cells = runs.map((run, m): ComparisonCell => {
      const own = find(run)
      if (run && own) return measuredCell(run, own, baseline, m === baselineIndex, tests)
      if (run) return { state: 'not-measured', why: 'no-point' }
      return { state: 'not-measured', why: families[m]?.has(familyKey(first)) ? 'other-settings' : 'no-run' }
    })
    return { workers: p.workers, caseLabel: cases.label(p), cells }
  })
  return { key, workload: first.workload, runtime: first.runtime, ...(first.settings.python ? { python: first.settings.python.version } : {}), config: first.config, settings: matchedSettings(first), commonCase: cases.common, rows }
}

function mismatchesOf(inputs: readonly CompareInput[]): ComparisonMismatch[] {
  const families = new Map<string, Run[][]>()
  inputs.forEach(({ report }, m) => {
    for (const run of report.runs) {
      const perMachine = families.get(familyKey(run)) ?? inputs.map(() => [])
      perMachine[m]?.push(run)
      families.set(familyKey(run), perMachine)
    }
  })
  const out: ComparisonMismatch[] = []
  for (const perMachine of families.values()) {
    const all = perMachine.flat()
    if (new Set(all.map(seriesKey)).size <= 1) continue
    const leavesOf = (run: Run) => new Map<string, Leaf>([...configLeaves(run.config).map(([k, v]): [string, Leaf] => [`config.${k}`, v]), ...matchedSettings(run)])
    const fieldNames = [...new Set(all.flatMap((r) => [...leavesOf(r).keys()]))]
    const fields = fieldNames.flatMap((field) => {
      const values = perMachine.map((runs) => (runs.length === 0 ? null : [...new Set(runs.map((r) => String(leavesOf(r).get(field) ?? '–')))].join(' / ')))
      const distinct = new Set(values.filter((v) => v !== null))
      return distinct.size > 1 ? [{ field, values }] : []
    })
    const first = all[0]!
    out.push({ workload: first.workload, runtime: first.runtime, ...(first.settings.python ? { python: first.settings.python.version } : {}), fields })
  }
  return out
}

function summaries(groups: readonly ComparisonGroup[], count: number): MachineSummary[] {
  return Array.from({ length: count }, (_, m) => {
    const logs = groups.flatMap((g) => g.rows.flatMap((r) => {
      const c = r.cells[m]
      return c?.state === 'measured' && c.relative !== null && c.relative > 0 ? [Math.log(c.relative)] : []
    }))
    return { geomeanRelative: logs.length === 0 ? null : Math.exp(logs.reduce((a, b) => a + b, 0) / logs.length), comparedPoints: logs.length }
  })
}

function notesOf(machines: readonly ComparedMachine[], inputs: readonly CompareInput[]): string[] {
  const notes: string[] = []
  const differ = (what: string, value: (m: ComparedMachine) => string) => {
    const values = new Set(machines.map(value))
    if (values.size > 1) notes.push(`${what} differ: ${machines.map((m) => `${m.label} ${value(m)}`).join(', ')}.`)
  }
  differ('Lab versions', (m) => m.machine.versions.lab)
  differ('Node.js versions', (m) => m.machine.versions.node)
  for (const m of machines) if (m.migratedFrom !== null) notes.push(`${m.label} was written as report version ${m.migratedFrom} and migrated to read it.`)
  inputs.forEach(({ report }, i) => {
    const unfinished = report.runs.filter((r) => r.status !== 'completed')
    if (unfinished.length > 0) notes.push(`${machines[i]?.label}: ${unfinished.map((r) => `${r.workload}/${r.runtime} ${r.status}`).join(', ')}; only its finished points are compared.`)
  })
  return notes
}

export function compareReports(inputs: readonly CompareInput[], opts: { baseline?: BaselineChoice } = {}): Comparison {
  if (inputs.length < 2) throw new CompareError(`comparing needs at least two reports, got ${inputs.length}`)
  const labels = machineLabels(inputs)
  const machines: ComparedMachine[] = inputs.map((input, index) => ({
    index,
    label: labels[index] ?? `#${index + 1}`,
    source: input.source,
    machine: input.report.machine,
    createdAt: input.report.createdAt,
    migratedFrom: input.migratedFrom ?? null,
  }))
  const baselineIndex = resolveBaseline(opts.baseline, machines)
  const keys = [...new Set(inputs.flatMap(({ report }) => report.runs.map(seriesKey)))]
  const tests: PendingTest[] = []
  const groups = keys.map((key) => buildGroup(key, inputs, baselineIndex, tests))
  attachSignificance(tests)
  return {
    machines,
    baselineIndex,
    groups,
    mismatches: mismatchesOf(inputs),
    summaries: summaries(groups, machines.length),
    notes: notesOf(machines, inputs),
    ...claimsOfComparison(inputs.map((input) => input.report)),
  }
}
