/**
 * pool-reuse: does a warm pool save the cost of starting a worker per task? Decided per runtime
 * by the interval of spawn-per-task over warm-pool (each repetition's two ways paired, a
 * bootstrap of the ratio of medians): the whole interval above 1 says the pool saves (cite the
 * factor), below 1 that it costs more, straddling 1 that the machine was too noisy to tell.
 * The claim is about process pools: Node's child processes and, where CPython ran, its
 * ProcessPoolExecutor decide (runtimes that disagree make the verdict `depends`, naming them);
 * the thread pools are cited beside them, for the contrast (a thread starts in a millisecond or
 * two, so a thread pool saves less and its interval often reaches 1 on a loaded machine).
 */
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import type { IntervalFigure } from '../../../../src-shared/pool-reuse-report'
import type { Run } from '../../../../src-shared/report'
import type { RuntimeName } from '../../../../src-shared/runtime-names'
import { type Found, type RuleContext, findPoint, findRun, pythonOf } from './lookup'
import { type Bar, type Figure, bar, because, figure, round, sideOf, verdictOf } from './verdict'

/** Spawn over pool at 1: the two ways cost the same. */
const SAME_COST = 1
const NODE: readonly RuntimeName[] = ['thread', 'process']
const PYTHON: readonly RuntimeName[] = ['py-thread', 'py-process']
/** The runtimes whose pools the claim is about. */
const DECIDING: readonly RuntimeName[] = ['process', 'py-process']

interface Measured { run: Run; name: string; spawnMs: number; poolMs: number; ratio: IntervalFigure }

function measured(ctx: RuleContext, runtime: RuntimeName): Found<Measured> {
  const run = findRun(ctx, 'pool-reuse', runtime)
  if (!run.ok) return run
  const spawn = findPoint(ctx, run.value, { variant: 'spawn-per-task' })
  if (!spawn.ok) return spawn
  const pool = findPoint(ctx, run.value, { variant: 'warm-pool' })
  if (!pool.ok) return pool
  const ratio = spawn.value.poolReuse?.spawnOverPool
  if (ratio === undefined || pool.value.poolReuse === undefined) return { ok: false, verdict: verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what: `pool-reuse / ${runtime}` }), { runs: [run.value] }) }
  const method = spawn.value.poolReuse?.startMethod
  return { ok: true, value: { run: run.value, name: method ? `${runtime} (${method})` : runtime, spawnMs: spawn.value.poolReuse!.perTaskMs.median, poolMs: pool.value.poolReuse.perTaskMs.median, ratio } }
}

function cite(m: Measured): { figure: Figure; bar: Bar } {
  const params = { runtime: m.name, spawnMs: round(m.spawnMs), poolMs: round(m.poolMs), factor: round(m.ratio.median), lo: round(m.ratio.ci95[0]), hi: round(m.ratio.ci95[1]) }
  return { figure: figure('poolPerTask', params), bar: bar('runtime', { runtime: m.name }, m.ratio.median, { interval: m.ratio.ci95 }) }
}

export function poolReuse(ctx: RuleContext): ClaimVerdict {
  const withPython = ctx.report.runs.some((r) => r.workload === 'pool-reuse' && PYTHON.includes(r.runtime))
  const all: Measured[] = []
  for (const runtime of withPython ? [...NODE, ...PYTHON] : NODE) {
    const m = measured(ctx, runtime)
    if (!m.ok) return m.verdict
    all.push(m.value)
  }
  const runs = all.map((m) => m.run)
  const pyRun = all.find((m) => PYTHON.includes(m.run.runtime))
  const python = pyRun ? pythonOf(pyRun.run) : undefined
  const tested = python ? { python } : {}
  const deciding = all.filter((m) => DECIDING.includes(m.run.runtime))
  if (deciding.some((m) => m.ratio.ciMethod === 'range')) return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'), { runs, ...tested })
  const cited = all.map(cite)
  const extras = { ...tested, runs, figures: [...cited.map((c) => c.figure), figure('poolThreshold', { threshold: SAME_COST })], evidence: { unit: 'ratio' as const, bars: cited.map((c) => c.bar) } }
  const sides = deciding.map((m) => ({ m, side: sideOf(m.ratio.ci95, SAME_COST) }))
  const saves = sides.filter((s) => s.side === 'above').map((s) => s.m)
  const costs = sides.filter((s) => s.side === 'below').map((s) => s.m)
  const names = (ms: readonly Measured[]) => ms.map((m) => m.name).join(', ')
  if (saves.length > 0 && costs.length > 0) return verdictOf(ctx.claim, 'depends', because('poolDependsOnRuntime', { saves: names(saves), costs: names(costs) }), extras)
  if (saves.length === deciding.length) {
    // The smallest gap is the claim's weakest support: cite it, and the process pool's own.
    const least = saves.reduce((a, b) => (b.ratio.median < a.ratio.median ? b : a))
    const proc = all.find((m) => m.run.runtime === 'process')!
    return verdictOf(ctx.claim, 'holds', because('poolSaves', { factor: round(proc.ratio.median), least: round(least.ratio.median), runtime: least.name }), extras)
  }
  if (costs.length === deciding.length) {
    const most = costs.reduce((a, b) => (b.ratio.median < a.ratio.median ? b : a))
    return verdictOf(ctx.claim, 'does-not-hold', because('poolCostsMore', { factor: round(1 / most.ratio.median), runtime: most.name }), extras)
  }
  return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
}
