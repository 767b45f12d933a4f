/** The cost claims' rules, both ways and inconclusive, on synthetic reports from recorded figures. */
import { describe, expect, it } from 'vitest'
import { ClaimVerdictSchema } from '../../../src-shared/claims/claim-verdict'
import type { ClaimId } from '../../../src-shared/claims/claim-ids'
import type { Report } from '../../../src-shared/report'
import { decideClaims } from '../../../src-main/engine/claims'
import { type Ci, RECORDED, point, report, run, summary } from './claim-fixtures'

function decide(claim: ClaimId, r: Report) {
  const [verdict] = decideClaims(r, [claim])
  expect(() => ClaimVerdictSchema.parse(verdict)).not.toThrow()
  return verdict!
}

const spawnRun = (runtime: 'thread' | 'process', f: { median: number; ci: Ci }) =>
  run('spawn', runtime, [point(1, { variant: 'cold-ready', samplesKind: 'operation', stats: summary(f.median, f.ci, 10) })])

describe('spawn-cost', () => {
  const { thread, process } = RECORDED.spawnColdReadyMs
  it('holds when a process starts more slowly than a thread, intervals apart', () => {
    const runs = [spawnRun('thread', thread), spawnRun('process', process)]
    const v = decide('spawn-cost', report(runs))
    expect(v.verdict).toBe('holds')
    expect(v.because).toEqual({ code: 'processSpawnCostlier', params: { factor: 1.97 } })
    expect(v.runIds).toEqual(runs.map((r) => r.id))
    expect(v.figures.map((f) => f.params?.['ms'])).toEqual([80, 158])
    expect(v.evidence?.bars.map((b) => b.interval)).toEqual([[62.7, 105], [124, 208]])
    expect(v.english).toMatch(/^holds: starting a process took 1\.97 times/)
  })
  it('does not hold when the thread is the slower one', () => {
    const v = decide('spawn-cost', report([spawnRun('thread', process), spawnRun('process', thread)]))
    expect(v.verdict).toBe('does-not-hold')
  })
  it('is inconclusive when the intervals overlap, whatever the medians say', () => {
    const v = decide('spawn-cost', report([spawnRun('thread', thread), spawnRun('process', { median: 120, ci: [100, 200] })]))
    expect(v.verdict).toBe('inconclusive')
    expect(v.because.code).toBe('intervalsOverlap')
  })
})

const pySettings = { settings: { serialization: 'json', warmup: 0, repeat: 1, taskTimeoutMs: 120_000, python: RECORDED.python } }
type PySpawn = { thread: { median: number; ci: Ci }; fork: { median: number; ci: Ci }; spawn: { median: number; ci: Ci }; forkserver: { median: number; ci: Ci } }
const pySpawnRuns = (f: PySpawn) => [
  run('spawn', 'py-thread', [point(1, { variant: 'cold-ready', samplesKind: 'operation', stats: summary(f.thread.median, f.thread.ci, 10) })], pySettings),
  run('spawn', 'py-process', (['fork', 'spawn', 'forkserver'] as const).map((m) => point(1, { variant: `cold-ready-${m}`, samplesKind: 'operation', stats: summary(f[m].median, f[m].ci, 10) })), pySettings),
]

describe('spawn-cost with CPython’s start methods', () => {
  const node = () => [spawnRun('thread', RECORDED.spawnColdReadyMs.thread), spawnRun('process', RECORDED.spawnColdReadyMs.process)]
  const py = RECORDED.pySpawnColdReadyMs
  it('holds when every start method is costlier than a thread, citing each method and the cheapest', () => {
    const runs = [...node(), ...pySpawnRuns(py)]
    const v = decide('spawn-cost', report(runs))
    expect(v).toMatchObject({ verdict: 'holds', python: 'CPython 3.11.7', because: { code: 'processSpawnCostlierPython', params: { factor: 1.97, method: 'py-process (fork)', pyFactor: 97.4 } } })
    expect(v.figures.map((f) => f.params?.['method'] ?? f.params?.['runtime'])).toEqual(['thread', 'process', 'py-thread', 'fork', 'spawn', 'forkserver'])
    expect(v.runIds).toEqual(runs.map((r) => r.id))
    expect(v.evidence?.bars).toHaveLength(6)
  })
  it('depends when one start method is cheaper than a thread and others costlier', () => {
    const v = decide('spawn-cost', report([...node(), ...pySpawnRuns({ ...py, thread: { median: 20, ci: [15, 25] } })]))
    expect(v).toMatchObject({ verdict: 'depends', because: { code: 'spawnDependsOnMethod', params: { costlier: 'process, py-process (spawn), py-process (forkserver)', cheaper: 'py-process (fork)' } } })
  })
  it('is inconclusive when one method’s interval overlaps the thread’s', () => {
    const v = decide('spawn-cost', report([...node(), ...pySpawnRuns({ ...py, fork: { median: 0.15, ci: [0.05, 0.3] } })]))
    expect(v).toMatchObject({ verdict: 'inconclusive', because: { code: 'intervalsOverlap' } })
  })
  it('cannot run when the CPython process run has no start method point', () => {
    const [pyThread] = pySpawnRuns(py)
    const empty = run('spawn', 'py-process', [], pySettings)
    expect(decide('spawn-cost', report([...node(), pyThread!, empty]))).toMatchObject({ verdict: 'cannot-run', because: { code: 'notMeasured', params: { what: 'spawn / py-process' } } })
  })
})

const switchRun = (runtime: 'thread' | 'process', f: { p50: number; ci: Ci }) =>
  run('context-switch', runtime, [
    point(2, {
      variant: runtime === 'thread' ? 'futex-pingpong' : 'pipe-pingpong',
      samplesKind: 'batch-mean',
      latencyUs: { p50: f.p50, p90: f.p50, p99: f.p50, max: f.p50, mean: f.p50, count: 2000, p50Ci95: [f.ci[0], f.ci[1]], p50CiMethod: 'bootstrap-percentile-median' },
    }),
  ])

describe('switch-cost', () => {
  const { thread, process } = RECORDED.roundTripUs
  it('does not hold when a process switch costs the same order as a thread switch (as recorded)', () => {
    const v = decide('switch-cost', report([switchRun('thread', thread), switchRun('process', process)]))
    expect(v.verdict).toBe('does-not-hold')
    expect(v.because).toEqual({ code: 'switchSameOrder', params: { factor: 0.636, threshold: 10 } })
    expect(v.figures.map((f) => f.code)).toEqual(['roundTripUs', 'roundTripUs', 'switchRatio'])
  })
  it('holds when processes switch more than ten times slower', () => {
    const v = decide('switch-cost', report([switchRun('thread', thread), switchRun('process', { p50: 400, ci: [390, 410] })]))
    expect(v.verdict).toBe('holds')
  })
  it('is inconclusive when the ratio interval straddles ten', () => {
    const v = decide('switch-cost', report([switchRun('thread', thread), switchRun('process', { p50: 150, ci: [100, 200] })]))
    expect(v.verdict).toBe('inconclusive')
  })
})

describe('switch-10ms', () => {
  const { thread, process } = RECORDED.roundTripUs
  it('does not hold: one switch took microseconds (half a round trip)', () => {
    const v = decide('switch-10ms', report([switchRun('thread', thread), switchRun('process', process)]))
    expect(v.verdict).toBe('does-not-hold')
    expect(v.because).toEqual({ code: 'switchMicroseconds', params: { us: 7.64, factor: 1309 } })
    expect(v.evidence?.unit).toBe('us')
  })
  it('holds for a machine where a switch takes about 10 ms', () => {
    const v = decide('switch-10ms', report([switchRun('thread', { p50: 20_000, ci: [18_000, 22_000] }), switchRun('process', process)]))
    expect(v.verdict).toBe('holds')
  })
  it('is inconclusive between a tenth and a half of 10 ms', () => {
    const v = decide('switch-10ms', report([switchRun('thread', { p50: 2000, ci: [1500, 4000] }), switchRun('process', process)]))
    expect(v.verdict).toBe('inconclusive')
  })
})

const svmRun = (runtime: 'thread' | 'process', way: string, f: { median: number; ci: Ci }) =>
  run('shared-vs-messages', runtime, [point(2, { variant: way, perUpdateUs: summary(f.median, f.ci) })])

describe('shared-vs-messages', () => {
  const { threadShared, processMessages } = RECORDED.perUpdateUs
  it('holds when an update through shared memory costs less, intervals apart', () => {
    const v = decide('shared-vs-messages', report([svmRun('thread', 'shared-memory', threadShared), svmRun('process', 'owner-messages', processMessages)]))
    expect(v.verdict).toBe('holds')
    expect(v.because.code).toBe('sharedCheaper')
  })
  it('does not hold when messages were cheaper', () => {
    const v = decide('shared-vs-messages', report([svmRun('thread', 'shared-memory', processMessages), svmRun('process', 'owner-messages', threadShared)]))
    expect(v.verdict).toBe('does-not-hold')
  })
  it('is inconclusive when the intervals overlap', () => {
    const v = decide('shared-vs-messages', report([svmRun('thread', 'shared-memory', { median: 10, ci: [1, 30] }), svmRun('process', 'owner-messages', processMessages)]))
    expect(v.verdict).toBe('inconclusive')
  })
})
