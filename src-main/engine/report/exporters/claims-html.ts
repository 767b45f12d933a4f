/**
 * The claims section of the HTML export, first on the page: the workshop handout. A summary table
 * (claim, verdict, why), then per claim its quote (the tutorial's original and the English), the
 * verdict, why, the cited figures, what was tested and the evidence drawn inline (claims-evidence.ts).
 */
import type { Report } from '../../../../src-shared/report'
import { claimHeadline, claimVerdictShown } from '../text/claims-words'
import { evidenceSvg } from './claims-evidence'
import { escapeHtml as esc } from './escape'
import { htmlTable } from './html-page'
import type { ExportLocale } from './locale'

export function claimsHtmlSection(report: Report, loc: ExportLocale): string {
  const verdicts = report.claims ?? []
  if (verdicts.length === 0) return ''
  const { t } = loc
  const summary = verdicts.map((v) => {
    const shown = claimVerdictShown(t, v)
    return [esc(claimHeadline(t, v.claim).title), `<strong>${esc(shown.verdict)}</strong>`, esc(shown.because)]
  })
  const details = verdicts.map((v, i) => {
    const head = claimHeadline(t, v.claim)
    const shown = claimVerdictShown(t, v)
    const quote = [
      head.original ? `<p lang="zh-CN"><strong>${esc(t('claims.report.original'))}</strong>${esc(loc.r('colon'))}“${esc(head.original)}”</p>` : '',
      head.translation ? `<p lang="en"><strong>${esc(t('claims.report.translation'))}</strong>${esc(loc.r('colon'))}“${esc(head.translation)}”</p>` : '',
      head.source ? `<p class="meta">${esc(t('claims.report.source'))}${esc(loc.r('colon'))}${esc(head.source)}</p>` : '',
    ].join('')
    const figures = shown.figures.length > 0 ? `<ul>${shown.figures.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>` : `<p class="note">${esc(t('claims.report.noFigures'))}</p>`
    const evidence = v.evidence ? evidenceSvg(v.evidence, `claim-${i}-evidence`, loc) : ''
    return [
      `<article class="claim" id="claim-${esc(v.claim)}" data-claim="${esc(v.claim)}" data-verdict="${esc(v.verdict)}">`,
      `<h3>${esc(head.title)} <span class="code">${esc(v.claim)}</span></h3>`,
      quote ? `<blockquote>${quote}</blockquote>` : '',
      `<p>${esc(t('claims.report.verdict'))}${esc(loc.r('colon'))}<strong>${esc(shown.verdict)}</strong></p>`,
      `<p>${esc(t('claims.report.because'))}${esc(loc.r('colon'))}${esc(shown.because)}</p>`,
      `<p>${esc(t('claims.report.figures'))}</p>${figures}`,
      shown.tested ? `<p class="note">${esc(shown.tested)}</p>` : '',
      evidence ? `<figure>${evidence}</figure>` : '',
      '</article>',
    ].join('\n')
  })
  return [
    `<section id="claims"><h2>${esc(t('claims.report.title'))}</h2>`,
    `<p class="note">${esc(t('claims.report.intro'))}</p>`,
    htmlTable([t('claims.report.claim'), t('claims.report.verdict'), t('claims.report.because')].map(esc), summary),
    ...details,
    '</section>',
  ].join('\n')
}
