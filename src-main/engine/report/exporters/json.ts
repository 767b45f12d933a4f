/**
 * The canonical export: the report itself, schema-validated, pretty-printed. It is the only
 * format that can be imported again, so it is exactly what `writeReportFile` writes.
 */
import { describeZodError } from '../../../../src-shared/config'
import { ReportSchema } from '../../../../src-shared/report'
import type { Report } from '../../../../src-shared/report'
import type { Exporter } from './types'

export function reportToJson(report: Report): string {
  const parsed = ReportSchema.safeParse(report)
  if (!parsed.success) throw new Error(`Cannot export an invalid report: ${describeZodError(parsed.error)}`)
  return `${JSON.stringify(parsed.data, null, 2)}\n`
}

export const jsonExporter: Exporter = {
  format: 'json',
  extension: 'json',
  mimeType: 'application/json',
  binary: false,
  export: async (report) => reportToJson(report),
}
