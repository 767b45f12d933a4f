/**
 * The outcome claims' rules, decided from counts over repetitions, both ways and inconclusive;
 * the claims whose experiment is not built yet; a failed or stopped run never gives a verdict.
 */
import { describe, expect, it } from 'vitest'
import { ClaimVerdictSchema } from '../../../src-shared/claims/claim-verdict'
import type { ClaimId } from '../../../src-shared/claims/claim-ids'
import type { CrashFigures } from '../../../src-shared/crash-report'
import type { Report } from '../../../src-shared/report'
import { decideClaims } from '../../../src-main/engine/claims'
import { makeMachine } from '../../fixtures/report-fixture'
import { type RaceFig, RECORDED, point, racePoint, report, run } from './claim-fixtures'

function decide(claim: ClaimId, r: Report) {
  const [verdict] = decideClaims(r, [claim])
  expect(() => ClaimVerdictSchema.parse(verdict)).not.toThrow()
  return verdict!
}

const { race } = RECORDED
const pySettings = { settings: { serialization: 'json', warmup: 0, repeat: 3, taskTimeoutMs: 120_000, python: RECORDED.python } }
const pyRace = (a: RaceFig, b: RaceFig) =>
  run('race', 'py-thread', [racePoint('py-plus-equals', a), racePoint('py-read-call-write', b)], pySettings)

describe('gil-no-race', () => {
  it('does not hold when a CPython shape lost updates (recorded: read-call-write on 3.11.7)', () => {
    const v = decide('gil-no-race', report([pyRace(race.pyPlusEquals, race.pyReadCallWrite)]))
    expect(v).toMatchObject({ verdict: 'does-not-hold', testedWith: 'cpython', python: 'CPython 3.11.7', because: { code: 'gilLostUpdates', params: { variant: 'py-read-call-write', lost: 412_514 } } })
    expect(v.evidence).toMatchObject({ unit: 'percent' })
  })
  it('holds when no shape lost an update while the loops overlapped', () => {
    const none = { lost: 0, expected: 600_000, overlap: 0.6 }
    expect(decide('gil-no-race', report([pyRace(none, none)])).verdict).toBe('holds')
  })
  it('is inconclusive when nothing was lost but the loops hardly overlapped (recorded: x += 1 on 3.11.7)', () => {
    const v = decide('gil-no-race', report([pyRace(race.pyPlusEquals, race.pyPlusEquals)]))
    expect(v).toMatchObject({ verdict: 'inconclusive', because: { code: 'noOverlap' } })
  })
  it('cannot be run without an interpreter', () => {
    const v = decide('gil-no-race', report([], { machine: makeMachine({ pythons: [] }) }))
    expect(v).toMatchObject({ verdict: 'cannot-run', because: { code: 'noPython' } })
  })
})

describe('race-lock', () => {
  const threads = (u: RaceFig, m: RaceFig) => run('race', 'thread', [racePoint('unsafe', u), racePoint('mutex', m)])
  it('holds when unprotected increments lost updates and the mutex none (recorded)', () => {
    const v = decide('race-lock', report([threads(race.unsafe, race.mutex)]))
    expect(v).toMatchObject({ verdict: 'holds', because: { code: 'lockFixesRace', params: { lost: 222_859, expected: 600_000 } } })
    expect(v.figures.map((f) => f.params?.['percent'])).toEqual([37.1, 0])
  })
  it('does not hold when updates were lost under the mutex', () => {
    expect(decide('race-lock', report([threads(race.unsafe, { ...race.mutex, lost: 5 })])).verdict).toBe('does-not-hold')
  })
  it('is inconclusive when no race showed without the lock', () => {
    expect(decide('race-lock', report([threads(race.mutex, race.mutex)])).verdict).toBe('inconclusive')
  })
})

describe('process-no-race', () => {
  const procRuns = (getSet: RaceFig, pyValue?: RaceFig) => [
    run('race', 'process', [racePoint('get-set', getSet), racePoint('add', race.mutex)]),
    ...(pyValue ? [run('race', 'py-process', [racePoint('py-value', pyValue)], pySettings)] : []),
  ]
  it('does not hold when processes sharing a counter lost updates', () => {
    const v = decide('process-no-race', report(procRuns({ lost: 1200, expected: 6000, overlap: 0.8 }, { lost: 0, expected: 120_000, overlap: 0.5 })))
    expect(v).toMatchObject({ verdict: 'does-not-hold', python: 'CPython 3.11.7', because: { code: 'processesLostUpdates', params: { runtime: 'process', variant: 'get-set', lost: 1200 } } })
    expect(v.runIds).toHaveLength(2)
  })
  it('holds when none was lost while the loops overlapped', () => {
    expect(decide('process-no-race', report(procRuns({ lost: 0, expected: 6000, overlap: 0.8 }))).verdict).toBe('holds')
  })
  it('is inconclusive when nothing was lost but the loops hardly overlapped', () => {
    expect(decide('process-no-race', report(procRuns({ lost: 0, expected: 6000, overlap: 0.05 }))).verdict).toBe('inconclusive')
  })
})

function crashPoint(kind: 'thread' | 'process', fault: 'throw' | 'abort', verdict: CrashFigures['verdict']) {
  const crash: CrashFigures = {
    fault, kind, started: true, timedOut: false,
    host: { survived: verdict !== 'took-host-down', code: verdict === 'took-host-down' ? null : 0, signal: verdict === 'took-host-down' ? 'SIGABRT' : null },
    worker: { outcome: 'unknown' }, siblings: { total: 1, completed: verdict === 'harmed-no-one' ? 1 : 0 }, pool: { replaced: false, probeCompleted: verdict === 'harmed-no-one' },
    verdict, elapsedMs: 500,
  }
  return point(2, { variant: fault, crash })
}
const crashRuns = (threadThrow: CrashFigures['verdict'], threadAbort: CrashFigures['verdict'], processAbort: CrashFigures['verdict'] = 'harmed-no-one') => [
  run('crash-isolation', 'thread', [crashPoint('thread', 'throw', threadThrow), crashPoint('thread', 'abort', threadAbort)]),
  run('crash-isolation', 'process', [crashPoint('process', 'throw', 'harmed-no-one'), crashPoint('process', 'abort', processAbort)]),
]

describe('crash-isolation', () => {
  it('depends on the fault (recorded: an exception contained in a thread, an abort took the host down)', () => {
    const v = decide('crash-isolation', report(crashRuns('harmed-no-one', 'took-host-down')))
    expect(v).toMatchObject({ verdict: 'depends', because: { code: 'crashDependsOnFault', params: { contained: 'throw', fatal: 'abort' } } })
    expect(v.figures.map((f) => f.code)).toEqual(['crashContained', 'crashTookHost', 'crashContained', 'crashContained'])
  })
  it('holds when every thread fault took the host down and processes contained theirs', () => {
    expect(decide('crash-isolation', report(crashRuns('took-host-down', 'took-host-down'))).verdict).toBe('holds')
  })
  it('does not hold when a process fault harmed someone', () => {
    expect(decide('crash-isolation', report(crashRuns('harmed-no-one', 'took-host-down', 'harmed-siblings'))).verdict).toBe('does-not-hold')
  })
  it('is inconclusive when a case ended without a clear outcome', () => {
    expect(decide('crash-isolation', report(crashRuns('harmed-no-one', 'inconclusive'))).verdict).toBe('inconclusive')
  })
})

describe('deadlock', () => {
  const dl = (variant: 'naive' | 'ordered', deadlocked: number, repetitions = 3) =>
    point(2, { variant, deadlock: { variant, workers: 2, repetitions, deadlocked, foundByGraph: deadlocked, foundByTimeout: 0, pairs: 0, retries: 0, usPerPair: null, cpuMsPerWorker: [0, 0] } })
  const runOf = (naive: number, ordered: number) => run('deadlock', 'thread', [dl('naive', naive), dl('ordered', ordered)])
  it('holds when the cycle deadlocked k of R and one lock order never did (recorded: 3 of 3, 0 of 3)', () => {
    const v = decide('deadlock', report([runOf(RECORDED.deadlock.naive.deadlocked, RECORDED.deadlock.ordered.deadlocked)]))
    expect(v).toMatchObject({ verdict: 'holds', because: { code: 'cycleDeadlocked', params: { k: 3, r: 3 } } })
    expect(v.evidence?.bars.map((b) => [b.value, b.of])).toEqual([[3, 3], [0, 3]])
  })
  it('does not hold when the ordered locks deadlocked too', () => {
    expect(decide('deadlock', report([runOf(3, 1)])).verdict).toBe('does-not-hold')
  })
  it('is inconclusive when the cycle never deadlocked', () => {
    expect(decide('deadlock', report([runOf(0, 0)])).verdict).toBe('inconclusive')
  })
})

describe('runs that did not finish', () => {
  it('a failed run answers cannot-run with its reason, an aborted one inconclusive; never a verdict from it', () => {
    const failed = run('deadlock', 'thread', [], { status: 'failed', error: 'worker exited with code 1' })
    expect(decide('deadlock', report([failed]))).toMatchObject({ verdict: 'cannot-run', because: { code: 'runFailed', params: { reason: 'worker exited with code 1' } }, runIds: [failed.id] })
    const aborted = run('race', 'thread', [racePoint('unsafe', race.unsafe), racePoint('mutex', race.mutex)], { status: 'aborted', error: 'cancelled' })
    expect(decide('race-lock', report([aborted]))).toMatchObject({ verdict: 'inconclusive', because: { code: 'runAborted' } })
  })
  it('a claim not measured in the report cannot be run, and says what is missing', () => {
    expect(decide('spawn-cost', report([]))).toMatchObject({ verdict: 'cannot-run', because: { code: 'notMeasured', params: { what: 'spawn / thread' } } })
  })
  it('runs tagged for other claims are not used', () => {
    const tagged = run('deadlock', 'thread', [], { claims: ['race-lock'] })
    expect(decide('deadlock', report([tagged])).because.code).toBe('notMeasured')
  })
})
