/**
 * What the engine says at run time, in Chinese (issue 12): real failures (a missing folder, a
 * task timeout in a real worker thread, a coded error crossing the worker boundary, the machine
 * probe on a fake sysfs tree) shown by the CLI's table, the HTML and Markdown exports and the
 * machine-state lines in zh-CN; the report keeps its English text, and reports written before
 * the codes still load and show their text. Expected words come from the catalogues.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CodedError, englishText, message, messageText } from '../../src-shared/engine-message'
import en from '../../src-shared/i18n/en-engine'
import { translatorFor } from '../../src-shared/i18n/translate'
import zh from '../../src-shared/i18n/zh-CN-engine'
import { machineStateLines } from '../../src-shared/machine-state-text'
import { serializeError } from '../../src-shared/protocol'
import { ReportSchema, type Report } from '../../src-shared/report'
import { probeMachineState } from '../../src-main/engine/measure/machine-state'
import { sysfsReader } from '../../src-main/engine/measure/sysfs-reader'
import { renderExport } from '../../src-main/engine/report/exporters'
import { stoppedLines } from '../../src-main/engine/report/text/sweep-section'
import { wordingFor } from '../../src-main/engine/report/text/wording'
import { TaskFailedError } from '../../src-main/engine/runtimes/errors'
import { runSuite } from '../../src-main/engine/session'
import { loadReportFile } from '../../src-main/engine/report/read-report'
import { describeReadError } from '../../src-main/cli/cli-io'
import { onCleanup } from '../helpers/cleanup'
import { FetchError, FETCH_TEXT } from '../../src-workers/kernels/fetch'

const ZH = wordingFor('zh-CN')
const tZh = translatorFor('zh-CN')
/** The longest run of fixed words of a catalogue text (between its placeholders). */
const lead = (text: string) => text.split(/\{\w+\}/).map((part) => part.trim()).sort((a, b) => b.length - a.length)[0]!

const missingDir = join('/nonexistent-conlab', 'no', 'such', 'folder')

async function failingReport(): Promise<Report> {
  return runSuite([
    { workload: { workload: 'file-io', directory: missingDir, tasks: 1, files: 1 }, runtimes: ['main', 'thread'], workers: [1], repeat: 1, warmup: 0 },
    { workload: { workload: 'sleep', tasks: 2, ms: 2000 }, runtimes: ['thread'], workers: [1], repeat: 1, warmup: 0, taskTimeoutMs: 10 },
  ])
}

describe('engine messages in Chinese', () => {
  it('a real run whose every runtime fails: the CLI table, HTML and Markdown say why in Chinese; the report keeps English', async () => {
    const report = await failingReport()
    expect(report.runs.map((r) => r.status)).toEqual(['failed', 'failed', 'failed'])
    const [fileMain, fileThread, sleep] = report.runs
    // The stored text is the English it always was, and the code says the same.
    expect(fileMain!.error).toMatch(/^Could not prepare the workload: cannot use .*no\/such\/folder for file I\/O/)
    expect(fileMain!.errorMessage).toMatchObject({ code: 'prepareFailed', inner: { code: 'diskCannotUse' } })
    expect(englishText(fileMain!.errorMessage!)).toBe(fileMain!.error)
    expect(fileThread!.errorMessage).toEqual(fileMain!.errorMessage)
    expect(sleep!.error).toBe('The task did not finish within 10 ms; its worker was stopped and replaced')
    expect(sleep!.errorMessage).toEqual({ code: 'taskTimeout', params: { ms: 10 } })
    expect(() => ReportSchema.parse(JSON.parse(JSON.stringify(report)))).not.toThrow()

    const table = stoppedLines(report.runs, ZH).join('\n')
    for (const text of [zh.prepareFailed, zh.diskCannotUse, zh.taskTimeout]) expect(table).toContain(lead(text))
    for (const text of [en.prepareFailed, en.taskTimeout]) expect(table).not.toContain(lead(text))

    for (const format of ['html', 'md'] as const) {
      const page = String(await renderExport(report, format, { locale: 'zh-CN' }))
      for (const text of [zh.prepareFailed, zh.diskCannotUse, zh.taskTimeout]) expect(page, format).toContain(lead(text))
      expect(page, format).not.toContain(lead(en.taskTimeout))
      const english = String(await renderExport(report, format))
      expect(english, format).toContain(lead(en.taskTimeout))
    }
  }, 60_000)

  it('a coded error thrown in a worker keeps its code through serializeError and a JSON channel', () => {
    const thrown = new FetchError(FETCH_TEXT.timedOut(FETCH_TEXT.ownServer, 250))
    const remote = JSON.parse(JSON.stringify(serializeError(thrown))) as ReturnType<typeof serializeError>
    const failed = new TaskFailedError(remote)
    expect(failed.message).toBe("The task failed in the worker: FetchError: no complete answer from the lab's own loopback server within 250 ms")
    const zhText = messageText(tZh, failed.engineMessage)
    expect(zhText).toContain(lead(zh.taskFailed))
    expect(zhText).toContain(zh.fetchOwnServer)
    expect(zhText).toContain('250')
    // An uncoded error in the worker is still shown, as its own text.
    expect(messageText(tZh, new TaskFailedError(serializeError(new RangeError('bad size'))).engineMessage)).toContain('RangeError：bad size')
  })

  it('the machine-state unknown reasons in zh-CN, from the probe on a fake sysfs tree', async () => {
    const fs = sysfsReader(join(import.meta.dirname, 'measure', 'fixtures', 'sysfs', 'vm-no-cpufreq'))
    const state = await probeMachineState({ platform: 'linux', fs, run: () => Promise.reject(new Error('no tool')), timeoutMs: 5000 })
    expect(state.governor).toMatchObject({ unknown: en.noCpufreq, unknownMessage: { code: 'noCpufreq' } })
    const f = { number: String, percent: (s: number) => `${s * 100}%` }
    const lines = machineStateLines(state, tZh, f)
    expect(lines.find((l) => l.key === 'governor')!.text).toContain(zh.noCpufreq)
    expect(lines.find((l) => l.key === 'power')!.text).toContain(lead(zh.powerSuppliesMissing))
    expect(lines.map((l) => l.text).join('\n')).not.toContain('cpufreq in sysfs')
  })

  it('reads old reports (text only) and shows their text; refuses an unknown code; escapes parameters', async () => {
    const report = await failingReport()
    const old = JSON.parse(JSON.stringify(report)) as Record<string, unknown> & { runs: Array<Record<string, unknown>> }
    for (const run of old.runs) delete run.errorMessage
    const parsed = ReportSchema.parse(old)
    expect(stoppedLines(parsed.runs, ZH).join('\n')).toContain(report.runs[2]!.error)

    const unknownCode = structuredClone(old)
    unknownCode.runs[0]!.errorMessage = { code: 'no-such-code' }
    expect(ReportSchema.safeParse(unknownCode).success).toBe(false)
    const nested = structuredClone(old)
    nested.runs[0]!.errorMessage = { code: 'text', params: { text: { evil: 1 } } }
    expect(ReportSchema.safeParse(nested).success).toBe(false)

    const hostile = structuredClone(old)
    hostile.runs[2]!.errorMessage = message('prepareFailed', {}, message('text', { text: '<script>alert(1)</script>' }))
    const page = String(await renderExport(ReportSchema.parse(hostile), 'html', { locale: 'zh-CN' }))
    expect(page).not.toContain('<script>alert')
    expect(page).toContain('&lt;script&gt;')
  }, 60_000)

  it('a CodedError says the English text, and every code has a text in both languages', () => {
    expect(new CodedError(message('taskTimeout', { ms: 5 })).message).toBe('The task did not finish within 5 ms; its worker was stopped and replaced')
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
  })

  it('a report file that cannot be read: the CLI export/compare/history message is Chinese, the error keeps its English', async () => {
    const dir = onCleanup(await mkdtemp(join(tmpdir(), 'conlab-msg-')), (d) => rm(d, { recursive: true, force: true }))
    const said = async (file: string) => {
      const error: unknown = await loadReportFile(file).then(() => null, (e: unknown) => e)
      return { zh: describeReadError(error, file, ZH), en: (error as Error).message }
    }
    const missing = await said(join(dir, 'missing.json'))
    expect(missing.zh).toContain(lead(zh.fileNoSuchFile))
    expect(missing.en).toBe(`${join(dir, 'missing.json')}: no such file`)
    await writeFile(join(dir, 'cut.json'), '{"nope": ')
    const cut = await said(join(dir, 'cut.json'))
    expect(cut.zh).toContain(lead(zh.fileNotJson))
    expect(cut.en).toContain(': not valid JSON: ')
    await writeFile(join(dir, 'other.json'), '{"nope": 1}')
    expect((await said(join(dir, 'other.json'))).zh).toContain(lead(zh.fileNotReport))
    expect((await said(dir)).zh).toContain(lead(zh.fileIsFolder))
  })
})
