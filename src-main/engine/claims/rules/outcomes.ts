/**
 * The outcome claims, decided from counts over repetitions, never from times: updates lost by
 * CPython's own shapes of `x += 1` (gil-no-race) and by unprotected Node threads against a mutex
 * (race-lock), what a fault in a thread or a process took down (crash-isolation), how many
 * repetitions of a cycle of waits deadlocked against the same locks taken in one order (deadlock).
 */
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import type { Point, Run } from '../../../../src-shared/report'
import { type RuleContext, findPoint, findRun, pythonOf } from './lookup'
import { type Bar, type Figure, bar, because, figure, round, verdictOf } from './verdict'

/** Below this share of overlapping loop time a race had no chance to show: no loss proves nothing. */
export const MIN_OVERLAP = 0.2

function lostFigure(runtime: string, variant: string, race: NonNullable<Point['race']>): { figure: Figure; bar: Bar } {
  return {
    figure: figure('lostUpdates', { runtime, variant, lost: race.lost, expected: race.expected, percent: round(race.lostShare * 100), overlap: round(race.overlapShare * 100) }),
    bar: bar('variant', { runtime, variant }, race.lostShare * 100),
  }
}

export function gilNoRace(ctx: RuleContext): ClaimVerdict {
  const hasRun = ctx.report.runs.some((r) => r.workload === 'race' && r.runtime === 'py-thread')
  if (!hasRun && (ctx.report.machine.pythons ?? []).length === 0) return verdictOf(ctx.claim, 'cannot-run', because('noPython'))
  const run = findRun(ctx, 'race', 'py-thread')
  if (!run.ok) return run.verdict
  const python = pythonOf(run.value)
  const tested = { testedWith: 'cpython' as const, ...(python ? { python } : {}) }
  const races = run.value.points.flatMap((p) => (p.race && p.variant ? [{ variant: p.variant, race: p.race }] : []))
  if (races.length === 0) return verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what: 'race / py-thread' }), { runs: [run.value], ...tested })
  const cited = races.map((r) => lostFigure('py-thread', r.variant, r.race))
  const extras = { ...tested, runs: [run.value], figures: cited.map((c) => c.figure), evidence: { unit: 'percent' as const, bars: cited.map((c) => c.bar) } }
  const losing = races.find((r) => r.race.lost > 0)
  if (losing) return verdictOf(ctx.claim, 'does-not-hold', because('gilLostUpdates', { variant: losing.variant, lost: losing.race.lost, python: python ?? 'CPython' }), extras)
  if (races.every((r) => r.race.overlapShare >= MIN_OVERLAP)) return verdictOf(ctx.claim, 'holds', because('gilNoLoss', { python: python ?? 'CPython' }), extras)
  return verdictOf(ctx.claim, 'inconclusive', because('noOverlap', { threshold: MIN_OVERLAP * 100 }), extras)
}

export function raceLock(ctx: RuleContext): ClaimVerdict {
  const run = findRun(ctx, 'race', 'thread')
  if (!run.ok) return run.verdict
  const unsafe = findPoint(ctx, run.value, { variant: 'unsafe' })
  if (!unsafe.ok) return unsafe.verdict
  const mutex = findPoint(ctx, run.value, { variant: 'mutex' })
  if (!mutex.ok) return mutex.verdict
  const [u, m] = [unsafe.value.race, mutex.value.race]
  if (u === undefined || m === undefined) return verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what: 'race / thread' }), { runs: [run.value] })
  const cited = [lostFigure('thread', 'unsafe', u), lostFigure('thread', 'mutex', m)]
  const extras = { runs: [run.value], figures: cited.map((c) => c.figure), evidence: { unit: 'percent' as const, bars: cited.map((c) => c.bar) } }
  if (m.lost > 0) return verdictOf(ctx.claim, 'does-not-hold', because('lockLost', { lost: m.lost }), extras)
  if (u.lost > 0) return verdictOf(ctx.claim, 'holds', because('lockFixesRace', { lost: u.lost, expected: u.expected }), extras)
  return verdictOf(ctx.claim, 'inconclusive', because('noRaceSeen'), extras)
}

/** Processes racing on a counter they share through an owner (get-set) or multiprocessing.Value (py-value); add is the exact fix. */
export function processNoRace(ctx: RuleContext): ClaimVerdict {
  const node = findRun(ctx, 'race', 'process')
  if (!node.ok) return node.verdict
  const py = ctx.report.runs.find((r) => r.workload === 'race' && r.runtime === 'py-process')
  if (py !== undefined) {
    const found = findRun(ctx, 'race', 'py-process')
    if (!found.ok) return found.verdict
  }
  const runs = py ? [node.value, py] : [node.value]
  const races = runs.flatMap((run) => run.points.flatMap((p) => (p.race && p.variant ? [{ runtime: run.runtime, variant: p.variant, race: p.race }] : [])))
  const unsafe = races.filter((r) => !r.race.exact)
  if (unsafe.length === 0) return verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what: 'race / process' }), { runs })
  const cited = races.map((r) => lostFigure(r.runtime, r.variant, r.race))
  const python = py ? pythonOf(py) : undefined
  const extras = { runs, figures: cited.map((c) => c.figure), evidence: { unit: 'percent' as const, bars: cited.map((c) => c.bar) }, ...(python ? { python } : {}) }
  const losing = unsafe.find((r) => r.race.lost > 0)
  if (losing) return verdictOf(ctx.claim, 'does-not-hold', because('processesLostUpdates', { runtime: losing.runtime, variant: losing.variant, lost: losing.race.lost }), extras)
  if (unsafe.every((r) => r.race.overlapShare >= MIN_OVERLAP)) return verdictOf(ctx.claim, 'holds', because('processesNoLoss'), extras)
  return verdictOf(ctx.claim, 'inconclusive', because('noOverlap', { threshold: MIN_OVERLAP * 100 }), extras)
}

type CrashCase = { kind: 'thread' | 'process'; fault: string; verdict: NonNullable<Point['crash']>['verdict'] }

function crashCases(runs: readonly Run[]): CrashCase[] {
  return runs.flatMap((run) => run.points.flatMap((p) => (p.crash ? [{ kind: p.crash.kind, fault: p.crash.fault, verdict: p.crash.verdict }] : [])))
}

export function crashIsolation(ctx: RuleContext): ClaimVerdict {
  const thread = findRun(ctx, 'crash-isolation', 'thread')
  if (!thread.ok) return thread.verdict
  const proc = findRun(ctx, 'crash-isolation', 'process')
  if (!proc.ok) return proc.verdict
  const runs = [thread.value, proc.value]
  const cases = crashCases(runs)
  const threads = cases.filter((c) => c.kind === 'thread')
  const processes = cases.filter((c) => c.kind === 'process')
  if (threads.length === 0 || processes.length === 0) return verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what: 'crash-isolation' }), { runs })
  const figures = cases.map((c) => figure(c.verdict === 'harmed-no-one' ? 'crashContained' : c.verdict === 'took-host-down' ? 'crashTookHost' : c.verdict === 'harmed-siblings' ? 'crashHarmedSiblings' : 'crashUnclear', { kind: c.kind, fault: c.fault }))
  const evidence = { unit: 'count' as const, bars: cases.map((c) => bar('crashCase', { kind: c.kind, fault: c.fault }, c.verdict === 'harmed-no-one' ? 1 : 0, { of: 1 })) }
  const extras = { runs, figures, evidence }
  if (cases.some((c) => c.verdict === 'inconclusive')) return verdictOf(ctx.claim, 'inconclusive', because('crashUnclear'), extras)
  const harmfulProcess = processes.find((c) => c.verdict !== 'harmed-no-one')
  if (harmfulProcess) return verdictOf(ctx.claim, 'does-not-hold', because('processCrashHarmed', { fault: harmfulProcess.fault }), extras)
  const downs = threads.filter((c) => c.verdict !== 'harmed-no-one')
  if (downs.length === 0) return verdictOf(ctx.claim, 'does-not-hold', because('threadsContainedAll'), extras)
  if (downs.length === threads.length) return verdictOf(ctx.claim, 'holds', because('crashHolds'), extras)
  const contained = threads.filter((c) => c.verdict === 'harmed-no-one').map((c) => c.fault).join(', ')
  return verdictOf(ctx.claim, 'depends', because('crashDependsOnFault', { contained, fatal: downs.map((c) => c.fault).join(', ') }), extras)
}

export function deadlock(ctx: RuleContext): ClaimVerdict {
  const run = findRun(ctx, 'deadlock', 'thread')
  if (!run.ok) return run.verdict
  const naive = findPoint(ctx, run.value, { variant: 'naive' })
  if (!naive.ok) return naive.verdict
  const ordered = findPoint(ctx, run.value, { variant: 'ordered' })
  if (!ordered.ok) return ordered.verdict
  const [n, o] = [naive.value.deadlock, ordered.value.deadlock]
  if (n === undefined || o === undefined) return verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what: 'deadlock / thread' }), { runs: [run.value] })
  const figures = [figure('deadlocked', { variant: 'naive', k: n.deadlocked, r: n.repetitions }), figure('deadlocked', { variant: 'ordered', k: o.deadlocked, r: o.repetitions })]
  const evidence = { unit: 'count' as const, bars: [bar('deadlockVariant', { variant: 'naive' }, n.deadlocked, { of: n.repetitions }), bar('deadlockVariant', { variant: 'ordered' }, o.deadlocked, { of: o.repetitions })] }
  const extras = { runs: [run.value], figures, evidence }
  if (o.deadlocked > 0) return verdictOf(ctx.claim, 'does-not-hold', because('orderedDeadlocked', { k: o.deadlocked, r: o.repetitions }), extras)
  if (n.deadlocked > 0) return verdictOf(ctx.claim, 'holds', because('cycleDeadlocked', { k: n.deadlocked, r: n.repetitions }), extras)
  return verdictOf(ctx.claim, 'inconclusive', because('noDeadlockSeen', { r: n.repetitions }), extras)
}
