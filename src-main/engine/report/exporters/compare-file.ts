/**
 * A comparison as a file for the transports (LabApi.exportComparison): the same renderers as
 * `conlab compare --format html|md`, named after the time it was made so two exports never clash.
 */
import type { ComparisonExportFormat, ExportedFile } from '../../../../src-shared/api'
import type { Locale } from '../../../../src-shared/i18n/locales'
import { assertNever } from '../../../../src-shared/protocol'
import type { Comparison } from '../compare'
import { comparisonToHtml } from './compare-html'
import { comparisonToMarkdown } from './compare-markdown'
import { safeFileStem } from './escape'

export function comparisonFile(c: Comparison, format: ComparisonExportFormat, locale: Locale, now: Date = new Date()): ExportedFile {
  const stem = safeFileStem(`comparison-${now.toISOString().replace(/\.\d+Z$|Z$/, '').replace(/[:.]/g, '-')}`)
  switch (format) {
    case 'html':
      return { fileName: `${stem}.html`, mimeType: 'text/html', encoding: 'utf8', data: comparisonToHtml(c, locale) }
    case 'md':
      return { fileName: `${stem}.md`, mimeType: 'text/markdown', encoding: 'utf8', data: comparisonToMarkdown(c, locale) }
    default:
      return assertNever(format)
  }
}
