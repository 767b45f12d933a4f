/**
 * How a claim and its verdict read, for every display outside the renderer (`conlab claims`, the
 * text table, Markdown, HTML, PDF, compare): the claim's title, its quote (the tutorial's Chinese
 * original and the English translation) and source, and the verdict's words via
 * claimVerdictWords, plus what was tested. The one place that knows the claim catalogue's keys
 * (`claims.claim.<id>.title|quote`; zh-CN's quote is the tutorial's original): a key it lacks reads
 * as the id or as nothing, never as a raw key.
 */
import { CLAIM_CATALOGUE } from '../../../../src-shared/claims/claim-catalogue'
import type { ClaimId } from '../../../../src-shared/claims/claim-ids'
import { claimVerdictWords } from '../../../../src-shared/claims/claim-text'
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import { translatorFor } from '../../../../src-shared/i18n/translate'
import type { Translate } from '../../../../src-shared/workloads/define'

export interface ClaimHeadline {
  id: ClaimId
  title: string
  /** The tutorial's own words (Chinese), as quoted. */
  original: string
  /** The quote in English. */
  translation: string
  source: string
}

const enT = translatorFor('en')
const zhT = translatorFor('zh-CN')

function said(t: Translate, key: string): string | null {
  const text = t(key)
  return text === key ? null : text
}

/** Where the claim is quoted from: each passage as the tutorial's number and its heading (markdown marks dropped). */
function sourceText(t: Translate, id: ClaimId): string {
  return CLAIM_CATALOGUE[id].sources
    .map((s) => t('claims.report.sourceItem', { number: s.file.slice(0, 3), section: s.section.replace(/[#*]/g, '').trim() }))
    .join(t('claims.report.sourceSeparator'))
}

export function claimHeadline(t: Translate, id: ClaimId): ClaimHeadline {
  const key = (field: string) => `claims.claim.${id}.${field}`
  return {
    id,
    title: said(t, key('title')) ?? id,
    // zh-CN's quote is the tutorial's original; the English catalogue holds the translation.
    original: said(zhT, key('quote')) ?? '',
    translation: said(enT, key('quote')) ?? '',
    source: sourceText(t, id),
  }
}

export interface ClaimVerdictShown {
  verdict: string
  because: string
  figures: string[]
  /** What was tested, for a claim about a Python API ('' otherwise). */
  tested: string
}

export function claimVerdictShown(t: Translate, v: ClaimVerdict): ClaimVerdictShown {
  const words = claimVerdictWords(t, v)
  const tested =
    v.testedWith === 'cpython'
      ? v.python
        ? t('claims.report.testedWithCpython', { python: v.python })
        : t('claims.report.testedWithCpythonAny')
      : v.testedWith === 'lab'
        ? t('claims.report.testedWithLab')
        : ''
  return { ...words, tested }
}

/** A verdict that holds somewhere and not elsewhere is a finding: compare marks it. */
export function verdictsDiffer(verdicts: readonly (ClaimVerdict | null)[]): boolean {
  return new Set(verdicts.filter((v): v is ClaimVerdict => v !== null).map((v) => v.verdict)).size > 1
}
