/**
 * spawn-cost: starting a process against starting a thread, by the intervals of their cold
 * starts (to the first message). Node's thread against its child process always; where CPython
 * ran, its thread against its processes under every start method the OS offered (one point per
 * method: `fork` may be cheap where `spawn` re-imports the interpreter), each pair on its own.
 */
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import type { Point, Run } from '../../../../src-shared/report'
import { timeInterval } from './costs'
import { type Found, type RuleContext, findPoint, findRun, pythonOf } from './lookup'
import { type Bar, type Figure, type Interval, bar, because, figure, placeOf, round, verdictOf } from './verdict'

/** One process start against its thread's, in the same runtime family. */
interface Pair { label: string; method?: string; process: Point; processCi: Interval; thread: Point; threadCi: Interval }

const PY_METHOD_PREFIX = 'cold-ready-'

function cite(runtime: string, point: Point, ci: Interval, method?: string): { figure: Figure; bar: Bar } {
  const ms = { ms: round(point.stats.median), lo: round(ci[0]), hi: round(ci[1]) }
  return method === undefined
    ? { figure: figure('spawnMs', { runtime, ...ms }), bar: bar('runtime', { runtime }, point.stats.median, { interval: ci }) }
    : { figure: figure('spawnMsMethod', { runtime, method, ...ms }), bar: bar('runtimeMethod', { runtime, method }, point.stats.median, { interval: ci }) }
}

/** CPython's pairs, where it ran: its thread's start against each start method's. */
function pythonPairs(ctx: RuleContext): Found<{ runs: Run[]; pairs: Pair[]; python?: string } | null> {
  if (!ctx.report.runs.some((r) => r.workload === 'spawn' && (r.runtime === 'py-thread' || r.runtime === 'py-process'))) return { ok: true, value: null }
  const thread = findRun(ctx, 'spawn', 'py-thread')
  if (!thread.ok) return thread
  const proc = findRun(ctx, 'spawn', 'py-process')
  if (!proc.ok) return proc
  const t = findPoint(ctx, thread.value, { variant: 'cold-ready' })
  if (!t.ok) return t
  const runs = [thread.value, proc.value]
  const methods = proc.value.points.filter((x) => x.variant?.startsWith(PY_METHOD_PREFIX))
  if (methods.length === 0) return { ok: false, verdict: verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what: 'spawn / py-process' }), { runs }) }
  const threadCi = timeInterval(t.value)
  const pairs: Pair[] = []
  for (const p of methods) {
    const processCi = timeInterval(p)
    // An empty list: some interval is missing (too few samples), and the rule says so.
    if (threadCi === null || processCi === null) return { ok: true, value: { runs, pairs: [] } }
    pairs.push({ label: 'py-process', method: p.variant!.slice(PY_METHOD_PREFIX.length), process: p, processCi, thread: t.value, threadCi })
  }
  const python = pythonOf(proc.value) ?? pythonOf(thread.value)
  return { ok: true, value: { runs, pairs, ...(python ? { python } : {}) } }
}

export function spawnCost(ctx: RuleContext): ClaimVerdict {
  const thread = findRun(ctx, 'spawn', 'thread')
  if (!thread.ok) return thread.verdict
  const proc = findRun(ctx, 'spawn', 'process')
  if (!proc.ok) return proc.verdict
  const t = findPoint(ctx, thread.value, { variant: 'cold-ready' })
  if (!t.ok) return t.verdict
  const p = findPoint(ctx, proc.value, { variant: 'cold-ready' })
  if (!p.ok) return p.verdict
  const py = pythonPairs(ctx)
  if (!py.ok) return py.verdict
  const runs = [thread.value, proc.value, ...(py.value?.runs ?? [])]
  const python = py.value?.python
  const tested = python ? { python } : {}
  const ti = timeInterval(t.value)
  const pi = timeInterval(p.value)
  if (ti === null || pi === null || (py.value !== null && py.value.pairs.length === 0)) return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'), { runs, ...tested })
  const pairs: Pair[] = [{ label: 'process', process: p.value, processCi: pi, thread: t.value, threadCi: ti }, ...(py.value?.pairs ?? [])]
  const cited = [cite('thread', t.value, ti), cite('process', p.value, pi)]
  if (py.value !== null) cited.push(cite('py-thread', pairs[1]!.thread, pairs[1]!.threadCi), ...py.value.pairs.map((x) => cite(x.label, x.process, x.processCi, x.method)))
  const extras = { ...tested, runs, figures: cited.map((c) => c.figure), evidence: { unit: 'ms' as const, bars: cited.map((c) => c.bar) } }
  const placed = pairs.map((x) => ({ name: x.method ? `${x.label} (${x.method})` : x.label, place: placeOf(x.processCi, x.threadCi), factor: round(x.process.stats.median / x.thread.stats.median) }))
  const factor = placed[0]!.factor
  const costlier = placed.filter((x) => x.place === 'above')
  const cheaper = placed.filter((x) => x.place === 'below')
  if (costlier.length > 0 && cheaper.length > 0) {
    return verdictOf(ctx.claim, 'depends', because('spawnDependsOnMethod', { costlier: costlier.map((x) => x.name).join(', '), cheaper: cheaper.map((x) => x.name).join(', ') }), extras)
  }
  if (costlier.length === placed.length) {
    if (py.value === null) return verdictOf(ctx.claim, 'holds', because('processSpawnCostlier', { factor }), extras)
    const least = costlier.slice(1).reduce((a, b) => (b.factor < a.factor ? b : a))
    return verdictOf(ctx.claim, 'holds', because('processSpawnCostlierPython', { factor, python: python ?? 'CPython', method: least.name, pyFactor: least.factor }), extras)
  }
  if (cheaper.length === placed.length) return verdictOf(ctx.claim, 'does-not-hold', because('threadSpawnCostlier', { factor: round(1 / factor) }), extras)
  return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
}
