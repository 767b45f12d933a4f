/** The CPU and I/O claims' rules, decided from speedup intervals and time intervals, both ways and inconclusive. */
import { describe, expect, it } from 'vitest'
import { ClaimVerdictSchema } from '../../../src-shared/claims/claim-verdict'
import type { ClaimId } from '../../../src-shared/claims/claim-ids'
import type { Report } from '../../../src-shared/report'
import { decideClaims } from '../../../src-main/engine/claims'
import { makeMachine } from '../../fixtures/report-fixture'
import { type Ci, RECORDED, report, sweep } from './claim-fixtures'

function decide(claim: ClaimId, r: Report) {
  const [verdict] = decideClaims(r, [claim])
  expect(() => ClaimVerdictSchema.parse(verdict)).not.toThrow()
  return verdict!
}

const parallel = { x: 1.9, ci: [1.7, 1.98] as Ci }
const serial = { x: 0.98, ci: [0.9, 1.05] as Ci }
const python = { python: RECORDED.python }
const prime = (runtime: 'thread' | 'process' | 'py-thread', s: { x: number; ci: Ci }, settings: Record<string, unknown> = {}) =>
  sweep('prime', runtime, 2, s, { settings: { serialization: 'structured-clone', warmup: 1, repeat: 7, taskTimeoutMs: 120_000, ...settings } })

describe('multicore-idle and cpu-processes', () => {
  it('multicore-idle does not hold when two threads ran side by side; cpu-processes holds when two processes did', () => {
    const r = report([prime('thread', parallel), prime('process', parallel)])
    expect(decide('multicore-idle', r)).toMatchObject({ verdict: 'does-not-hold', because: { code: 'threadsRanTogether' } })
    expect(decide('cpu-processes', r)).toMatchObject({ verdict: 'holds', because: { code: 'processesSpeedUp' } })
  })
  it('multicore-idle holds and cpu-processes does not when no second core helped', () => {
    const r = report([prime('thread', serial), prime('process', serial)])
    expect(decide('multicore-idle', r).verdict).toBe('holds')
    expect(decide('cpu-processes', r).verdict).toBe('does-not-hold')
  })
  it('are inconclusive on the recorded loaded-machine intervals, which straddle the threshold', () => {
    const r = report([prime('thread', RECORDED.primeSpeedup.thread), prime('process', RECORDED.primeSpeedup.process)])
    const v = decide('multicore-idle', r)
    expect(v).toMatchObject({ verdict: 'inconclusive', because: { code: 'intervalsOverlap' } })
    expect(v.figures[0]).toEqual({ code: 'speedup', params: { runtime: 'thread', workers: 2, x: 1.17, lo: 0.33, hi: 1.62 } })
    expect(decide('cpu-processes', r).verdict).toBe('inconclusive')
  })
  it('cannot be run on one core', () => {
    const r = report([prime('thread', parallel)], { machine: makeMachine({ availableParallelism: 1 }) })
    expect(decide('multicore-idle', r)).toMatchObject({ verdict: 'cannot-run', because: { code: 'oneCore' } })
  })
})

describe('threads-cpu', () => {
  it('holds only under the GIL when Node threads use both cores and CPython threads do not, naming the interpreter', () => {
    const v = decide('threads-cpu', report([prime('thread', parallel), prime('py-thread', serial, python)]))
    expect(v).toMatchObject({ verdict: 'holds-under-gil', testedWith: 'cpython', python: 'CPython 3.11.7', because: { code: 'gilSerializes' } })
    expect(v.runIds).toHaveLength(2)
  })
  it('uses the lab’s global-lock mode where no Python was found, and says so', () => {
    const v = decide('threads-cpu', report([prime('thread', parallel), prime('thread', serial, { globalLock: { switchIntervalMs: 5 } })]))
    expect(v).toMatchObject({ verdict: 'holds-under-gil', testedWith: 'lab', because: { code: 'labLockSerializes' } })
    expect(v.figures[1]!.code).toBe('speedupGlobalLock')
  })
  it('does not hold when the interpreter’s threads use both cores too (free-threaded)', () => {
    const v = decide('threads-cpu', report([prime('thread', parallel), prime('py-thread', parallel, python)]))
    expect(v.verdict).toBe('does-not-hold')
  })
  it('is inconclusive on the recorded CPython interval that straddles the threshold', () => {
    const v = decide('threads-cpu', report([prime('thread', parallel), prime('py-thread', RECORDED.primeSpeedup.pyThread, python)]))
    expect(v.verdict).toBe('inconclusive')
  })
  it('cannot be run without Python and without the lab’s stand-in', () => {
    const v = decide('threads-cpu', report([prime('thread', parallel)]))
    expect(v).toMatchObject({ verdict: 'cannot-run', because: { code: 'noPython' } })
  })
})

const { fetchSpeedup4: fs, fetchMs4: fm, fileSpeedup4 } = RECORDED
const fetch = (runtime: 'main-async' | 'thread' | 'process', s: { x: number; ci: Ci }, t?: { median: number; ci: Ci }) => sweep('network-fetch', runtime, 4, s, {}, t)
const files = (s: { x: number; ci: Ci }) => sweep('file-io', 'thread', 4, s)

describe('io-threads', () => {
  it('holds when threads overlap both network waits and files', () => {
    expect(decide('io-threads', report([fetch('thread', fs.thread), files(parallel)])).verdict).toBe('holds')
  })
  it('depends (on files) when the waits overlap but file operations do not', () => {
    const v = decide('io-threads', report([fetch('thread', fs.thread), files(serial)]))
    expect(v).toMatchObject({ verdict: 'depends', because: { code: 'filesDependOnCache', params: { x: 0.98 } } })
  })
  it('does not hold when threads did not overlap the waits', () => {
    expect(decide('io-threads', report([fetch('thread', serial), files(serial)])).verdict).toBe('does-not-hold')
  })
  it('is inconclusive on the recorded file interval that straddles the threshold', () => {
    expect(decide('io-threads', report([fetch('thread', fs.thread), files(fileSpeedup4.thread)])).verdict).toBe('inconclusive')
  })
})

describe('async-io', () => {
  it('holds when one event loop overlapped the waits (recorded)', () => {
    expect(decide('async-io', report([fetch('main-async', fs.mainAsync)]))).toMatchObject({ verdict: 'holds', because: { code: 'eventLoopOverlaps' } })
  })
  it('does not hold when it did not', () => {
    expect(decide('async-io', report([fetch('main-async', serial)])).verdict).toBe('does-not-hold')
  })
  it('is inconclusive when the interval straddles the threshold', () => {
    expect(decide('async-io', report([fetch('main-async', { x: 1.3, ci: [0.8, 2.5] })])).verdict).toBe('inconclusive')
  })
})

describe('io-processes', () => {
  const runs = (p: { median: number; ci: Ci }, a: { median: number; ci: Ci }, t: { median: number; ci: Ci }) =>
    report([fetch('process', fs.process, p), fetch('main-async', fs.mainAsync, a), fetch('thread', fs.thread, t)])
  it('does not hold when one event loop and threads do as well (within 20%)', () => {
    const v = decide('io-processes', runs({ median: 100, ci: [96, 104] }, { median: 98, ci: [94, 103] }, { median: 101, ci: [97, 106] }))
    expect(v).toMatchObject({ verdict: 'does-not-hold', because: { code: 'processesNoBetter', params: { runtime: 'main-async', margin: 20 } } })
  })
  it('does not hold when another runtime was faster, intervals apart', () => {
    const v = decide('io-processes', runs({ median: 150, ci: [140, 160] }, fm.mainAsync, { median: 100, ci: [96, 110] }))
    expect(v).toMatchObject({ verdict: 'does-not-hold', because: { code: 'processesSlower', params: { runtime: 'thread' } } })
  })
  it('holds when processes were faster than both', () => {
    expect(decide('io-processes', runs({ median: 50, ci: [48, 52] }, { median: 100, ci: [95, 105] }, { median: 100, ci: [95, 105] })).verdict).toBe('holds')
  })
  it('is inconclusive on the recorded, widely overlapping intervals', () => {
    expect(decide('io-processes', runs(fm.process, fm.mainAsync, fm.thread)).verdict).toBe('inconclusive')
  })
})

describe('gil-io', () => {
  const pyFetch = (s: { x: number; ci: Ci }) => sweep('network-fetch', 'py-thread', 4, s, { settings: { serialization: 'json', warmup: 1, repeat: 5, taskTimeoutMs: 120_000, python: RECORDED.python } })
  const labFetch = (s: { x: number; ci: Ci }) => sweep('network-fetch', 'thread', 4, s, { settings: { serialization: 'structured-clone', warmup: 1, repeat: 5, taskTimeoutMs: 120_000, globalLock: { switchIntervalMs: 5 } } })
  it('holds when CPython threads overlapped the waits, naming the interpreter', () => {
    expect(decide('gil-io', report([pyFetch(fs.thread)]))).toMatchObject({ verdict: 'holds', testedWith: 'cpython', python: 'CPython 3.11.7', because: { code: 'gilLetsWaitsOverlap' } })
  })
  it('does not hold when they did not', () => {
    expect(decide('gil-io', report([pyFetch(serial)])).verdict).toBe('does-not-hold')
  })
  it('is inconclusive when the interval straddles the threshold', () => {
    expect(decide('gil-io', report([pyFetch(fileSpeedup4.thread)])).verdict).toBe('inconclusive')
  })
  it('uses the lab’s global lock where no Python was found, and is not fooled by it in io-threads', () => {
    const r = report([labFetch(fs.thread), fetch('thread', serial), files(serial)])
    expect(decide('gil-io', r)).toMatchObject({ verdict: 'holds', testedWith: 'lab', because: { code: 'labLockLetsWaitsOverlap' } })
    expect(decide('io-threads', r).verdict).toBe('does-not-hold')
  })
  it('cannot be run without Python or the stand-in', () => {
    expect(decide('gil-io', report([]))).toMatchObject({ verdict: 'cannot-run', because: { code: 'noPython' } })
  })
})
