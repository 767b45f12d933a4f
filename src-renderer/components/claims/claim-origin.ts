/**
 * Where a claim comes from: the tutorial's own Chinese words (shown as written, never translated)
 * and the tutorial file and section. They are data of the claim catalogue
 * (src-shared/claims/claim-catalogue.ts), which the claims' rules land with; until it is on this
 * branch no claim has an origin and the card shows the translated quote alone.
 */
import type { ClaimId } from '../../../src-shared/claims/claim-ids'

export interface ClaimOrigin {
  original: readonly string[]
  sources: ReadonlyArray<{ file: string; section: string }>
}

export function claimOrigin(_id: ClaimId): ClaimOrigin | null {
  return null
}
