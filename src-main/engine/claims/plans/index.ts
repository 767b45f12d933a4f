/**
 * Per claim, the configurations that settle it on this machine (a Record: a new claim id does
 * not compile without its plan). A plan may be empty where the environment cannot settle the
 * claim (gil-no-race without an interpreter): its rule then says why.
 */
import type { ClaimId } from '../../../../src-shared/claims/claim-ids'
import type { PythonInterpreter } from '../../../../src-shared/python'
import * as c from './configs'

export interface ClaimsEnvironment {
  /** Cores the engine may use (sizes the sweeps). */
  cores: number
  /** Usable interpreters found (isSupported); empty: the CPython claims use the lab's equivalents or cannot be run. */
  pythons: readonly PythonInterpreter[]
}

export interface ClaimPlan { kind: 'configs'; configs: (env: ClaimsEnvironment) => c.PlannedConfig[] }

const hasPython = (env: ClaimsEnvironment): boolean => env.pythons.length > 0
/** CPython's threads where an interpreter is found; else the lab's global-lock mode stands in for the GIL. */
const gilSweep = (env: ClaimsEnvironment): c.PlannedConfig[] => (hasPython(env) ? c.primeSweep(true) : [...c.primeSweep(false), c.PRIME_GLOBAL_LOCK])
const configs = (f: (env: ClaimsEnvironment) => c.PlannedConfig[]): ClaimPlan => ({ kind: 'configs', configs: f })

export const CLAIM_PLANS: Record<ClaimId, ClaimPlan> = {
  'spawn-cost': configs((env) => [c.spawn(hasPython(env))]),
  'switch-cost': configs(() => [c.CONTEXT_SWITCH]),
  'switch-10ms': configs(() => [c.CONTEXT_SWITCH]),
  // The same sweep as threads-cpu, so that the three CPU claims share one set of runs.
  'multicore-idle': configs(gilSweep),
  'threads-cpu': configs(gilSweep),
  'cpu-processes': configs(gilSweep),
  'io-threads': configs(() => [c.NETWORK_FETCH, c.FILE_IO]),
  'io-processes': configs(() => [c.NETWORK_FETCH]),
  'async-io': configs(() => [c.NETWORK_FETCH]),
  'gil-io': configs((env) => [hasPython(env) ? c.PY_NETWORK_FETCH : c.NETWORK_FETCH_GLOBAL_LOCK]),
  // CPython's own `x += 1`: without an interpreter the lab has no equivalent of its bytecode.
  'gil-no-race': configs((env) => (hasPython(env) ? [c.PY_RACE] : [])),
  'race-lock': configs(() => [c.RACE_LOCK]),
  'process-no-race': configs((env) => [c.processRace(hasPython(env))]),
  'shared-vs-messages': configs(() => [c.SHARED_VS_MESSAGES]),
  'pool-reuse': configs((env) => [c.poolReuse(hasPython(env))]),
  'crash-isolation': configs(() => [c.CRASH]),
  // CPython's own threading.Lock / RLock where found; the lab's Mutex / RecursiveMutex otherwise.
  'rlock-timeout': configs((env) => [c.lockReentry(hasPython(env))]),
  deadlock: configs(() => [c.DEADLOCK]),
  daemon: configs((env) => [c.daemon(hasPython(env))]),
}
