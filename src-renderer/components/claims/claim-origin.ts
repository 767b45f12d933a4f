/**
 * Where a claim comes from: the tutorial's own Chinese words (shown as written, never translated)
 * and each passage's tutorial and heading, from the claim catalogue
 * (src-shared/claims/claim-catalogue.ts). A tutorial is named by its number (the seeds' file
 * prefix); a heading and the quoted words lose their markdown marks (the seeds are markdown:
 * "**CPU 密集型任务**" read with its asterisks on the screen).
 */
import { CLAIM_CATALOGUE } from '../../../src-shared/claims/claim-catalogue'
import type { ClaimId } from '../../../src-shared/claims/claim-ids'

export interface ClaimOrigin {
  original: readonly string[]
  sources: ReadonlyArray<{ file: string; section: string }>
}

/** Markdown's emphasis, code and heading marks off; the words themselves untouched. */
export const plain = (text: string): string => text.replace(/[#*`]/g, '').trim()

export function claimOrigin(id: ClaimId): ClaimOrigin {
  const entry = CLAIM_CATALOGUE[id]
  return {
    original: entry.original.map(plain),
    sources: entry.sources.map((s) => ({ file: s.file.slice(0, 3), section: plain(s.section) })),
  }
}
