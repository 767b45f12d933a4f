import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomic, writeReportFile } from '../../../src-main/engine/report/atomic-write'
import { ReportSchema } from '../../../src-shared/report'
import type { Report } from '../../../src-shared/report'
import { makeReport } from '../../fixtures/report-fixture'

/** Called after every FileHandle.write the code under test makes: lets a test abort mid-file. */
const hooks = vi.hoisted(() => ({ afterWrite: undefined as (() => void) | undefined }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  const open = async (...args: Parameters<typeof actual.open>): Promise<FileHandle> => {
    const handle = await actual.open(...args)
    const write = handle.write
    const wrapped = async (...writeArgs: unknown[]): Promise<unknown> => {
      const result: unknown = await Reflect.apply(write, handle, writeArgs)
      hooks.afterWrite?.()
      return result
    }
    handle.write = wrapped as unknown as FileHandle['write']
    return handle
  }
  return { ...actual, default: { ...actual, open }, open }
})

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conlab-atomic-'))
})

afterEach(async () => {
  hooks.afterWrite = undefined
  await rm(dir, { recursive: true, force: true })
})

async function tempFilesIn(path: string): Promise<string[]> {
  return (await readdir(path)).filter((name) => name.endsWith('.tmp'))
}

describe('writeFileAtomic', () => {
  it('creates parent directories and writes the content', async () => {
    const target = join(dir, 'a', 'b', 'out.txt')
    await writeFileAtomic(target, 'hello\n')
    expect(await readFile(target, 'utf8')).toBe('hello\n')
    expect(await tempFilesIn(join(dir, 'a', 'b'))).toEqual([])
  })

  it('replaces existing content with bytes', async () => {
    const target = join(dir, 'out.bin')
    await writeFile(target, 'old')
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]))
    expect([...(await readFile(target))]).toEqual([1, 2, 3])
  })

  it('writes nothing for an already-aborted signal', async () => {
    const target = join(dir, 'out.txt')
    await writeFile(target, 'previous')
    const controller = new AbortController()
    controller.abort()
    await expect(writeFileAtomic(target, 'new', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    })
    expect(await readFile(target, 'utf8')).toBe('previous')
    expect(await tempFilesIn(dir)).toEqual([])
  })

  it('leaves the previous content intact and no temp file when aborted mid-write', async () => {
    const target = join(dir, 'big.bin')
    await writeFile(target, 'previous')
    const big = new Uint8Array(8 * 1024 * 1024).fill(7)
    const controller = new AbortController()
    let writes = 0
    hooks.afterWrite = () => {
      writes += 1
      controller.abort()
    }
    await expect(writeFileAtomic(target, big, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    })
    expect(writes).toBe(1)
    expect(await readFile(target, 'utf8')).toBe('previous')
    expect(await tempFilesIn(dir)).toEqual([])
  })

  it('removes the temp file when the rename fails', async () => {
    // A non-empty directory can't be replaced by a file: a real failure after the temp is written.
    const target = join(dir, 'occupied')
    await mkdir(target)
    await writeFile(join(target, 'inside.txt'), 'x')
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow()
    expect(await tempFilesIn(dir)).toEqual([])
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('x')
  })

  it('lets concurrent writers to one target each finish with a whole file', async () => {
    const target = join(dir, 'race.txt')
    const contents = ['a'.repeat(100_000), 'b'.repeat(100_000), 'c'.repeat(100_000)]
    await Promise.all(contents.map((c) => writeFileAtomic(target, c)))
    expect(contents).toContain(await readFile(target, 'utf8'))
    expect(await tempFilesIn(dir)).toEqual([])
  })
})

describe('writeReportFile', () => {
  it('writes pretty JSON with a trailing newline that parses back to the same report', async () => {
    const target = join(dir, 'report.json')
    const report = makeReport()
    await writeReportFile(target, report)
    const text = await readFile(target, 'utf8')
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`)
    expect(ReportSchema.parse(JSON.parse(text))).toEqual(report)
  })

  it('writes nothing when the report is invalid', async () => {
    const target = join(dir, 'report.json')
    await writeFile(target, 'previous')
    const invalid = { ...makeReport(), createdAt: 42 } as unknown as Report
    await expect(writeReportFile(target, invalid)).rejects.toThrow(/createdAt/)
    expect(await readFile(target, 'utf8')).toBe('previous')
    expect(await readdir(dir)).toEqual(['report.json'])
  })

  it('creates no file at all for an invalid report at a new path', async () => {
    const target = join(dir, 'sub', 'report.json')
    const invalid = makeReport({ runs: [] })
    invalid.machine.logicalCores = 0
    await expect(writeReportFile(target, invalid)).rejects.toThrow(/machine\.logicalCores/)
    expect(await readdir(dir)).toEqual([])
  })
})
