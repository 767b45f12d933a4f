import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  MAX_REPORT_BYTES,
  ReportFileError,
  parseReportText,
  loadReportFile,
} from '../../../src-main/engine/report/read-report'
import { ReportSchema } from '../../../src-shared/report'
import { makeReport } from '../../fixtures/report-fixture'

const readReportFile = async (path: string, opts?: { source?: string }) => (await loadReportFile(path, opts)).report

const SOURCE = 'laptop-7.json'
const valid = (): string => JSON.stringify(makeReport(), null, 2)

function parseError(text: string): ReportFileError {
  try {
    parseReportText(text, SOURCE)
  } catch (error) {
    if (error instanceof ReportFileError) return error
    throw error
  }
  throw new Error('expected parseReportText to fail')
}

describe('the fixture', () => {
  it('is a valid report', () => {
    expect(() => ReportSchema.parse(makeReport())).not.toThrow()
  })

  it('is deterministic and fresh on each call', () => {
    const a = makeReport()
    expect(makeReport()).toEqual(a)
    a.runs.pop()
    expect(makeReport().runs).toHaveLength(1)
  })
})

describe('parseReportText', () => {
  it('returns a valid report', () => {
    expect(parseReportText(valid(), SOURCE)).toEqual(makeReport())
  })

  it('accepts a leading byte-order mark', () => {
    expect(parseReportText(`\uFEFF${valid()}`, SOURCE)).toEqual(makeReport())
  })

  it('names the file and the place for truncated JSON', () => {
    const text = valid()
    const error = parseError(text.slice(0, text.length / 2))
    expect(error.message).toMatch(/^laptop-7\.json: not valid JSON: /)
    expect(error.source).toBe(SOURCE)
  })

  it('gives line and column for a syntax error in the middle', () => {
    const error = parseError('{\n  "schema": "concurrency-lab/report",\n  "version": 1,,\n}')
    expect(error.message).toMatch(/line 3, column \d+/)
  })

  it('says which version was found and which was expected', () => {
    const error = parseError(JSON.stringify({ ...makeReport(), version: 2 }))
    expect(error.message).toBe(
      'laptop-7.json: not a valid report: version: report version 2 is newer than this Concurrency Lab understands (1); update the lab to read it',
    )
  })

  it('refuses a version older than any migration knows', () => {
    const error = parseError(JSON.stringify({ ...makeReport(), version: -1 }))
    expect(error.message).toBe(
      'laptop-7.json: not a valid report: version: report version -1 is not supported (this lab reads versions 0 to 1)',
    )
  })

  it('gives the field path of a wrong type deep in the report', () => {
    const report = makeReport()
    const bad = { ...report, runs: [{ ...report.runs[0], points: [report.runs[0]?.points[0], { workers: 'two' }] }] }
    const error = parseError(JSON.stringify(bad))
    expect(error.message).toMatch(/^laptop-7\.json: not a valid report: runs\.0\.points\.1\.workers: .*number/i)
    expect(error.message).toMatch(/and \d+ more problems?\)$/)
  })

  it('reports only the first problem of a single-error file, without a count', () => {
    const error = parseError(JSON.stringify({ ...makeReport(), createdAt: 5 }))
    expect(error.message).toMatch(/^laptop-7\.json: not a valid report: createdAt: .*string/i)
    expect(error.message).not.toMatch(/more problem/)
  })

  it('rejects a __proto__ key and says where it is', () => {
    const text = valid().replace('"cpuModel":', '"__proto__": { "polluted": true },\n    "cpuModel":')
    const error = parseError(text)
    expect(error.message).toBe('laptop-7.json: not a valid report: machine.__proto__: key "__proto__" is not allowed')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('rejects constructor and prototype keys too', () => {
    expect(parseError('{"runs":[{"constructor":1}]}').message).toMatch(/runs\.0\.constructor: key "constructor"/)
    expect(parseError('{"prototype":{}}').message).toMatch(/: prototype: key "prototype"/)
  })

  it('rejects something that is not an object at all', () => {
    expect(parseError('[]').message).toMatch(/^laptop-7\.json: not a valid report: \(root\): /)
  })
})

describe('readReportFile', () => {
  let dir: string

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'conlab-read-'))
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads a valid report', async () => {
    const path = join(dir, 'report.json')
    await writeFile(path, valid())
    expect(await readReportFile(path)).toEqual(makeReport())
  })

  it('names the file when its content is invalid', async () => {
    const path = join(dir, 'broken.json')
    await writeFile(path, '{"schema":')
    await expect(readReportFile(path)).rejects.toThrow(`${path}: not valid JSON`)
  })

  it('refuses an oversized file before reading it', async () => {
    const path = join(dir, 'huge.json')
    // Sparse: the size is there without writing 50 MiB to the disk.
    const handle = await open(path, 'w')
    await handle.truncate(MAX_REPORT_BYTES + 1)
    await handle.close()
    await expect(readReportFile(path)).rejects.toThrow(
      `${path}: file is ${MAX_REPORT_BYTES + 1} bytes, larger than the 50 MiB limit for a report`,
    )
  })

  it('refuses a directory', async () => {
    await expect(readReportFile(dir)).rejects.toThrow(`${dir}: is a folder, not a report file`)
  })
})
