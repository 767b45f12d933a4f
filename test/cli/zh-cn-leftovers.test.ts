/**
 * English a new user met in a zh-CN session (`--lang zh-CN`): option values in workload headers,
 * runtime and case ids in progress lines, the perf reference and claim verdicts, zod's own words
 * in flag errors, and a table header glued to a version number. Each is named here in Chinese;
 * English keeps its words.
 */
import { describe, expect, it } from 'vitest'
import { type RunCommand, createProgram } from '../../src-main/cli/program'
import { wordingFor } from '../../src-main/engine/report/text/columns'
import { microPointLine } from '../../src-main/engine/report/text/micro-sections'
import { formatReportTable } from '../../src-main/engine/report/text/report-table'
import { claimVerdictWords } from '../../src-shared/claims/claim-text'
import type { ClaimVerdict } from '../../src-shared/claims/claim-verdict'
import { translatorFor } from '../../src-shared/i18n/translate'
import { type Point, ReportSchema, type Run } from '../../src-shared/report'
import { FileIoOptionsSchema } from '../../src-shared/workloads/file-io'
import { PrimeOptionsSchema } from '../../src-shared/workloads/prime'
import { WORKLOADS } from '../../src-shared/workloads'
import { ContextSwitchOptionsSchema } from '../../src-shared/workloads/context-switch'
import { makeMachine, makePoint } from '../fixtures/report-fixture'

const zh = wordingFor('zh-CN')
const tZh = translatorFor('zh-CN')

async function usageError(args: string[]): Promise<string> {
  const program = createProgram(async (_: RunCommand) => undefined, () => undefined, () => undefined, zh)
  program.configureOutput({ writeErr: () => undefined, writeOut: () => undefined })
  for (const command of program.commands) command.configureOutput({ writeErr: () => undefined, writeOut: () => undefined })
  try {
    await program.parseAsync(['run', ...args], { from: 'user' })
  } catch (error) {
    return (error as Error).message
  }
  throw new Error(`no error for ${args.join(' ')}`)
}

describe('zh-CN: no English left in the CLI', () => {
  it('names prime and file I/O option values in the workload header', () => {
    const prime = WORKLOADS.prime.describe(PrimeOptionsSchema.parse({ workload: 'prime', method: 'sieve', chunking: 'dynamic' }), tZh)
    expect(prime).not.toMatch(/sieve|dynamic/)
    expect(prime).toContain('动态分块')
    const io = WORKLOADS['file-io'].describe(FileIoOptionsSchema.parse({ workload: 'file-io', fsApi: 'async' }), tZh)
    expect(io).not.toMatch(/async/)
    expect(WORKLOADS.prime.describe(PrimeOptionsSchema.parse({ workload: 'prime', method: 'sieve', chunking: 'dynamic' }), translatorFor('en'))).toContain('sieve, dynamic chunking')
  })

  it('names a micro point’s case in progress lines', () => {
    const line = (variant: string, workload: string) => microPointLine(makePoint(1, { variant } as Partial<Point>), zh, workload) ?? ''
    for (const [variant, workload] of [['cold-ready', 'spawn'], ['warm-pool', 'spawn'], ['normal', 'daemon'], ['sigkill', 'daemon'], ['naive', 'deadlock']] as const) {
      expect(line(variant, workload)).not.toContain(variant)
    }
    expect(line('normal', 'daemon')).toContain('正常退出')
  })

  it('names the runtime in the perf reference line', () => {
    const point: Point = { ...makePoint(2), variant: 'futex-pingpong', samplesKind: 'batch-mean', latencyUs: { p50: 10, p90: 12, p99: 30, max: 50, mean: 11, count: 100 } } as Point
    const run = {
      id: 'cs', workload: 'context-switch', runtime: 'thread', config: ContextSwitchOptionsSchema.parse({ workload: 'context-switch' }),
      settings: { serialization: 'structured-clone', warmup: 0, repeat: 1, taskTimeoutMs: 1000 }, status: 'completed',
      startedAt: '2025-01-01T00:00:00.000Z', finishedAt: '2025-01-01T00:00:01.000Z', overhead: null, points: [point], amdahl: null,
      references: [{ name: 'perf bench sched pipe', variant: 'thread', available: true, command: 'perf bench sched pipe -T', usPerOp: 5 }],
    } as unknown as Run
    const report = ReportSchema.parse({ schema: 'concurrency-lab/report', version: 1, createdAt: '2025-01-01T00:00:00.000Z', machine: makeMachine(), runs: [run], warnings: [] })
    const text = formatReportTable(report, zh)
    expect(text).toMatch(/（线程，外部参考）/)
    expect(formatReportTable(report, wordingFor('en'))).toMatch(/\(thread, outside reference\)/)
  })

  it('names the runtime in claim verdicts as the tables do', () => {
    const v: ClaimVerdict = {
      claim: 'switch-cost', verdict: 'holds', because: { code: 'processesSlower', params: { runtime: 'thread' } },
      figures: [{ code: 'spawnMs', params: { runtime: 'process', ms: 30, lo: 28, hi: 33 } }], runIds: [], english: '',
    }
    const words = claimVerdictWords(tZh, v)
    expect(words.because).toContain('线程')
    expect(words.figures[0]).toContain('一个 进程 工作者')
    expect([words.because, ...words.figures].join(' ')).not.toMatch(/thread|process/)
    expect(claimVerdictWords(translatorFor('en'), v).figures[0]).toContain('A process worker')
  })

  it('words flag errors in Chinese only', async () => {
    for (const args of [['--workers', '0'], ['--repeat', '0'], ['--repeat', '99999999999999999'], ['--prime-hi', '0']]) {
      const message = await usageError(args)
      expect(message.startsWith(args[0]!)).toBe(true)
      // The flag and numbers aside, not a Latin word (no "must", "expected", "number", "int").
      expect(message.slice(args[0]!.length).replace(/"auto"/, '')).not.toMatch(/[A-Za-z]{2,}/)
    }
  })

  it('keeps a space between a Latin runtime name and the Chinese header word', () => {
    expect(tZh('cli.table.time', { runtime: 'Python 线程 3.11.7' })).toBe('Python 线程 3.11.7 时间')
  })
})
