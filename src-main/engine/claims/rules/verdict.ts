/**
 * What every rule writes a verdict with: coded sentences of the `claims` catalogue area (the
 * compiler checks each code against en-claims.ts), their English stored beside them (the
 * engine-message convention: `english` never changes once written), numbers rounded to what the
 * figures support, and the interval comparisons the rules decide by.
 */
import type { ClaimId, Verdict } from '../../../../src-shared/claims/claim-ids'
import type { ClaimEvidence, ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import type { Run } from '../../../../src-shared/report'
import claimsEn from '../../../../src-shared/i18n/en-claims'

export type BecauseCode = keyof typeof claimsEn.because
export type FigureCode = keyof typeof claimsEn.figure
export type BarCode = keyof typeof claimsEn.bar
export type Params = Record<string, string | number>

export interface Because { code: BecauseCode; params?: Params }
export interface Figure { code: FigureCode; params: Params }
export type Bar = ClaimEvidence['bars'][number] & { label: { code: BarCode } }

export const because = (code: BecauseCode, params?: Params): Because => ({ code, ...(params ? { params } : {}) })
export const figure = (code: FigureCode, params: Params): Figure => ({ code, params })
export const bar = (code: BarCode, params: Params, value: number, more: { interval?: readonly [number, number]; of?: number } = {}): Bar => ({
  label: { code, params },
  value: round(value),
  ...(more.interval ? { interval: [round(more.interval[0]), round(more.interval[1])] as [number, number] } : {}),
  ...(more.of !== undefined ? { of: more.of } : {}),
})

/** Three significant digits (whole numbers above 100 stay whole): a figure is cited as the intervals support it, not to the nanosecond. */
export function round(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 0
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x))))
  return Number(x.toFixed(Math.min(digits, 6)))
}

function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export function englishOf(verdict: Verdict, why: Because, figures: readonly Figure[]): string {
  const head = `${claimsEn.verdicts[verdict]}: ${fill(claimsEn.because[why.code], why.params)}`
  return figures.length === 0 ? head : `${head} ${figures.map((f) => fill(claimsEn.figure[f.code], f.params)).join(' ')}`
}

export interface VerdictExtras {
  figures?: readonly Figure[]
  runs?: readonly Run[]
  evidence?: ClaimEvidence
  testedWith?: ClaimVerdict['testedWith']
  python?: string
}

export function verdictOf(claim: ClaimId, verdict: Verdict, why: Because, extras: VerdictExtras = {}): ClaimVerdict {
  const figures = [...(extras.figures ?? [])]
  return {
    claim,
    verdict,
    because: why,
    figures,
    ...(extras.evidence && extras.evidence.bars.length > 0 ? { evidence: extras.evidence } : {}),
    runIds: [...new Set((extras.runs ?? []).map((r) => r.id))],
    ...(extras.testedWith ? { testedWith: extras.testedWith } : {}),
    ...(extras.python ? { python: extras.python } : {}),
    english: englishOf(verdict, why, figures),
  }
}

export type Interval = readonly [number, number]

/** Where interval a lies against b: wholly below, wholly above, or overlapping (too noisy to tell). */
export function placeOf(a: Interval, b: Interval): 'below' | 'above' | 'overlap' {
  if (a[1] < b[0]) return 'below'
  if (a[0] > b[1]) return 'above'
  return 'overlap'
}

/** Against one threshold: the whole interval above it, below it, or straddling it. */
export function sideOf(a: Interval, threshold: number): 'above' | 'below' | 'straddles' {
  if (a[0] > threshold) return 'above'
  if (a[1] < threshold) return 'below'
  return 'straddles'
}

/** The interval of a / b from the two intervals (all positive): its widest honest bounds. */
export function ratioInterval(a: Interval, b: Interval): Interval {
  return [a[0] / Math.max(b[1], Number.MIN_VALUE), a[1] / Math.max(b[0], Number.MIN_VALUE)]
}
