/**
 * Which run configurations settle which claims on this machine. STUB (contract only): the
 * claims helper replaces the body with the catalogue's plans; a config serving several claims is
 * planned once and carries every claim it serves in `claims`.
 */
import type { ClaimId } from '../../../src-shared/claims/claim-ids'
import type { RunConfigInput } from '../../../src-shared/config'
import type { PythonInterpreter } from '../../../src-shared/python'

export interface ClaimsEnvironment {
  /** Cores the engine may use (sizes the sweeps). */
  cores: number
  /** Usable interpreters found (isSupported); empty: the CPython claims use the lab's equivalents or cannot be run. */
  pythons: readonly PythonInterpreter[]
}

export function planClaims(ids: readonly ClaimId[], _env: ClaimsEnvironment): RunConfigInput[] {
  return [{ workload: { workload: 'sleep', ms: 5 }, runtimes: ['thread'], workers: [1], repeat: 3, warmup: 0, claims: [...ids] }]
}
