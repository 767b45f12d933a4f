/**
 * LabService's report ports filled with the report modules: the history folder (ReportHistory),
 * import with migrations (read-report), and the exporters. Shared by the Electron shell and the
 * web server.
 */
import type { HistoryPort, ReportCodecPort } from './lab-ports'
import { exportReport } from './report/exporters'
import { ReportHistory } from './report/history'
import { parseReportText } from './report/read-report'

export function reportCodec(): ReportCodecPort {
  return {
    importText: (fileName, text) => parseReportText(text, fileName),
    exportFile: (report, format, opts) => exportReport(report, format, opts),
  }
}

export function createReportPorts(historyDir: string): { history: HistoryPort; codec: ReportCodecPort } {
  return { history: new ReportHistory(historyDir), codec: reportCodec() }
}
