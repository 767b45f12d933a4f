/**
 * Several interpreters side by side in one suite (issue 16): each py-* runtime runs once per
 * interpreter, each run records its own, and the text table, the Markdown and HTML exports (en and
 * zh-CN) and the machine comparison tell them apart by version. Real interpreters: Debian's
 * python3 and pyenv's 3.13.0. Never timed.
 */
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareReports } from '../../src-main/engine/report/compare'
import { reportToHtml } from '../../src-main/engine/report/exporters/html'
import { reportToMarkdown } from '../../src-main/engine/report/exporters/markdown'
import { groupTitle } from '../../src-main/engine/report/exporters/compare-text'
import { formatReportTable } from '../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../src-main/engine/report/text/wording'
import { runSuite } from '../../src-main/engine/session'
import type { Report } from '../../src-shared/report'

const SYSTEM = '/usr/bin/python3'
const PYENV = join(process.env.PYENV_ROOT || join(homedir(), '.pyenv'), 'versions', '3.13.0', 'bin', 'python')
const both = existsSync(SYSTEM) && existsSync(PYENV)

describe.runIf(both)('two interpreters side by side', () => {
  let report: Report
  beforeAll(async () => {
    report = await runSuite([{ workload: { workload: 'prime', hi: 30_000 }, runtimes: ['thread', 'py-thread', 'py-process'], pythons: [SYSTEM, PYENV], startMethod: 'spawn', workers: [1, 2], repeat: 1, warmup: 0 }])
  }, 120_000)

  it('runs each py-* runtime once per interpreter, each run recording its own', () => {
    const runs = report.runs.map((r) => [r.runtime, r.settings.python?.version.slice(0, 4) ?? null, r.status])
    expect(runs).toEqual([
      ['thread', null, 'completed'],
      ['py-thread', '3.11', 'completed'],
      ['py-process', '3.11', 'completed'],
      ['py-thread', '3.13', 'completed'],
      ['py-process', '3.13', 'completed'],
    ])
    expect(report.runs.filter((r) => r.runtime === 'py-process').every((r) => r.settings.python?.startMethod === 'spawn')).toBe(true)
    expect(report.runs.every((r) => r.points.every((p) => p.check.ok))).toBe(true)
    expect(report.machine.pythons?.map((p) => p.version.slice(0, 4))).toEqual(['3.11', '3.13'])
  })

  it('names the runs with their versions in the text table, with each interpreter line', () => {
    const [v311, v313] = versions(report)
    const en = formatReportTable(report)
    expect(en).toContain(`py-thread ${v311}`)
    expect(en).toContain(`py-thread ${v313}`)
    expect(en).toContain(`Interpreters: py-thread ${v311}: CPython ${v311}, GIL`)
    expect(en).toContain(`py-process ${v313}: CPython ${v313}, GIL, start method spawn`)
    const zh = formatReportTable(report, wordingFor('zh-CN'))
    expect(zh).toContain(`解释器：`)
    expect(zh).toContain(`CPython ${v313}，GIL，启动方式 spawn`)
  })

  it('shows version, build and start method in the Markdown and HTML exports, in en and zh-CN', () => {
    const [v311, v313] = versions(report)
    const md = reportToMarkdown(report, 'en')
    expect(md).toContain(`| py-thread ${v311} |`)
    expect(md).toContain(`| py-thread ${v313} |`)
    expect(md).toMatch(new RegExp(`Settings for py-process ${v313.replace(/\./g, '\\.')}: .*interpreter CPython ${v313.replace(/\./g, '\\.')}, GIL, start method spawn`))
    expect(reportToMarkdown(report, 'zh-CN')).toContain(`解释器 CPython ${v311}，GIL，启动方式 spawn`)
    const html = reportToHtml(report, 'zh-CN')
    expect(html).toContain(`py-thread ${v313}`)
    expect(html).toContain(`CPython ${v313}，GIL`)
  })

  it('never compares runs of two interpreters: one group per version, no settings mismatch', () => {
    const c = compareReports([{ source: 'a.json', report }, { source: 'b.json', report }])
    const py = c.groups.filter((g) => g.runtime === 'py-thread')
    expect(py.map((g) => g.python?.slice(0, 4))).toEqual(['3.11', '3.13'])
    expect(c.mismatches).toEqual([])
    expect(py.map((g) => groupTitle(g))).toEqual(versions(report).map((v) => `Prime search (CPU-bound) on py-thread ${v}`))
  })
})

function versions(report: Report): [string, string] {
  const list = [...new Set(report.runs.flatMap((r) => (r.settings.python ? [r.settings.python.version] : [])))]
  return [list[0]!, list[1]!]
}
