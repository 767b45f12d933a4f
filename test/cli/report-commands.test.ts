/**
 * `conlab export`, `compare` and `history` in process (their exit codes and messages), the run
 * flags that feed them, and once end to end through the built CLI: run → history → export →
 * compare.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { executeCompare, formatComparisonTable, parseBaseline } from '../../src-main/cli/compare-command'
import { executeExport, exportTargets, withExtension } from '../../src-main/cli/export-command'
import { executeHistory } from '../../src-main/cli/history-command'
import { compareReports } from '../../src-main/engine/report/compare'
import { ReportHistory } from '../../src-main/engine/report/history'
import { reportToJson } from '../../src-main/engine/report/exporters/json'
import { reportToMarkdown } from '../../src-main/engine/report/exporters/markdown'
import { ReportSchema } from '../../src-shared/report'
import { makeReport } from '../fixtures/report-fixture'
import { scaledReport, suiteReport, v0Report } from '../engine/report/report-samples'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'
import { parseRun } from '../helpers/parse-run'

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conlab-reports-'))
  return onCleanup(dir, (d) => rm(d, { recursive: true, force: true }))
}

function captureIo() {
  const out = { stdout: '', stderr: '' }
  return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } } }
}

describe('export paths', () => {
  it('writes exactly --out for one format, --out with each extension for several, else next to the report', () => {
    expect([...exportTargets('/r/a.json', ['html'], 'x/out.htm')]).toEqual([['html', `${process.cwd()}/x/out.htm`]])
    expect([...exportTargets('/r/a.json', ['csv', 'md', 'csv'], '/o/b.json')]).toEqual([['csv', '/o/b.csv'], ['md', '/o/b.md']])
    expect([...exportTargets('/r/a.json', ['pdf'], undefined)]).toEqual([['pdf', '/r/a.pdf']])
    expect(withExtension('/r/a.b.json', 'md')).toBe('/r/a.b.md')
    expect(withExtension('/r/noext', 'html')).toBe('/r/noext.html')
  })
})

describe('conlab export (in process)', () => {
  it('writes the formats asked for next to the report', async () => {
    const dir = await tempDir()
    const source = join(dir, 'alice.json')
    await writeFile(source, reportToJson(suiteReport()))
    const { out, io } = captureIo()
    expect(await executeExport({ report: source, formats: ['md', 'csv', 'html'], out: undefined }, io)).toBe(0)
    expect((await readdir(dir)).sort()).toEqual(['alice.csv', 'alice.html', 'alice.json', 'alice.md'])
    expect(await readFile(join(dir, 'alice.md'), 'utf8')).toBe(reportToMarkdown(suiteReport()))
    expect(out.stderr).toContain(`Wrote ${join(dir, 'alice.md')}`)
  })

  it('prints one text format on stdout with --out -', async () => {
    const dir = await tempDir()
    const source = join(dir, 'a.json')
    await writeFile(source, reportToJson(makeReport()))
    const { out, io } = captureIo()
    expect(await executeExport({ report: source, formats: ['md'], out: '-' }, io)).toBe(0)
    expect(out.stdout).toBe(reportToMarkdown(makeReport()))
    await expect(executeExport({ report: source, formats: ['pdf'], out: '-' }, io)).rejects.toThrow(/exactly one text format/)
  })

  it('migrates an old report when exporting it as JSON elsewhere', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'old.json'), JSON.stringify(v0Report()))
    const { io } = captureIo()
    expect(await executeExport({ report: join(dir, 'old.json'), formats: ['json'], out: join(dir, 'new.json') }, io)).toBe(0)
    expect(ReportSchema.parse(JSON.parse(await readFile(join(dir, 'new.json'), 'utf8'))).version).toBe(1)
  })

  it('names the problem of a bad or missing file and exits 1 without writing', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'bad.json'), '{"schema": "concurrency-lab/report", "version": 1,')
    const { out, io } = captureIo()
    expect(await executeExport({ report: join(dir, 'bad.json'), formats: ['html'], out: undefined }, io)).toBe(1)
    expect(out.stderr).toMatch(/^conlab export: .*bad\.json: not valid JSON: .*truncated/)
    expect(await executeExport({ report: join(dir, 'none.json'), formats: ['html'], out: undefined }, io)).toBe(1)
    expect(out.stderr).toContain('none.json: no such file')
    expect(await readdir(dir)).toEqual(['bad.json'])
  })
})

describe('conlab compare (in process)', () => {
  async function files(dir: string): Promise<string[]> {
    const reports = [suiteReport(), scaledReport('bob', 0.5), scaledReport('carol', 1.25)]
    return Promise.all(reports.map(async (r, i) => {
      const path = join(dir, `${i}.json`)
      await writeFile(path, reportToJson(r))
      return path
    }))
  }

  it('prints a table with a column per machine and the ratios', async () => {
    const dir = await tempDir()
    const { out, io } = captureIo()
    expect(await executeCompare({ reports: await files(dir), baseline: 'bob', format: 'table', out: undefined }, io)).toBe(0)
    expect(out.stdout).toMatch(/^Baseline: bob\./)
    expect(out.stdout).toMatch(/workers\s+alice-laptop\s+ratio\s+bob \(baseline\)\s+carol\s+ratio/)
    expect(out.stdout).toContain('0.50×')
    expect(out.stdout).toContain('carol: 2.50× slower than the baseline (geometric mean over 5 points)')
  })

  it('writes Markdown, JSON and HTML', async () => {
    const dir = await tempDir()
    const paths = await files(dir)
    const { io } = captureIo()
    for (const format of ['md', 'json', 'html'] as const) {
      expect(await executeCompare({ reports: paths, baseline: '1', format, out: join(dir, `cmp.${format}`) }, io)).toBe(0)
    }
    expect(await readFile(join(dir, 'cmp.md'), 'utf8')).toMatch(/^# Machine comparison\n\nBaseline: \*\*alice-laptop\*\*/)
    expect(JSON.parse(await readFile(join(dir, 'cmp.json'), 'utf8')).groups).toHaveLength(3)
    expect(await readFile(join(dir, 'cmp.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/)
  })

  it('leaves out a bad file with its problem, compares the rest, and exits 1', async () => {
    const dir = await tempDir()
    const [a, b] = await files(dir)
    await writeFile(join(dir, 'evil.json'), '{"__proto__": {"x": 1}}')
    const { out, io } = captureIo()
    expect(await executeCompare({ reports: [a!, join(dir, 'evil.json'), b!], baseline: undefined, format: 'table', out: undefined }, io)).toBe(1)
    expect(out.stderr).toMatch(/left out .*evil\.json: not a valid report: __proto__: key "__proto__" is not allowed/)
    expect(out.stdout).toMatch(/alice-laptop/)
  })

  it('says so when fewer than two reports are left, or the baseline is unknown', async () => {
    const dir = await tempDir()
    const [a] = await files(dir)
    const { out, io } = captureIo()
    expect(await executeCompare({ reports: [a!, join(dir, 'missing.json')], baseline: undefined, format: 'table', out: undefined }, io)).toBe(1)
    expect(out.stderr).toMatch(/comparing needs at least two reports, got 1/)
    const paths = await files(dir)
    expect(await executeCompare({ reports: paths, baseline: 'zed', format: 'table', out: undefined }, io)).toBe(1)
    expect(out.stderr).toMatch(/no report is labelled "zed"/)
  })

  it('reads --baseline as a 1-based position when it is a number', () => {
    expect(parseBaseline('2')).toEqual({ index: 1 })
    expect(parseBaseline('alice')).toEqual({ label: 'alice' })
    expect(parseBaseline(undefined)).toBeUndefined()
  })

  it('shows settings mismatches under the table', () => {
    const other = scaledReport('bob', 0.5)
    other.runs[1] = { ...other.runs[1]!, settings: { ...other.runs[1]!.settings, warmup: 5 } }
    const text = formatComparisonTable(compareReports([{ source: 'a', report: suiteReport() }, { source: 'b', report: other }]))
    expect(text).toMatch(/Not compared:\n {2}! Prime search \(CPU-bound\) on thread was measured with different settings, so those points are not compared: warmup: alice-laptop 1, bob 5/)
    expect(text).toContain('other settings')
  })
})

describe('conlab history (in process)', () => {
  it('lists, shows, renames and deletes; a corrupt file is listed with its problem', async () => {
    const dir = await tempDir()
    const entry = await new ReportHistory(dir).save(makeReport({ label: 'alice' }))
    await writeFile(join(dir, 'broken.json'), '{')
    const { out, io } = captureIo()
    expect(await executeHistory({ action: 'list' }, dir, io)).toBe(0)
    expect(out.stdout).toMatch(new RegExp(`${entry.id}\\s+2024-01-01 00:00:02Z\\s+alice\\s+1\\s+\\d+ KiB\\s+completed`))
    expect(out.stdout).toMatch(/broken\s+1 KiB\s+CORRUPT/)
    expect(out.stdout).toMatch(/Corrupt files \(kept, not loaded\):\n {2}! broken\.json: broken\.json: not valid JSON/)
    expect(await executeHistory({ action: 'show', id: entry.id, json: true }, dir, io)).toBe(0)
    expect(out.stdout).toContain('"label": "alice"')
    expect(await executeHistory({ action: 'rename', id: entry.id, title: 'Alice laptop' }, dir, io)).toBe(0)
    expect((await new ReportHistory(dir).open(entry.id)).label).toBe('Alice laptop')
    expect(await executeHistory({ action: 'rm', id: entry.id }, dir, io)).toBe(0)
    expect(await readdir(dir)).toEqual(['broken.json'])
  })

  it('refuses an id that leaves the folder, and an unknown id, with exit 1', async () => {
    const dir = await tempDir()
    const { out, io } = captureIo()
    expect(await executeHistory({ action: 'rm', id: '../../etc/passwd' }, dir, io)).toBe(1)
    expect(out.stderr).toContain('conlab history: "../../etc/passwd" is not a valid history id')
    expect(await executeHistory({ action: 'show', id: 'nope', json: false }, dir, io)).toBe(1)
    expect(out.stderr).toContain('no report "nope" in the history')
  })
})

describe('run flags', () => {
  const parse = parseRun

  it('takes --format as a list of export formats and saves to the history unless --no-history', async () => {
    expect(await parse(['--workload', 'prime'])).toMatchObject({ formats: [], history: true })
    expect(await parse(['--workload', 'prime', '--format', 'csv,html', '--no-history'])).toMatchObject({ formats: ['csv', 'html'], history: false })
    await expect(parse(['--format', 'xlsx'])).rejects.toThrow(/--format must be one of json, csv, md, html, pdf, trace; got "xlsx"/)
  })
})

describe('end to end through the built CLI', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('run saves to the history and writes --format files; export, compare and history work on them', async () => {
    const dir = await tempDir()
    const history = join(dir, 'history')
    const env = { CONLAB_HISTORY_DIR: history }
    const small = ['--workload', 'prime', '--prime-hi', '100000', '--runtimes', 'main,thread', '--workers', '1,2', '--repeat', '2', '--warmup', '0', '--quiet']
    const run = await runCli(['run', ...small, '--label', 'me', '--out', 'me.json', '--format', 'md,csv'], dir, env)
    expect(run.stderr).toMatch(/Saved to the history as \S+/)
    expect(run.code).toBe(0)
    expect((await readdir(dir)).sort()).toEqual(['history', 'me.csv', 'me.json', 'me.md'])
    expect((await readdir(history)).filter((n) => n.endsWith('.json'))).toHaveLength(1)

    const noHistory = await runCli(['run', ...small, '--label', 'you', '--out', 'you.json', '--no-history'], dir, env)
    expect(noHistory.code).toBe(0)
    expect((await readdir(history)).filter((n) => n.endsWith('.json'))).toHaveLength(1)

    const list = await runCli(['history'], dir, env)
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/\bme\s+2\s+\d+ KiB\s+completed/)

    const exported = await runCli(['export', 'me.json', '--format', 'html'], dir)
    expect(exported.code).toBe(0)
    expect(await readFile(join(dir, 'me.html'), 'utf8')).toMatch(/<svg[^>]+class="chart"/)

    const compared = await runCli(['compare', 'me.json', 'you.json', '--format', 'md'], dir)
    expect(compared.code).toBe(0)
    expect(compared.stdout).toMatch(/\| workers \| me \| you \|/)

    const bad = await runCli(['compare', 'me.json'], dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/compare needs at least two report files/)
  })
})
