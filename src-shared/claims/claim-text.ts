/**
 * A stored verdict in words, in the reader's language: the verdict's name, its reason and each
 * cited figure, from the codes the verdict rules wrote (`claims.verdicts.*`, `claims.because.*`,
 * `claims.figure.*`). Used by the CLI table, the exporters and the Claims screen alike, so a
 * verdict reads the same everywhere. A code this lab does not know (a report from a newer one)
 * falls back to the stored English.
 */
import type { Translate } from '../workloads/define'
import type { ClaimText, ClaimVerdict } from './claim-verdict'

export interface ClaimVerdictWords {
  verdict: string
  because: string
  figures: string[]
}

function sentence(t: Translate, area: 'because' | 'figure', text: ClaimText): string | null {
  const key = `claims.${area}.${text.code}`
  const said = t(key, { ...text.params })
  return said === key ? null : said
}

export function claimVerdictWords(t: Translate, verdict: ClaimVerdict): ClaimVerdictWords {
  const because = sentence(t, 'because', verdict.because)
  const figures = verdict.figures.map((f) => sentence(t, 'figure', f))
  if (because === null || figures.some((f) => f === null)) {
    return { verdict: t(`claims.verdicts.${verdict.verdict}`), because: verdict.english, figures: [] }
  }
  return { verdict: t(`claims.verdicts.${verdict.verdict}`), because, figures: figures as string[] }
}
