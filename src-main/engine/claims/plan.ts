/**
 * Which run configurations settle which claims on this machine: each claim's plan
 * (plans/index.ts), with equal configurations planned once and tagged with every claim they
 * serve, in the order the claims were asked.
 */
import type { ClaimId } from '../../../src-shared/claims/claim-ids'
import type { RunConfigInput } from '../../../src-shared/config'
import { CLAIM_PLANS, type ClaimsEnvironment } from './plans'

export type { ClaimsEnvironment } from './plans'

export function planClaims(ids: readonly ClaimId[], env: ClaimsEnvironment): RunConfigInput[] {
  const planned = new Map<string, RunConfigInput & { claims: ClaimId[] }>()
  for (const claim of ids) {
    for (const config of CLAIM_PLANS[claim].configs(env)) {
      const key = JSON.stringify(config)
      const seen = planned.get(key)
      if (seen === undefined) planned.set(key, { ...structuredClone(config), claims: [claim] })
      else if (!seen.claims.includes(claim)) seen.claims.push(claim)
    }
  }
  return [...planned.values()]
}
