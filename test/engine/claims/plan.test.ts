/**
 * The claims' plan: every configuration parses, equal ones are planned once with every claim
 * they serve, each claim with a plan gets configurations (CPython's where an interpreter is
 * found, the lab's stand-in otherwise), and the whole suite stays within the Workshop size budget,
 * counted in repetitions and work per repetition, never in time.
 */
import { describe, expect, it } from 'vitest'
import { CLAIM_IDS, type ClaimId } from '../../../src-shared/claims/claim-ids'
import { type RunConfig, RunConfigSchema } from '../../../src-shared/config'
import type { PythonInterpreter } from '../../../src-shared/python'
import { planClaims } from '../../../src-main/engine/claims'
import { RECORDED } from './claim-fixtures'

const python: PythonInterpreter = { command: 'python3', args: [], source: 'path', executable: RECORDED.python.executable, version: '3.11.7', implementation: 'CPython', gilEnabled: true, freeThreaded: false, startMethods: ['fork', 'spawn', 'forkserver'] }
const withPython = { cores: 2, pythons: [python] }
const withoutPython = { cores: 2, pythons: [] }

const parsed = (env: typeof withPython): RunConfig[] => planClaims(CLAIM_IDS, env).map((c) => RunConfigSchema.parse(c))

/** Measured repetitions of a configuration: runtimes × worker counts × (warm-up + repeats). */
function repetitions(c: RunConfig): number {
  const counts = c.workers === 'auto' ? 3 : c.workers.length
  return c.runtimes.length * counts * (c.warmup + c.repeat)
}

/**
 * The budget: the planned suite (19 claims, 15 configurations, 186 repetitions with CPython, every
 * claim planned) took 67 s on this 2-core machine under a load average of 5-7 (other sessions
 * running; 154 s at a load of 8-9 with pool-reuse at 6 tasks), well inside five minutes. These
 * caps keep a later change from growing it unseen: total repetitions, and the knobs that set how
 * long one repetition works.
 */
const MAX_REPETITIONS = 190

describe('planClaims', () => {
  it.each([['with', withPython], ['without', withoutPython]] as const)('every configuration parses (%s Python) and is tagged with the claims it serves', (_, env) => {
    const configs = planClaims(CLAIM_IDS, env)
    expect(configs.length).toBeGreaterThan(5)
    for (const config of configs) {
      expect(() => RunConfigSchema.parse(config)).not.toThrow()
      expect(config.claims?.length).toBeGreaterThan(0)
    }
  })

  it('plans equal configurations once, with every claim they serve', () => {
    const configs = planClaims(CLAIM_IDS, withPython)
    const keys = configs.map(({ claims: _claims, ...rest }) => JSON.stringify(rest))
    expect(new Set(keys).size).toBe(keys.length)
    // Node's range and CPython's (ten times smaller): two configs, each serving the three CPU claims.
    const prime = configs.filter((c) => c.workload.workload === 'prime')
    expect(prime).toHaveLength(2)
    for (const p of prime) expect(p.claims).toEqual(['multicore-idle', 'threads-cpu', 'cpu-processes'])
    expect(configs.find((c) => c.workload.workload === 'network-fetch')!.claims).toEqual(['io-threads', 'io-processes', 'async-io'])
  })

  it('gives every claim its configurations with an interpreter, and all but CPython’s own race without one', () => {
    const served = new Set(planClaims(CLAIM_IDS, withPython).flatMap((c) => c.claims ?? []))
    expect(CLAIM_IDS.filter((c) => !served.has(c))).toEqual([])
    const servedLab = new Set(planClaims(CLAIM_IDS, withoutPython).flatMap((c) => c.claims ?? []))
    expect(CLAIM_IDS.filter((c) => !servedLab.has(c))).toEqual(['gil-no-race'])
  })

  it('tests the last three claims with CPython’s own APIs where found, the lab’s otherwise', () => {
    const runtimesOf = (configs: RunConfig[], workload: string) => configs.filter((c) => c.workload.workload === workload).map((c) => c.runtimes)
    const py = parsed(withPython)
    expect(runtimesOf(py, 'pool-reuse')).toEqual([['thread', 'process', 'py-thread', 'py-process']])
    expect(runtimesOf(py, 'daemon')).toEqual([['py-thread', 'py-process']])
    expect(runtimesOf(py, 'lock-reentry')).toEqual([['py-thread']])
    expect(runtimesOf(py, 'spawn')).toEqual([['thread', 'process', 'py-thread', 'py-process']])
    const lab = parsed(withoutPython)
    expect(runtimesOf(lab, 'pool-reuse')).toEqual([['thread', 'process']])
    expect(runtimesOf(lab, 'daemon')).toEqual([['thread', 'process']])
    expect(runtimesOf(lab, 'lock-reentry')).toEqual([['thread']])
    expect(runtimesOf(lab, 'spawn')).toEqual([['thread', 'process']])
    // No start method pinned: CPython's spawn measures every method the OS offers.
    expect(py.find((c) => c.workload.workload === 'spawn')!.startMethod).toBeUndefined()
  })

  it('uses CPython where found, the lab’s global-lock mode where not, and plans no CPython race without an interpreter', () => {
    const py = parsed(withPython)
    expect(py.filter((c) => c.workload.workload === 'prime').map((c) => c.runtimes)).toEqual([['thread', 'process'], ['py-thread', 'py-process']])
    expect(py.some((c) => c.workload.workload === 'race' && c.runtimes.includes('py-thread'))).toBe(true)
    const lab = parsed(withoutPython)
    expect(lab.filter((c) => c.workload.workload === 'prime').map((c) => c.globalLock)).toEqual([false, true])
    expect(lab.some((c) => c.runtimes.some((r) => r.startsWith('py-')))).toBe(false)
    expect(lab.filter((c) => c.workload.workload === 'network-fetch').map((c) => c.globalLock)).toEqual([false, true])
  })

  it('plans only what was asked, in the order asked', () => {
    const configs = planClaims(['race-lock', 'switch-10ms'] satisfies ClaimId[], withoutPython)
    expect(configs.map((c) => c.workload.workload)).toEqual(['race', 'context-switch'])
    expect(planClaims(['daemon', 'pool-reuse'], withPython).map((c) => c.workload.workload)).toEqual(['daemon', 'pool-reuse'])
  })

  it('stays within the size budget: repetitions and work per repetition', () => {
    const configs = parsed(withPython)
    expect(configs.reduce((sum, c) => sum + repetitions(c), 0)).toBeLessThanOrEqual(MAX_REPETITIONS)
    for (const c of configs) {
      const w = c.workload
      expect(c.repeat, w.workload).toBeLessThanOrEqual(7)
      switch (w.workload) {
        case 'prime': expect(w.hi).toBeLessThanOrEqual(c.runtimes.some((r) => r.startsWith('py-')) ? 20_000_000 : 200_000_000); break
        case 'network-fetch': expect(w.tasks * w.requests * w.latencyMs / w.inFlight).toBeLessThanOrEqual(400); break
        case 'file-io': expect(w.tasks * w.files * w.fileSize).toBeLessThanOrEqual(4 * 1024 * 1024); break
        case 'context-switch': expect(w.rounds).toBeLessThanOrEqual(2000); expect(w.perf).toBe(false); break
        case 'spawn': expect(w.samples + w.memoryWorkers).toBeLessThanOrEqual(12); break
        case 'race': expect(w.increments * w.workerCounts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(200_000); break
        case 'deadlock': expect(w.pairs).toBeLessThanOrEqual(10); break
        case 'crash-isolation': expect(w.faults.length * c.runtimes.length).toBeLessThanOrEqual(4); break
        case 'shared-vs-messages': expect(w.updates).toBeLessThanOrEqual(2000); break
        case 'pool-reuse': expect(w.tasks * (c.warmup + c.repeat)).toBeLessThanOrEqual(24); break
        case 'daemon': expect(w.exits.length * w.rounds * c.runtimes.length * 2).toBeLessThanOrEqual(24); expect(w.lifetimeMs).toBeLessThanOrEqual(2000); break
        case 'lock-reentry': expect(w.repetitions * w.timeoutMs).toBeLessThanOrEqual(500); break
        default: throw new Error(`no budget for ${w.workload}: add one`)
      }
    }
  })
})
