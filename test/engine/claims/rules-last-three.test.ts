/**
 * The rules of the three claims whose experiments landed last (pool-reuse, daemon, rlock-timeout),
 * both ways and inconclusive, on synthetic reports from the figures recorded on this machine
 * (claim-fixtures.ts RECORDED): the recorded case first, then only what the rule reads changed.
 */
import { describe, expect, it } from 'vitest'
import { ClaimVerdictSchema } from '../../../src-shared/claims/claim-verdict'
import type { ClaimId } from '../../../src-shared/claims/claim-ids'
import type { DaemonExit, DaemonKind } from '../../../src-shared/daemon-report'
import type { Point, Report } from '../../../src-shared/report'
import type { RuntimeName } from '../../../src-shared/runtime-names'
import type { ReentryLock, ReentryOutcome, ReentryProbe } from '../../../src-shared/workloads/lock-reentry'
import { decideClaims } from '../../../src-main/engine/claims'
import { type Ci, RECORDED, point, report, run, summary } from './claim-fixtures'

function decide(claim: ClaimId, r: Report) {
  const [verdict] = decideClaims(r, [claim])
  expect(() => ClaimVerdictSchema.parse(verdict)).not.toThrow()
  return verdict!
}

const pySettings = { settings: { serialization: 'json', warmup: 0, repeat: 1, taskTimeoutMs: 120_000, python: RECORDED.python } }
const pyOf = (runtime: RuntimeName) => (runtime.startsWith('py-') ? pySettings : {})

// --- pool-reuse ---------------------------------------------------------------------------
interface PoolFig { spawnMs: number; poolMs: number; ratio: { median: number; ci: Ci }; startMethod?: 'fork' | 'spawn' | 'forkserver' }

function poolRun(runtime: RuntimeName, f: PoolFig, ciMethod: 'bootstrap-percentile-median' | 'range' = 'bootstrap-percentile-median') {
  const figures = (way: 'spawn-per-task' | 'warm-pool', ms: number): Point =>
    point(1, {
      variant: way,
      samplesKind: 'operation',
      stats: summary(ms, [ms * 0.8, ms * 1.2]),
      poolReuse: {
        way, task: 'prime', tasksPerRepetition: 4, repetitions: 5, expected: 20, answered: 20,
        perTaskMs: { median: ms, ci95: [ms * 0.8, ms * 1.2], ciMethod: 'bootstrap-percentile-median' },
        ...(way === 'spawn-per-task' ? { spawnOverPool: { median: f.ratio.median, ci95: [f.ratio.ci[0], f.ratio.ci[1]], ciMethod } } : {}),
        ...(f.startMethod ? { startMethod: f.startMethod } : {}),
      },
    })
  return run('pool-reuse', runtime, [figures('spawn-per-task', f.spawnMs), figures('warm-pool', f.poolMs)], pyOf(runtime))
}

const P = RECORDED.poolReuse
const recordedPool = () => [poolRun('thread', P.thread), poolRun('process', P.process), poolRun('py-thread', P.pyThread), poolRun('py-process', P.pyProcess)]
const ratio = (median: number, ci: Ci) => ({ median, ci })

describe('pool-reuse', () => {
  it('holds as recorded: every process pool’s interval is above 1, citing its factor and the smallest gap; thread pools cited beside', () => {
    const runs = recordedPool()
    const v = decide('pool-reuse', report(runs))
    expect(v).toMatchObject({ verdict: 'holds', python: 'CPython 3.11.7', because: { code: 'poolSaves', params: { factor: 827, least: 9.19, runtime: 'py-process (fork)' } } })
    expect(v.runIds).toEqual(runs.map((r) => r.id))
    expect(v.figures.map((f) => f.params!['runtime'])).toEqual(['thread', 'process', 'py-thread', 'py-process (fork)', undefined])
    expect(v.evidence).toMatchObject({ unit: 'ratio' })
    expect(v.evidence!.bars.map((b) => b.interval)).toEqual([[89.3, 898], [738, 1356], [1.29, 6.8], [8.55, 38]])
    expect(v.english).toMatch(/^holds: a process started for each task cost 827 times/)
  })
  it('is inconclusive when a process pool’s ratio straddles 1 (a thread pool’s alone does not decide)', () => {
    const v = decide('pool-reuse', report([poolRun('thread', P.thread), poolRun('process', P.process), poolRun('py-thread', P.pyThread), poolRun('py-process', { ...P.pyProcess, ratio: ratio(3, [0.9, 9]) })]))
    expect(v).toMatchObject({ verdict: 'inconclusive', because: { code: 'intervalsOverlap' } })
  })
  it('holds on Node alone where no CPython ran', () => {
    expect(decide('pool-reuse', report([poolRun('thread', P.thread), poolRun('process', P.process)])).verdict).toBe('holds')
  })
  it('does not hold when the warm pool costs more everywhere', () => {
    const v = decide('pool-reuse', report([poolRun('thread', P.thread), poolRun('process', { ...P.process, ratio: ratio(0.5, [0.4, 0.6]) })]))
    expect(v).toMatchObject({ verdict: 'does-not-hold', because: { code: 'poolCostsMore', params: { runtime: 'process', factor: 2 } } })
  })
  it('depends when runtimes disagree, naming each side', () => {
    const runs = [poolRun('thread', P.thread), poolRun('process', P.process), poolRun('py-thread', P.pyThread), poolRun('py-process', { ...P.pyProcess, ratio: ratio(0.5, [0.4, 0.6]) })]
    const v = decide('pool-reuse', report(runs))
    expect(v).toMatchObject({ verdict: 'depends', because: { code: 'poolDependsOnRuntime', params: { saves: 'process', costs: 'py-process (fork)' } } })
  })
  it('is inconclusive with only the range of too few repetitions, and cannot run without the Node runs', () => {
    expect(decide('pool-reuse', report([poolRun('thread', P.thread), poolRun('process', P.process, 'range')])).because.code).toBe('fewSamples')
    expect(decide('pool-reuse', report([poolRun('process', P.process)]))).toMatchObject({ verdict: 'cannot-run', because: { code: 'notMeasured' } })
  })
})

// --- daemon ---------------------------------------------------------------------------------
type Counts = Partial<Record<DaemonKind, { normal: number; sigkill: number; held: number }>>

function daemonRun(runtime: RuntimeName, kinds: readonly DaemonKind[], counts: Counts, observed = 3) {
  const points = (['normal', 'sigkill'] as DaemonExit[]).flatMap((exit) =>
    kinds.map((kind) => {
      const c = counts[kind] ?? { normal: 0, sigkill: 0, held: 0 }
      return point(1, {
        variant: `${kind}/${exit}`,
        daemon: { kind, exit, rounds: 3, observed, survived: Math.min(c[exit], observed), endedByLab: Math.min(c[exit], observed), heldExit: exit === 'normal' ? c.held : 0, exitDelaysMs: [5, 6, 7].slice(0, observed), holdMs: 300, observeMs: 250, missed: [] },
      })
    }),
  )
  return run('daemon', runtime, points, pyOf(runtime))
}

const pyDaemon = (counts: Counts, observed = 3) => [daemonRun('py-thread', ['py-daemon-thread', 'py-thread'], counts, observed), daemonRun('py-process', ['py-daemon-process', 'py-process'], counts, observed)]

describe('daemon', () => {
  it('depends as recorded: daemon threads always end, daemon processes only when the parent exits normally', () => {
    const runs = pyDaemon(RECORDED.daemon)
    const v = decide('daemon', report(runs))
    expect(v).toMatchObject({ verdict: 'depends', testedWith: 'cpython', python: 'CPython 3.11.7', because: { code: 'daemonProcessesIfParentEnds', params: { kind: 'py-daemon-process', exit: 'sigkill', k: 3, r: 3 } } })
    expect(v.evidence!.bars.map((b) => [b.label.params!['kind'], b.label.params!['exit'], b.value, b.of])).toEqual([
      ['py-daemon-thread', 'normal', 0, 3], ['py-daemon-thread', 'sigkill', 0, 3], ['py-daemon-process', 'normal', 0, 3], ['py-daemon-process', 'sigkill', 3, 3],
    ])
    // The non-daemon kinds held their host's normal exit: cited as the contrast.
    expect(v.figures.filter((f) => f.code === 'daemonHeldExit').map((f) => [f.params!['kind'], f.params!['k']])).toEqual([['py-thread', 3], ['py-process', 3]])
    expect(v.runIds).toEqual(runs.map((r) => r.id))
  })
  it('holds when no daemon worker outlived its host, whatever the exit', () => {
    const v = decide('daemon', report(pyDaemon({ ...RECORDED.daemon, 'py-daemon-process': { normal: 0, sigkill: 0, held: 0 } })))
    expect(v).toMatchObject({ verdict: 'holds', because: { code: 'daemonAllEnded' } })
  })
  it('does not hold when a daemon thread outlived its host', () => {
    const v = decide('daemon', report(pyDaemon({ ...RECORDED.daemon, 'py-daemon-thread': { normal: 0, sigkill: 1, held: 0 } })))
    expect(v).toMatchObject({ verdict: 'does-not-hold', because: { code: 'daemonThreadSurvived', params: { kind: 'py-daemon-thread', k: 1, r: 3 } } })
  })
  it('names the process that outlived even a normal exit', () => {
    const v = decide('daemon', report(pyDaemon({ ...RECORDED.daemon, 'py-daemon-process': { normal: 2, sigkill: 3, held: 0 } })))
    expect(v).toMatchObject({ verdict: 'depends', because: { code: 'daemonThreadsOnly', params: { kind: 'py-daemon-process', k: 2, r: 3 } } })
  })
  it('is inconclusive when no round was observed', () => {
    expect(decide('daemon', report(pyDaemon(RECORDED.daemon, 0))).because.code).toBe('daemonNotObserved')
  })
  it('uses the lab’s worker thread and children where no CPython ran, saying so', () => {
    const runs = [daemonRun('thread', ['worker-thread'], {}), daemonRun('process', ['fork-child', 'detached-child'], { 'fork-child': { normal: 3, sigkill: 3, held: 0 }, 'detached-child': { normal: 3, sigkill: 3, held: 0 } })]
    const v = decide('daemon', report(runs))
    expect(v).toMatchObject({ verdict: 'depends', testedWith: 'lab', because: { code: 'daemonThreadsOnly', params: { kind: 'fork-child' } } })
    expect(v.python).toBeUndefined()
  })
})

// --- rlock-timeout ----------------------------------------------------------------------------
type Outcomes = Record<ReentryLock, Record<ReentryProbe, ReentryOutcome>>

function reentryRun(runtime: 'py-thread' | 'thread', outcomes: Outcomes, mixed?: { lock: ReentryLock; probe: ReentryProbe; other: ReentryOutcome }) {
  const points = (['lock', 'rlock'] as const).flatMap((lock) =>
    (['reenter', 'other-thread', 'foreign-release'] as const).map((probe) => {
      const counts = { acquired: 0, 'timed-out': 0, refused: 0, released: 0 }
      counts[outcomes[lock][probe]] = 5
      if (mixed?.lock === lock && mixed.probe === probe) { counts[outcomes[lock][probe]] = 4; counts[mixed.other] += 1 }
      return point(probe === 'reenter' ? 1 : 2, { variant: `${lock}/${probe}`, lockReentry: { api: runtime === 'py-thread' ? 'cpython' : 'lab', lock, probe, repetitions: 5, timeoutMs: 50, outcomes: counts, timedOutWaitMs: null } })
    }),
  )
  return run('lock-reentry', runtime, points, pyOf(runtime))
}

const L = RECORDED.lockReentry

describe('rlock-timeout', () => {
  it('does not hold as recorded: both locks take a timeout, and re-entry is what RLock adds (CPython’s own)', () => {
    const r = reentryRun('py-thread', L)
    const v = decide('rlock-timeout', report([r]))
    expect(v).toMatchObject({ verdict: 'does-not-hold', testedWith: 'cpython', python: 'CPython 3.11.7', because: { code: 'rlockIsReentrant', params: { r: 5 } }, runIds: [r.id] })
    expect(v.figures.map((f) => f.code)).toEqual(['reentryApiCpython', ...Array(6).fill('reentryOutcomes')])
    expect(v.english).toMatch(/Tested with CPython 3\.11\.7’s own threading\.Lock/)
    expect(v.evidence!.bars.map((b) => [b.label.params!['lock'], b.label.params!['probe'], b.value, b.of])).toEqual([
      ['lock', 'reenter', 0, 5], ['lock', 'other-thread', 5, 5], ['lock', 'foreign-release', 0, 5],
      ['rlock', 'reenter', 5, 5], ['rlock', 'other-thread', 5, 5], ['rlock', 'foreign-release', 5, 5],
    ])
  })
  it('holds where only the RLock times out (a Lock without a timeout)', () => {
    const v = decide('rlock-timeout', report([reentryRun('py-thread', { ...L, lock: { ...L.lock, 'other-thread': 'acquired' } })]))
    expect(v).toMatchObject({ verdict: 'holds', because: { code: 'onlyRlockTimesOut' } })
  })
  it('is inconclusive when the repetitions of a probe disagree', () => {
    const v = decide('rlock-timeout', report([reentryRun('py-thread', L, { lock: 'lock', probe: 'other-thread', other: 'acquired' })]))
    expect(v).toMatchObject({ verdict: 'inconclusive', because: { code: 'mixedOutcomes', params: { r: 5 } } })
  })
  it('uses the lab’s mutexes where no CPython ran, saying so', () => {
    const v = decide('rlock-timeout', report([reentryRun('thread', L)]))
    expect(v).toMatchObject({ verdict: 'does-not-hold', testedWith: 'lab', because: { code: 'rlockIsReentrant' } })
    expect(v.figures[0]!.code).toBe('reentryApiLab')
  })
  it('a failed CPython run answers cannot-run rather than falling back to the lab', () => {
    const failed = run('lock-reentry', 'py-thread', [], { ...pySettings, status: 'failed', error: 'no interpreter' })
    expect(decide('rlock-timeout', report([failed, reentryRun('thread', L)]))).toMatchObject({ verdict: 'cannot-run', because: { code: 'runFailed' } })
  })
})
