/**
 * The verdicts of some claims, decided from the report of their suite: one rule per claim
 * (rules/*.ts; a Record, so a new claim id does not compile without its rule). Times claims
 * decide by the report's intervals and significance tests, outcome claims by counts over
 * repetitions; every verdict cites its figures and runs. A claim whose runs are missing or failed
 * answers cannot-run with the reason (rules/lookup.ts), never a guess.
 */
import type { ClaimId } from '../../../src-shared/claims/claim-ids'
import type { ClaimVerdict } from '../../../src-shared/claims/claim-verdict'
import type { Report } from '../../../src-shared/report'
import { sharedVsMessages, switch10ms, switchCost } from './rules/costs'
import { cpuProcesses, multicoreIdle, threadsCpu } from './rules/cpu'
import { asyncIo, gilIo, ioProcesses, ioThreads } from './rules/io'
import type { RuleContext } from './rules/lookup'
import { daemon } from './rules/daemon'
import { crashIsolation, deadlock, gilNoRace, processNoRace, raceLock } from './rules/outcomes'
import { poolReuse } from './rules/pool-reuse'
import { rlockTimeout } from './rules/rlock'
import { spawnCost } from './rules/spawn'

type Rule = (ctx: RuleContext) => ClaimVerdict

export const CLAIM_RULES: Record<ClaimId, Rule> = {
  'spawn-cost': spawnCost,
  'switch-cost': switchCost,
  'switch-10ms': switch10ms,
  'multicore-idle': multicoreIdle,
  'threads-cpu': threadsCpu,
  'cpu-processes': cpuProcesses,
  'io-threads': ioThreads,
  'io-processes': ioProcesses,
  'async-io': asyncIo,
  'gil-io': gilIo,
  'gil-no-race': gilNoRace,
  'race-lock': raceLock,
  'process-no-race': processNoRace,
  'shared-vs-messages': sharedVsMessages,
  'pool-reuse': poolReuse,
  'crash-isolation': crashIsolation,
  'rlock-timeout': rlockTimeout,
  deadlock,
  daemon,
}

export function decideClaims(report: Report, ids: readonly ClaimId[]): ClaimVerdict[] {
  return ids.map((claim) => CLAIM_RULES[claim]({ claim, report }))
}
