import { describe, expect, it } from 'vitest'
import { FIFO_DIR_PREFIX, makeFifos, systemFifoDeps } from '../../../src-main/engine/experiments/micro/fifo-pair'
import { parsePerfPipe, perfSchedPipe } from '../../../src-main/engine/experiments/micro/perf-reference'
import type { CommandRunner } from '../../../src-main/engine/experiments/micro/perf-reference'
import { englishText } from '../../../src-shared/engine-message'
import { ExternalProgramError, type ProgramFailure } from '../../../src-main/engine/runtimes/external-program'

const PERF_OUTPUT = `# Running 'sched/pipe' benchmark:
# Executed 20000 pipe operations between two processes

     Total time: 0.103 [sec]

       5.191800 usecs/op
         192611 ops/sec
`

const signal = new AbortController().signal
const linux = (run: CommandRunner) => ({ platform: () => 'linux', run })
const failWith = (failure: ProgramFailure, stderr = ''): CommandRunner => async () => {
  throw new ExternalProgramError('perf', failure, '', stderr)
}

describe('perf bench sched pipe reference', () => {
  it('reads usecs/op and ops/sec', () => {
    expect(parsePerfPipe(PERF_OUTPUT)).toEqual({ usPerOp: 5.1918, opsPerSec: 192611 })
    expect(parsePerfPipe('nothing here')).toBeNull()
  })

  it('runs the thread variant with -T and a loop bound', async () => {
    const calls: string[][] = []
    const ref = await perfSchedPipe('thread', 5000, signal, linux(async (_file, args) => (calls.push(args), { stdout: PERF_OUTPUT, stderr: '' })))
    expect(calls[0]).toEqual(['bench', 'sched', 'pipe', '-T', '-l', '5000'])
    expect(ref).toMatchObject({ available: true, variant: 'thread', usPerOp: 5.1918, command: 'perf bench sched pipe -T -l 5000' })
  })

  it('records why it is unavailable: not Linux, not installed, too slow, refused, unreadable', async () => {
    const never: CommandRunner = async () => {
      throw new Error('must not run')
    }
    expect(await perfSchedPipe('process', 1000, signal, { platform: () => 'win32', run: never })).toMatchObject({ available: false, reason: /only on Linux/ })
    expect(await perfSchedPipe('process', 1000, signal, linux(failWith({ kind: 'not-found' })))).toMatchObject({ available: false, reason: /not installed/ })
    expect(await perfSchedPipe('process', 1000, signal, linux(failWith({ kind: 'timed-out', timeoutMs: 5000 })), 5000)).toMatchObject({ reason: /within 5 s/ })
    expect(await perfSchedPipe('process', 1000, signal, linux(failWith({ kind: 'exit-code', code: 1 }, 'perf: permission denied\nmore')))).toMatchObject({
      reason: 'perf failed with exit code 1: perf: permission denied',
    })
    expect(await perfSchedPipe('process', 1000, signal, linux(async () => ({ stdout: 'garbage', stderr: '' })))).toMatchObject({ available: false, reason: /usecs\/op/ })
  })

  it.runIf(process.platform === 'linux')('bounds a real run in time (perf may or may not be installed here)', async () => {
    const ref = await perfSchedPipe('process', 1000, signal)
    if (ref.available) expect(ref.usPerOp).toBeGreaterThan(0)
    else expect(ref.reason.length).toBeGreaterThan(0)
  })
})

describe('named pipes for the process ping-pong', () => {
  it('are unavailable on Windows, with the reason', async () => {
    const outcome = await makeFifos(2, signal, { platform: () => 'win32', tmpdir: () => '/nonexistent', mkfifo: async () => undefined })
    expect(outcome).toMatchObject({ ok: false, reason: { code: 'fifoWindows' } })
    if (!outcome.ok) expect(englishText(outcome.reason)).toMatch(/Windows/)
  })

  it('say so when mkfifo is missing, and leave no folder behind', async () => {
    let folder = ''
    const { tmpdir } = await import('node:os')
    const { existsSync } = await import('node:fs')
    const outcome = await makeFifos(2, signal, {
      platform: () => 'linux',
      tmpdir,
      mkfifo: async (paths) => {
        folder = paths[0]!.replace(/\/pipe-0$/, '')
        throw new ExternalProgramError('mkfifo', { kind: 'not-found' }, '', '')
      },
    })
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(englishText(outcome.reason)).toBe('could not make named pipes: the mkfifo command is not installed')
    expect(existsSync(folder)).toBe(false)
  })

  it.runIf(process.platform !== 'win32')('live in a folder named after the lab, and sweep the one a killed lab left', async () => {
    const { mkdtemp, mkdir, rm } = await import('node:fs/promises')
    const { existsSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const parent = await mkdtemp(join(tmpdir(), 'conlab-fifo-parent-'))
    try {
      // pid 2^22+1 is above Linux's pid_max default range: no such process.
      const stale = join(parent, `${FIFO_DIR_PREFIX}4194305-AbC123`)
      await mkdir(stale)
      const outcome = await makeFifos(1, signal, { platform: () => 'linux', tmpdir: () => parent, mkfifo: systemFifoDeps.mkfifo })
      if (!outcome.ok) throw new Error(englishText(outcome.reason))
      expect(outcome.paths[0]).toMatch(new RegExp(`/${FIFO_DIR_PREFIX}${process.pid}-[A-Za-z0-9]{6}/pipe-0$`))
      expect(existsSync(stale)).toBe(false)
      await outcome.dispose()
    } finally {
      await rm(parent, { recursive: true, force: true })
    }
  })

  it.runIf(process.platform !== 'win32')('are made and removed for real', async () => {
    const { statSync, existsSync } = await import('node:fs')
    const outcome = await makeFifos(2, signal)
    if (!outcome.ok) throw new Error(englishText(outcome.reason))
    expect(outcome.paths.every((p) => statSync(p).isFIFO())).toBe(true)
    await outcome.dispose()
    expect(outcome.paths.some((p) => existsSync(p))).toBe(false)
  })
})
