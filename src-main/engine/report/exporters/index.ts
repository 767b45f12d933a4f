/**
 * The exporter registry, keyed by `ExportFormat` (src-shared/api.ts), and the two ways out: bytes
 * for a file (CLI) and an `ExportedFile` for the transports (LabApi.exportReport).
 */
import type { ExportFormat, ExportedFile } from '../../../../src-shared/api'
import { describeZodError } from '../../../../src-shared/config'
import { ReportSchema } from '../../../../src-shared/report'
import type { Report } from '../../../../src-shared/report'
import { findImplausible } from '../plausible'
import { csvExporter } from './csv'
import { safeFileStem } from './escape'
import { htmlExporter } from './html'
import { jsonExporter } from './json'
import { markdownExporter } from './markdown'
import { pdfExporter } from './pdf'
import { traceExporter } from './trace'
import type { Exporter, ExportOptions } from './types'

export type { Exporter, ExportOptions, PrintToPdf } from './types'

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  json: jsonExporter,
  csv: csvExporter,
  md: markdownExporter,
  html: htmlExporter,
  pdf: pdfExporter,
  trace: traceExporter,
}

/** `alice-laptop-2024-01-01T00-00-02.html`: the label (or "conlab"), the time, the extension. */
export function exportFileName(report: Report, format: ExportFormat): string {
  const stamp = report.createdAt.replace(/\.\d+Z$|Z$/, '').replace(/[:.]/g, '-')
  return `${safeFileStem(`${report.label ?? 'conlab'}-${stamp}`)}.${EXPORTERS[format].extension}`
}

/**
 * A report that came over a transport is checked like a file would be: the renderer is trusted
 * less than the engine, and an exporter should never meet a value its types do not promise.
 */
export function validateForExport(report: unknown): Report {
  const parsed = ReportSchema.safeParse(report)
  if (!parsed.success) throw new Error(`Cannot export an invalid report: ${describeZodError(parsed.error)}`)
  const implausible = findImplausible(parsed.data)
  if (implausible) throw new Error(`Cannot export an invalid report: ${implausible.path}: ${implausible.message}`)
  return parsed.data
}

/** The file content: a string for text formats, bytes for PDF. */
export async function renderExport(report: Report, format: ExportFormat, opts: ExportOptions = {}): Promise<string | Uint8Array> {
  opts.signal?.throwIfAborted()
  return EXPORTERS[format].export(validateForExport(report), opts)
}

export async function exportReport(report: Report, format: ExportFormat, opts: ExportOptions = {}): Promise<ExportedFile> {
  const exporter = EXPORTERS[format]
  const content = await renderExport(report, format, opts)
  const fileName = exportFileName(report, format)
  if (typeof content === 'string') return { fileName, mimeType: exporter.mimeType, encoding: 'utf8', data: content }
  return { fileName, mimeType: exporter.mimeType, encoding: 'base64', data: Buffer.from(content).toString('base64') }
}
