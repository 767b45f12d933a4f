/**
 * The CPU claims, decided by the speedup intervals of the prime sweep (1 against 2 workers,
 * a bootstrap of the ratio of medians): do threads use a second core (multicore-idle,
 * threads-cpu; CPython's threads under their GIL, or the lab's global-lock mode where no
 * interpreter is found), do processes (cpu-processes).
 */
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import type { Run } from '../../../../src-shared/report'
import type { RuntimeName } from '../../../../src-shared/runtime-names'
import { type Found, type RuleContext, findPoint, findRun, pythonOf } from './lookup'
import { type Bar, type Figure, type Interval, bar, because, figure, round, sideOf, verdictOf } from './verdict'

/**
 * A second core "used": the speedup's whole interval above 1.25. A core that runs alongside adds
 * far more than a quarter on a quiet machine; time-sharing one core adds nothing or loses a little
 * to switching. An interval straddling 1.25 is noise: inconclusive.
 */
export const USES_CORES = 1.25
const WORKERS = 2

interface Speedup { run: Run; runtime: RuntimeName; x: number; ci: Interval }

function speedupOf(ctx: RuleContext, found: Found<Run>): Found<Speedup | null> {
  if (!found.ok) return found
  const point = findPoint(ctx, found.value, { workers: WORKERS })
  if (!point.ok) return point
  const { speedup, speedupCi95 } = point.value
  if (speedup === null || speedupCi95 === null || speedupCi95 === undefined) return { ok: true, value: null }
  return { ok: true, value: { run: found.value, runtime: found.value.runtime, x: speedup, ci: speedupCi95 } }
}

const notLocked = (run: Run) => run.settings.globalLock === undefined
const locked = (run: Run) => run.settings.globalLock !== undefined

function cite(s: Speedup, lockedMode = false): { figure: Figure; bar: Bar } {
  const params = { runtime: s.runtime, workers: WORKERS, x: round(s.x), lo: round(s.ci[0]), hi: round(s.ci[1]) }
  return {
    figure: figure(lockedMode ? 'speedupGlobalLock' : 'speedup', params),
    bar: bar(lockedMode ? 'globalLock' : 'runtimeWorkers', { runtime: s.runtime, workers: WORKERS }, s.x, { interval: s.ci }),
  }
}

function usesCores(s: Speedup): 'yes' | 'no' | 'unknown' {
  const side = sideOf(s.ci, USES_CORES)
  return side === 'above' ? 'yes' : side === 'below' ? 'no' : 'unknown'
}

function oneCore(ctx: RuleContext): ClaimVerdict | null {
  return ctx.report.machine.availableParallelism < 2 ? verdictOf(ctx.claim, 'cannot-run', because('oneCore')) : null
}

/** One runtime's speedup against the threshold: `yes` → `onYes`, `no` → `onNo`. */
function decideOne(ctx: RuleContext, runtime: RuntimeName, onYes: ClaimVerdict['verdict'], yesCode: 'processesSpeedUp' | 'threadsRanTogether', noCode: 'processesNoSpeedup' | 'threadsNoSpeedup'): ClaimVerdict {
  const single = oneCore(ctx)
  if (single) return single
  const found = speedupOf(ctx, findRun(ctx, 'prime', runtime, notLocked))
  if (!found.ok) return found.verdict
  if (found.value === null) return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'))
  const s = found.value
  const { figure: f, bar: b } = cite(s)
  const extras = { figures: [f, figure('coreThreshold', { threshold: USES_CORES })], runs: [s.run], evidence: { unit: 'ratio' as const, bars: [b] } }
  const params = { x: round(s.x), threshold: USES_CORES }
  switch (usesCores(s)) {
    case 'yes':
      return verdictOf(ctx.claim, onYes, because(yesCode, params), extras)
    case 'no':
      return verdictOf(ctx.claim, onYes === 'holds' ? 'does-not-hold' : 'holds', because(noCode, params), extras)
    case 'unknown':
      return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
  }
}

/** "Only one CPU runs at a time": Node's threads running together say it does not hold. */
export const multicoreIdle = (ctx: RuleContext): ClaimVerdict => decideOne(ctx, 'thread', 'does-not-hold', 'threadsRanTogether', 'threadsNoSpeedup')

export const cpuProcesses = (ctx: RuleContext): ClaimVerdict => decideOne(ctx, 'process', 'holds', 'processesSpeedUp', 'processesNoSpeedup')

/** CPython's threads where they ran; else the lab's global-lock mode, or why neither could. */
function gilSide(ctx: RuleContext): Found<{ s: Speedup | null; testedWith: 'cpython' | 'lab'; python?: string }> {
  const hasPyRun = ctx.report.runs.some((r) => r.workload === 'prime' && r.runtime === 'py-thread')
  if (hasPyRun) {
    const found = speedupOf(ctx, findRun(ctx, 'prime', 'py-thread'))
    if (!found.ok) return found
    const run = ctx.report.runs.find((r) => r.workload === 'prime' && r.runtime === 'py-thread')
    const python = run ? pythonOf(run) : undefined
    return { ok: true, value: { s: found.value, testedWith: 'cpython', ...(python ? { python } : {}) } }
  }
  const hasLabRun = ctx.report.runs.some((r) => r.workload === 'prime' && r.runtime === 'thread' && locked(r))
  if (!hasLabRun && (ctx.report.machine.pythons ?? []).length === 0) return { ok: false, verdict: verdictOf(ctx.claim, 'cannot-run', because('noPython')) }
  const found = speedupOf(ctx, findRun(ctx, 'prime', 'thread', locked))
  if (!found.ok) return found
  return { ok: true, value: { s: found.value, testedWith: 'lab' } }
}

export function threadsCpu(ctx: RuleContext): ClaimVerdict {
  const single = oneCore(ctx)
  if (single) return single
  const node = speedupOf(ctx, findRun(ctx, 'prime', 'thread', notLocked))
  if (!node.ok) return node.verdict
  const gil = gilSide(ctx)
  if (!gil.ok) return gil.verdict
  const { s: g, testedWith, python } = gil.value
  const n = node.value
  const tested = { testedWith, ...(python ? { python } : {}) }
  if (n === null || g === null) return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'), tested)
  const a = cite(n)
  const b = cite(g, testedWith === 'lab')
  const extras = {
    ...tested,
    figures: [a.figure, b.figure, figure('coreThreshold', { threshold: USES_CORES })],
    runs: [n.run, g.run],
    evidence: { unit: 'ratio' as const, bars: [a.bar, b.bar] },
  }
  const who = python ?? 'global-lock'
  const [nodeCores, gilCores] = [usesCores(n), usesCores(g)]
  if (nodeCores === 'yes' && gilCores === 'no') return verdictOf(ctx.claim, 'holds-under-gil', because(testedWith === 'lab' ? 'labLockSerializes' : 'gilSerializes', { python: who }), extras)
  if (nodeCores === 'no' && gilCores === 'no') return verdictOf(ctx.claim, 'holds', because('noThreadsSpeedUp'), extras)
  if (nodeCores === 'yes' && gilCores === 'yes') return verdictOf(ctx.claim, 'does-not-hold', because('allThreadsSpeedUp', { python: who }), extras)
  return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
}
