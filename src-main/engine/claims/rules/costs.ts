/**
 * The cost claims, decided by intervals (creating a process against a thread: spawn.ts):
 * switching between processes against threads (switch-cost), the tutorial's 10 ms per thread
 * switch (switch-10ms), one update through shared memory against one by message (shared-vs-messages).
 */
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import type { Point } from '../../../../src-shared/report'
import { type RuleContext, findPoint, findRun } from './lookup'
import { type Interval, bar, because, figure, placeOf, ratioInterval, round, sideOf, verdictOf } from './verdict'

/** A point's 95% interval of its median time (ms); null below five samples (only the range). */
export function timeInterval(point: Point): Interval | null {
  return point.stats.ciUnavailable === 'few-samples' || point.stats.ciMethod === 'range' ? null : point.stats.ci95
}

/** "Very expensive" read as at least ten times (an order of magnitude) the thread's switch. */
export const VERY_EXPENSIVE_FACTOR = 10
/** The tutorial's figure for one thread switch. */
export const TUTORIAL_SWITCH_MS = 10

/** One round trip of a ping-pong pair: its median and interval in µs (two switches each). */
function roundTripUs(point: Point): { us: number; ci: Interval } | null {
  const latency = point.latencyUs
  if (latency?.p50Ci95 === undefined || latency.p50CiMethod === 'range') return null
  return { us: latency.p50, ci: latency.p50Ci95 }
}

function switchPairs(ctx: RuleContext) {
  const thread = findRun(ctx, 'context-switch', 'thread')
  if (!thread.ok) return thread
  const proc = findRun(ctx, 'context-switch', 'process')
  if (!proc.ok) return proc
  const t = findPoint(ctx, thread.value, { variant: 'futex-pingpong' })
  if (!t.ok) return t
  const p = findPoint(ctx, proc.value, { variant: 'pipe-pingpong' })
  if (!p.ok) return p
  return { ok: true as const, value: { runs: [thread.value, proc.value], thread: roundTripUs(t.value), process: roundTripUs(p.value) } }
}

export function switchCost(ctx: RuleContext): ClaimVerdict {
  const found = switchPairs(ctx)
  if (!found.ok) return found.verdict
  const { runs, thread, process } = found.value
  if (thread === null || process === null) return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'), { runs })
  const ratio = ratioInterval(process.ci, thread.ci)
  const factor = round(process.us / thread.us)
  const figures = [
    figure('roundTripUs', { runtime: 'thread', us: round(thread.us), lo: round(thread.ci[0]), hi: round(thread.ci[1]) }),
    figure('roundTripUs', { runtime: 'process', us: round(process.us), lo: round(process.ci[0]), hi: round(process.ci[1]) }),
    figure('switchRatio', { factor, lo: round(ratio[0]), hi: round(ratio[1]), threshold: VERY_EXPENSIVE_FACTOR }),
  ]
  const evidence = { unit: 'us' as const, bars: [bar('runtime', { runtime: 'thread' }, thread.us, { interval: thread.ci }), bar('runtime', { runtime: 'process' }, process.us, { interval: process.ci })] }
  const extras = { figures, runs, evidence }
  switch (sideOf(ratio, VERY_EXPENSIVE_FACTOR)) {
    case 'above':
      return verdictOf(ctx.claim, 'holds', because('processSwitchMuchCostlier', { factor }), extras)
    case 'below':
      return verdictOf(ctx.claim, 'does-not-hold', because('switchSameOrder', { factor, threshold: VERY_EXPENSIVE_FACTOR }), extras)
    case 'straddles':
      return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
  }
}

export function switch10ms(ctx: RuleContext): ClaimVerdict {
  const found = switchPairs(ctx)
  if (!found.ok) return found.verdict
  const { runs, thread } = found.value
  if (thread === null) return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'), { runs })
  // A round trip is two switches (there and back); the tutorial's figure is per switch.
  const us = thread.us / 2
  const ci: Interval = [thread.ci[0] / 2, thread.ci[1] / 2]
  const tutorialUs = TUTORIAL_SWITCH_MS * 1000
  const factor = round(tutorialUs / us)
  const figures = [figure('switchUs', { us: round(us), lo: round(ci[0]), hi: round(ci[1]) }), figure('tutorialSwitch', { ms: TUTORIAL_SWITCH_MS, factor })]
  const evidence = { unit: 'us' as const, bars: [bar('measuredSwitch', {}, us, { interval: ci }), bar('tutorialSwitch', { ms: TUTORIAL_SWITCH_MS }, tutorialUs)] }
  const extras = { figures, runs, evidence }
  // Within a factor of two of 10 ms is "about 10 ms"; wholly below a tenth of it is not.
  if (ci[1] < tutorialUs / 10) return verdictOf(ctx.claim, 'does-not-hold', because('switchMicroseconds', { us: round(us), factor }), extras)
  if (ci[0] > tutorialUs / 2 && ci[1] < tutorialUs * 2) return verdictOf(ctx.claim, 'holds', because('switchNearTutorial', { us: round(us) }), extras)
  return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
}

export function sharedVsMessages(ctx: RuleContext): ClaimVerdict {
  const thread = findRun(ctx, 'shared-vs-messages', 'thread')
  if (!thread.ok) return thread.verdict
  const proc = findRun(ctx, 'shared-vs-messages', 'process')
  if (!proc.ok) return proc.verdict
  const shared = findPoint(ctx, thread.value, { variant: 'shared-memory' })
  if (!shared.ok) return shared.verdict
  const messages = findPoint(ctx, proc.value, { variant: 'owner-messages' })
  if (!messages.ok) return messages.verdict
  const runs = [thread.value, proc.value]
  const s = shared.value.perUpdateUs
  const m = messages.value.perUpdateUs
  if (s === undefined || m === undefined || s.ciMethod === 'range' || m.ciMethod === 'range') return verdictOf(ctx.claim, 'inconclusive', because('fewSamples'), { runs })
  const figures = [
    figure('perUpdateUs', { runtime: 'thread', way: 'shared-memory', us: round(s.median), lo: round(s.ci95[0]), hi: round(s.ci95[1]) }),
    figure('perUpdateUs', { runtime: 'process', way: 'owner-messages', us: round(m.median), lo: round(m.ci95[0]), hi: round(m.ci95[1]) }),
  ]
  const evidence = { unit: 'us' as const, bars: [bar('way', { runtime: 'thread', way: 'shared-memory' }, s.median, { interval: s.ci95 }), bar('way', { runtime: 'process', way: 'owner-messages' }, m.median, { interval: m.ci95 })] }
  const extras = { figures, runs, evidence }
  const factor = round(m.median / Math.max(s.median, Number.MIN_VALUE))
  switch (placeOf(s.ci95, m.ci95)) {
    case 'below':
      return verdictOf(ctx.claim, 'holds', because('sharedCheaper', { factor }), extras)
    case 'above':
      return verdictOf(ctx.claim, 'does-not-hold', because('messagesCheaper', { factor: round(1 / factor) }), extras)
    case 'overlap':
      return verdictOf(ctx.claim, 'inconclusive', because('intervalsOverlap'), extras)
  }
}
