/**
 * Why a micro-experiment could not measure something, and why a machine figure is unknown on
 * macOS and Windows, in Chinese (issue 12): the reasons are stored in English AND as codes, and
 * the CLI table, the Markdown/HTML exports and the shared display helper show them translated;
 * the uncoded threads-only entries of the shared-state experiments too. Expected words come from
 * the catalogues.
 */
import { describe, expect, it } from 'vitest'
import { englishText } from '../../src-shared/engine-message'
import zhEngine from '../../src-shared/i18n/zh-CN-engine'
import zh from '../../src-shared/i18n/zh-CN'
import { translateEn, translatorFor } from '../../src-shared/i18n/translate'
import { ReportSchema, type Report, type Run } from '../../src-shared/report'
import { unavailableReason, unavailableWhat } from '../../src-shared/unavailable-text'
import { ContextSwitchOptionsSchema } from '../../src-shared/workloads/context-switch'
import { LocksOptionsSchema } from '../../src-shared/workloads/locks'
import { makeFifos } from '../../src-main/engine/experiments/micro/fifo-pair'
import { perfSchedPipe } from '../../src-main/engine/experiments/micro/perf-reference'
import { macCoreTypes, macCores, parsePmsetBatt, parseSysctl } from '../../src-main/engine/measure/macos-probe'
import { windowsCores, windowsPower } from '../../src-main/engine/measure/windows-probe'
import { readAllowedCpus } from '../../src-main/engine/measure/cpu-affinity'
import { renderExport } from '../../src-main/engine/report/exporters'
import { formatReportTable } from '../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../src-main/engine/report/text/wording'
import { makeMachine } from '../fixtures/report-fixture'

const tZh = translatorFor('zh-CN')
/** The longest run of fixed words of a catalogue text (between its placeholders). */
const lead = (text: string) => text.split(/\{\w+\}/).map((part) => part.trim()).sort((a, b) => b.length - a.length)[0]!
const signal = new AbortController().signal
const never = async (): Promise<never> => {
  throw new Error('must not run')
}

function run(workload: 'context-switch' | 'locks', extra: Partial<Run>): Run {
  const config = workload === 'locks' ? LocksOptionsSchema.parse({ workload }) : ContextSwitchOptionsSchema.parse({ workload })
  return {
    id: `${workload}-process`,
    workload,
    runtime: 'process',
    config,
    settings: { serialization: 'structured-clone', warmup: 0, repeat: 1, taskTimeoutMs: 1000 },
    status: 'completed',
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:00:01.000Z',
    overhead: null,
    points: [],
    amdahl: null,
    ...extra,
  } as Run
}

async function windowsReport(): Promise<Report> {
  // The engine's own functions, told they run on Windows: no FIFOs, no perf.
  const fifos = await makeFifos(2, signal, { platform: () => 'win32', tmpdir: () => '/nonexistent', mkfifo: never })
  if (fifos.ok) throw new Error('FIFOs on Windows?')
  const reference = await perfSchedPipe('process', 1000, signal, { platform: () => 'win32', run: never })
  const runs = [
    run('context-switch', { references: [reference], unavailable: [{ what: 'pipe-pingpong', reason: englishText(fifos.reason), reasonMessage: fifos.reason }] }),
    // As locks.ts stores it today: the catalogue's English, no code.
    run('locks', { unavailable: [{ what: 'threads-only', reason: translateEn('locks.threadsOnly') }] }),
  ]
  // readAllowedCpus reads process.platform: on Linux a missing file gives its coded reason instead.
  const machine = makeMachine({ platform: 'win32', cpusAllowed: { cpus: readAllowedCpus('/nonexistent-conlab/status'), setBy: 'inherited' } })
  return ReportSchema.parse(JSON.parse(JSON.stringify({ schema: 'concurrency-lab/report', version: 1, createdAt: '2025-01-01T00:00:00.000Z', machine, runs, warnings: [] })))
}

describe('micro-experiment reasons in Chinese', () => {
  it('are stored in English as before, with their code beside', async () => {
    const report = await windowsReport()
    const [switches] = report.runs
    const ref = switches!.references![0]!
    expect(ref).toMatchObject({ available: false, reason: 'perf bench exists only on Linux; this is win32', reasonMessage: { code: 'perfNotLinux', params: { platform: 'win32' } } })
    expect(switches!.unavailable![0]).toMatchObject({ what: 'pipe-pingpong', reason: expect.stringMatching(/^Windows has no POSIX named pipes/), reasonMessage: { code: 'fifoWindows' } })
  })

  it('the CLI table says them in Chinese', async () => {
    const text = formatReportTable(await windowsReport(), wordingFor('zh-CN'))
    expect(text).toContain(lead(zhEngine.perfNotLinux))
    expect(text).toContain(lead(zhEngine.fifoWindows))
    expect(text).not.toContain('only on Linux')
    expect(text).not.toContain('POSIX named pipes')
  })

  it('the Markdown and HTML exports say them in Chinese, with no raw code columns', async () => {
    for (const format of ['md', 'html'] as const) {
      const page = String(await renderExport(await windowsReport(), format, { locale: 'zh-CN' }))
      expect(page).toContain(lead(zhEngine.perfNotLinux))
      expect(page).toContain(lead(zhEngine.fifoWindows))
      expect(page).toContain(lead(zh.locks.threadsOnly))
      expect(page).not.toMatch(/reasonMessage|unknownMessage|perfNotLinux|fifoWindows/)
      expect(page).not.toContain('only on Linux')
    }
  })

  it('the display helper translates coded and threads-only reasons, and keeps an old text as it is', () => {
    const locks = unavailableReason(tZh, 'locks', { what: 'threads-only', reason: translateEn('locks.threadsOnly') })
    expect(locks).toBe(zh.locks.threadsOnly)
    expect(unavailableWhat(tZh, 'locks', 'threads-only')).toBe(zh.locks.view.threadsOnlyTitle)
    const part = unavailableReason(tZh, 'primitives', { what: 'barrier', reason: 'threads only…' })
    expect(part).toContain(zh.primitives.parts.barrier)
    expect(unavailableReason(tZh, 'shared-vs-messages', { what: 'shared-memory', reason: 'x' })).toBe(zh.sharedVsMessages.notApplicable.sharedMemory)
    expect(unavailableReason(tZh, 'context-switch', { what: 'pipe-pingpong', reason: 'an old English text' })).toBe('an old English text')
  })
})

describe('machine-state reasons of macOS, Windows and the affinity probe', () => {
  it('are coded, in the same English words as before', () => {
    const unknowns = [
      [macCores(parseSysctl('')), 'macNoCores'],
      [macCoreTypes(parseSysctl('')), 'macNoPerfLevels'],
      [macCoreTypes(parseSysctl('hw.nperflevels: 2\nhw.perflevel0.logicalcpu: 4')), 'macNoPerfLevel'],
      [parsePmsetBatt(''), 'pmsetNoSource'],
      [parsePmsetBatt("Now drawing from 'Solar Power'"), 'pmsetUnknownSource'],
      [windowsCores({ processors: [] }), 'winNoCores'],
      [windowsPower({ batteries: [{ BatteryStatus: 10, EstimatedChargeRemaining: null }] }), 'winBatteryUndefined'],
      [readAllowedCpus('/nonexistent-conlab/status'), process.platform === 'linux' ? 'cpusUnreadable' : 'cpusNotLinux'],
    ] as const
    for (const [probed, code] of unknowns) {
      if ('value' in probed) throw new Error(`${code}: known?`)
      expect(probed.unknownMessage?.code).toBe(code)
      expect(englishText(probed.unknownMessage!)).toBe(probed.unknown)
      expect(tZh(`engine.${code}`, probed.unknownMessage!.params ?? {})).toContain(lead(zhEngine[code]))
    }
    expect(parsePmsetBatt("Now drawing from 'Solar Power'")).toMatchObject({ unknown: 'pmset -g batt names an unknown power source: Solar Power' })
    expect(windowsPower({ batteries: [{ BatteryStatus: 10, EstimatedChargeRemaining: null }] })).toMatchObject({ unknown: 'Win32_Battery reports an undefined status (10)' })
  })

  it('the CLI table shows the allowed-CPUs reason in Chinese', async () => {
    const text = formatReportTable(await windowsReport(), wordingFor('zh-CN'))
    const code = process.platform === 'linux' ? 'cpusUnreadable' : 'cpusNotLinux'
    expect(text).toContain(lead(zhEngine[code]))
  })
})
