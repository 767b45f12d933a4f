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

/** Where a param names a runtime or a workload by its id, the catalogue's name for it. */
const NAMED_PARAMS: Readonly<Record<string, (id: string) => string>> = {
  runtime: (id) => `cli.runtimes.${id}`,
  workload: (id) => `workloads.${id}.title`,
}

/**
 * A verdict's params as a sentence shows them: the rules store ids (`thread`, `file-io`), which
 * are data; the reader gets the names the tables use (线程, 文件 I/O). An id the catalogue does
 * not name stays as stored.
 */
export function claimParams(t: Translate, params: Readonly<Record<string, string | number>> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params }
  for (const [name, keyOf] of Object.entries(NAMED_PARAMS)) {
    const id = out[name]
    if (typeof id !== 'string') continue
    const key = keyOf(id)
    const shown = t(key)
    if (shown !== key) out[name] = shown
  }
  return out
}

function sentence(t: Translate, area: 'because' | 'figure', text: ClaimText): string | null {
  const key = `claims.${area}.${text.code}`
  const said = t(key, claimParams(t, text.params))
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
