/**
 * The I/O claims, decided on requests that wait on a loopback server and on small files:
 * do threads overlap the waits (io-threads), are processes the best for it (io-processes), does
 * one event loop overlap them alone (async-io). Speedups are 4 workers against 1 (bootstrap
 * intervals); runtimes against each other by their median intervals and Mann-Whitney tests.
 */
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import type { Point, Run } from '../../../../src-shared/report'
import type { RuntimeName } from '../../../../src-shared/runtime-names'
import { timeInterval } from './costs'
import { USES_CORES } from './cpu'
import { type Found, type RuleContext, findPoint, findRun, pythonOf } from './lookup'
import { type Interval, bar, because, figure, placeOf, round, sideOf, verdictOf } from './verdict'

const IO_WORKERS = 4
/** Waits overlapped: the 4-worker speedup's interval wholly above the same threshold as the CPU claims. */
const OVERLAPS = USES_CORES
/** "Do as well": both medians' intervals together span less than 20%, so neither is better by more. */
export const SAME_WITHIN = 0.2

interface Speedup { run: Run; x: number; ci: Interval }

const notLocked = (run: Run) => run.settings.globalLock === undefined
const locked = (run: Run) => run.settings.globalLock !== undefined

function speedupAt(ctx: RuleContext, workload: 'network-fetch' | 'file-io', runtime: RuntimeName, also: (run: Run) => boolean = notLocked): Found<Speedup | null> {
  const run = findRun(ctx, workload, runtime, also)
  if (!run.ok) return run
  const point = findPoint(ctx, run.value, { workers: IO_WORKERS })
  if (!point.ok) return point
  const { speedup, speedupCi95 } = point.value
  return { ok: true, value: speedup === null || !speedupCi95 ? null : { run: run.value, x: speedup, ci: speedupCi95 } }
}

const speedupFigure = (workload: string, runtime: string, s: Speedup) =>
  figure('ioSpeedup', { workload, runtime, workers: IO_WORKERS, x: round(s.x), lo: round(s.ci[0]), hi: round(s.ci[1]) })
const speedupBar = (workload: string, runtime: string, s: Speedup) => bar('workloadRuntime', { workload, runtime }, s.x, { interval: s.ci })

export function ioThreads(ctx: RuleContext): ClaimVerdict {
  const net = speedupAt(ctx, 'network-fetch', 'thread')
  if (!net.ok) return net.verdict
  const file = speedupAt(ctx, 'file-io', 'thread')
  if (!file.ok) return file.verdict
  if (net.value === null || file.value === null) return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'))
  const [n, f] = [net.value, file.value]
  const extras = {
    figures: [speedupFigure('network-fetch', 'thread', n), speedupFigure('file-io', 'thread', f), figure('coreThreshold', { threshold: OVERLAPS })],
    runs: [n.run, f.run],
    evidence: { unit: 'ratio' as const, bars: [speedupBar('network-fetch', 'thread', n), speedupBar('file-io', 'thread', f)] },
  }
  const [netSide, fileSide] = [sideOf(n.ci, OVERLAPS), sideOf(f.ci, OVERLAPS)]
  if (netSide === 'above' && fileSide === 'above') return verdictOf(ctx.claim, 'holds', because('threadsOverlapWaits'), extras)
  if (netSide === 'above' && fileSide === 'below') return verdictOf(ctx.claim, 'depends', because('filesDependOnCache', { x: round(f.x) }), extras)
  if (netSide === 'below') return verdictOf(ctx.claim, 'does-not-hold', because('threadsNoOverlap', { x: round(n.x) }), extras)
  return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
}

export function asyncIo(ctx: RuleContext): ClaimVerdict {
  const loop = speedupAt(ctx, 'network-fetch', 'main-async')
  if (!loop.ok) return loop.verdict
  if (loop.value === null) return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'))
  const s = loop.value
  const extras = { figures: [speedupFigure('network-fetch', 'main-async', s), figure('coreThreshold', { threshold: OVERLAPS })], runs: [s.run], evidence: { unit: 'ratio' as const, bars: [speedupBar('network-fetch', 'main-async', s)] } }
  switch (sideOf(s.ci, OVERLAPS)) {
    case 'above':
      return verdictOf(ctx.claim, 'holds', because('eventLoopOverlaps', { x: round(s.x), workers: IO_WORKERS }), extras)
    case 'below':
      return verdictOf(ctx.claim, 'does-not-hold', because('eventLoopNoOverlap', { x: round(s.x) }), extras)
    case 'straddles':
      return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
  }
}

type Against = 'better' | 'worse' | 'same' | 'unknown'

/** The process point against another runtime's: significant test or separated intervals first, then the equivalence margin. */
function against(process: Point, other: Point, otherRuntime: RuntimeName, pi: Interval, oi: Interval): Against {
  const test = process.comparisons?.find((c) => c.against.runtime === otherRuntime && c.against.workers === IO_WORKERS)
  const place = placeOf(pi, oi)
  if (test?.verdict === 'faster' || place === 'below') return 'better'
  if (test?.verdict === 'slower' || place === 'above') return 'worse'
  const span = Math.max(pi[1], oi[1]) / Math.max(Math.min(pi[0], oi[0]), Number.MIN_VALUE)
  return span <= 1 + SAME_WITHIN ? 'same' : 'unknown'
}

export function ioProcesses(ctx: RuleContext): ClaimVerdict {
  const found: { runtime: RuntimeName; run: Run; point: Point; ci: Interval }[] = []
  for (const runtime of ['process', 'main-async', 'thread'] as const) {
    const run = findRun(ctx, 'network-fetch', runtime, notLocked)
    if (!run.ok) return run.verdict
    const point = findPoint(ctx, run.value, { workers: IO_WORKERS })
    if (!point.ok) return point.verdict
    const ci = timeInterval(point.value)
    if (ci === null) return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'), { runs: [run.value] })
    found.push({ runtime, run: run.value, point: point.value, ci })
  }
  const [proc, ...others] = found as [(typeof found)[number], ...typeof found]
  const extras = {
    figures: found.map((f) => figure('ioTimeMs', { runtime: f.runtime, workers: IO_WORKERS, ms: round(f.point.stats.median), lo: round(f.ci[0]), hi: round(f.ci[1]) })),
    runs: found.map((f) => f.run),
    evidence: { unit: 'ms' as const, bars: found.map((f) => bar('runtimeWorkers', { runtime: f.runtime, workers: IO_WORKERS }, f.point.stats.median, { interval: f.ci })) },
  }
  const results = others.map((o) => ({ runtime: o.runtime, result: against(proc.point, o.point, o.runtime, proc.ci, o.ci) }))
  if (results.every((r) => r.result === 'better')) return verdictOf(ctx.claim, 'holds', because('processesBest'), extras)
  const match = results.find((r) => r.result === 'worse') ?? results.find((r) => r.result === 'same')
  if (match !== undefined) return verdictOf(ctx.claim, 'does-not-hold', because(match.result === 'worse' ? 'processesSlower' : 'processesNoBetter', { runtime: match.runtime, margin: SAME_WITHIN * 100 }), extras)
  return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
}

/** The GIL and waiting: CPython's threads over the same requests (the GIL is let go while a socket waits), or the lab's global lock. */
export function gilIo(ctx: RuleContext): ClaimVerdict {
  const hasPy = ctx.report.runs.some((r) => r.workload === 'network-fetch' && r.runtime === 'py-thread')
  const hasLab = ctx.report.runs.some((r) => r.workload === 'network-fetch' && r.runtime === 'thread' && locked(r))
  if (!hasPy && !hasLab && (ctx.report.machine.pythons ?? []).length === 0) return verdictOf(ctx.claim, 'cannot-run', because('noPython'))
  const found = hasPy ? speedupAt(ctx, 'network-fetch', 'py-thread', () => true) : speedupAt(ctx, 'network-fetch', 'thread', locked)
  if (!found.ok) return found.verdict
  const run = ctx.report.runs.find((r) => r.workload === 'network-fetch' && (hasPy ? r.runtime === 'py-thread' : r.runtime === 'thread' && locked(r)))
  const python = hasPy && run ? pythonOf(run) : undefined
  const tested = { testedWith: hasPy ? ('cpython' as const) : ('lab' as const), ...(python ? { python } : {}) }
  if (found.value === null) return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'), tested)
  const s = found.value
  const runtime = hasPy ? 'py-thread' : 'thread'
  const extras = { ...tested, figures: [speedupFigure('network-fetch', runtime, s), figure('coreThreshold', { threshold: OVERLAPS })], runs: [s.run], evidence: { unit: 'ratio' as const, bars: [speedupBar('network-fetch', runtime, s)] } }
  const who = python ?? 'global-lock'
  switch (sideOf(s.ci, OVERLAPS)) {
    case 'above':
      return verdictOf(ctx.claim, 'holds', because(hasPy ? 'gilLetsWaitsOverlap' : 'labLockLetsWaitsOverlap', { x: round(s.x), python: who }), extras)
    case 'below':
      return verdictOf(ctx.claim, 'does-not-hold', because('gilBlocksWaits', { x: round(s.x), python: who }), extras)
    case 'straddles':
      return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
  }
}
