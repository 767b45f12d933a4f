/**
 * A corpus of bad report files, each read from disk as a user's file would be: every one fails
 * with a message naming the file, the first problem and (where there is one) its field path.
 */
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH, MAX_REPORT_BYTES, ReportFileError, loadReportText, loadReportFile } from '../../../src-main/engine/report/read-report'
import { makeReport } from '../../fixtures/report-fixture'

const readReportFile = async (path: string, opts?: { source?: string }) => (await loadReportFile(path, opts)).report

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conlab-bad-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const valid = () => JSON.stringify(makeReport(), null, 2)
const withRun = (patch: Record<string, unknown>) => JSON.stringify({ ...makeReport(), runs: [{ ...makeReport().runs[0], ...patch }] })
const withPoint = (patch: Record<string, unknown>) =>
  withRun({ points: [{ ...makeReport().runs[0]!.points[0], ...patch }] })

const CORPUS: [string, string, RegExp][] = [
  ['empty.json', '', /^empty\.json: not valid JSON: .*the file is empty$/],
  ['truncated.json', valid().slice(0, 700), /^truncated\.json: not valid JSON: .*\(line \d+, column \d+\); the file seems cut short \(truncated\)$/],
  ['cut-at-end.json', valid().slice(0, -1), /^cut-at-end\.json: not valid JSON: .*cut short \(truncated\)$/],
  ['not-json.json', 'version: 1\nruns: []', /^not-json\.json: not valid JSON: Unexpected token 'v'/],
  ['array.json', '[1, 2, 3]', /^array\.json: not a valid report: \(root\): /],
  ['future.json', JSON.stringify({ ...makeReport(), version: 7 }), /^future\.json: not a valid report: version: report version 7 is newer than this Concurrency Lab understands \(1\); update the lab to read it$/],
  ['ancient.json', JSON.stringify({ ...makeReport(), version: -3 }), /^ancient\.json: not a valid report: version: report version -3 is not supported \(this lab reads versions 0 to 1\)$/],
  ['no-version.json', JSON.stringify({ ...makeReport(), version: undefined }), /^no-version\.json: not a valid report: version: /],
  ['other-schema.json', JSON.stringify({ ...makeReport(), schema: 'hyperfine/results' }), /^other-schema\.json: not a valid report: schema: .*concurrency-lab\/report/],
  ['wrong-type.json', withPoint({ workers: 'two' }), /^wrong-type\.json: not a valid report: runs\.0\.points\.0\.workers: .*number/],
  ['wrong-enum.json', withRun({ runtime: 'fibers' }), /^wrong-enum\.json: not a valid report: runs\.0\.runtime: /],
  ['missing-field.json', JSON.stringify({ ...makeReport(), machine: undefined }), /^missing-field\.json: not a valid report: machine: /],
  ['negative.json', withPoint({ samplesMs: [-5] }), /^negative\.json: not a valid report: runs\.0\.points\.0\.samplesMs\.0: must not be negative$/],
  ['infinite.json', valid().replace('"median": 100', '"median": 1e400'), /^infinite\.json: not a valid report: runs\.0\.points\.0\.stats\.median: .*(finite|Infinity)/],
  ['absurd-time.json', withPoint({ samplesMs: [1e300] }), /^absurd-time\.json: not a valid report: runs\.0\.points\.0\.samplesMs\.0: 1e\+300 is not a plausible duration in ms/],
  ['absurd-workers.json', withPoint({ workers: 1e12 }), /^absurd-workers\.json: not a valid report: runs\.0\.points\.0\.workers: 1000000000000 is not a plausible worker count/],
  ['absurd-cores.json', JSON.stringify({ ...makeReport(), machine: { ...makeReport().machine, logicalCores: 2 ** 40 } }), /^absurd-cores\.json: not a valid report: machine\.logicalCores: .*not a plausible core count/],
  ['backwards-span.json', withPoint({ timeline: [{ worker: 0, startMs: 10, endMs: 5, label: 'x' }] }), /^backwards-span\.json: not a valid report: runs\.0\.points\.0\.timeline\.0: a span must end after it starts/],
  ['wide-config.json', withRun({ config: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])) }), /^wide-config\.json: not a valid report: runs\.0\.config: more than 200 options/],
  ['long-string.json', JSON.stringify({ ...makeReport(), label: 'x'.repeat(5000) }), /^long-string\.json: not a valid report: label: .*200/],
  ['proto.json', valid().replace('"cpuModel":', '"__proto__": {"isAdmin": true}, "cpuModel":'), /^proto\.json: not a valid report: machine\.__proto__: key "__proto__" is not allowed$/],
  ['proto-deep.json', withRun({ config: { workload: 'prime', nested: {} } }).replace('"nested":{}', '"nested":{"constructor":{"prototype":{"x":1}}}'), /^proto-deep\.json: not a valid report: runs\.0\.config\.nested\.constructor(\.prototype)?: key "(constructor|prototype)" is not allowed$/],
  // Issue 11, hole 7: every number and string bounded, not only the sweep's durations.
  ['absurd-latency.json', withPoint({ latencyUs: { p50: 1e308, p90: 1, p99: 1, max: 1, mean: 1, count: 1 } }), /^absurd-latency\.json: not a valid report: runs\.0\.points\.0\.latencyUs\.p50: 1e\+308 is not a plausible/],
  ['absurd-op-latency.json', withPoint({ latencyByOpUs: { read: { p50: 1, p90: 1, p99: 1e13, max: 1, mean: 1, count: 1 } } }), /latencyByOpUs\.read\.p99: 10000000000000 is not a plausible latency in µs/],
  ['absurd-count.json', withPoint({ latencyUs: { p50: 1, p90: 1, p99: 1, max: 1, mean: 1, count: 5e15 } }), /latencyUs\.count: .* is not a plausible operation count/],
  ['absurd-throughput.json', withPoint({ throughput: { value: 1e300, unit: 'MB/s' } }), /throughput\.value: 1e\+300 is not a plausible/],
  ['absurd-overhead.json', withRun({ overhead: { emptyTaskRoundTripUs: { n: 1, median: 1e300, mean: 1, stddev: 0, min: 1, max: 1, ci95: [1, 1] }, shareOfChunk: null } }), /overhead\.emptyTaskRoundTripUs\.median: .*not a plausible/],
  ['absurd-check.json', withPoint({ check: { expected: 1e300, actual: 1, ok: false, source: 'none' } }), /check\.expected: 1e\+300 is not a plausible number/],
  ['huge-created-at.json', JSON.stringify({ ...makeReport(), createdAt: 'x'.repeat(10 * 1024 * 1024) }), /^huge-created-at\.json: not a valid report: createdAt: a 10485760-character text is not plausible/],
  ['not-a-date.json', JSON.stringify({ ...makeReport(), createdAt: 'yesterday' }), /^not-a-date\.json: not a valid report: createdAt: not a date and time/],
  ['bad-started-at.json', withRun({ startedAt: '2024-13-45T99:99:99Z' }), /runs\.0\.startedAt: not a date and time/],
  ['long-key.json', withPoint({ settings: { ['k'.repeat(5000)]: 1 } }), /runs\.0\.points\.0\.settings: a 5000-character key is not plausible/],
  // Issue 14: schedules, sample start times and significance tests are bounded too.
  ['absurd-p-value.json', withPoint({ comparisons: [{ against: { runtime: 'thread', workers: 1 }, test: 'mann-whitney-u', method: 'exact', nA: 5, nB: 5, u: 3, pValue: 7, pAdjusted: 1, alpha: 0.05, minAchievableP: 0.008, ratio: 1, cliffsDelta: 0, verdict: 'faster' }] }), /comparisons\.0\.pValue: 7 is not a plausible probability/],
  ['absurd-start.json', withPoint({ samplesStartedAtMs: [1e18] }), /samplesStartedAtMs\.0: 1000000000000000000 is not a plausible time since 1970/],
  ['bad-round.json', withRun({ schedule: { order: 'interleaved', seed: 1, warmups: 0, repeats: 1, points: ['thread:1'], rounds: [[3]] } }), /runs\.0\.schedule\.rounds\.0\.0: point 3 is not one of the schedule's 1 points/],
  ['deep.json', `{"runs":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, new RegExp(`^deep\\.json: not a valid report: nested more than ${MAX_JSON_DEPTH} levels deep \\(line 1, column \\d+\\)$`)],
]

describe('a corpus of bad files', () => {
  it.each(CORPUS)('%s gives a clear message', async (name, text, message) => {
    const path = join(dir, name)
    await writeFile(path, text)
    const error = await readReportFile(path, { source: name }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReportFileError)
    expect((error as Error).message).toMatch(message)
  })

  it('pollutes no prototype while rejecting __proto__', async () => {
    const path = join(dir, 'proto.json')
    await readReportFile(path).catch(() => undefined)
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('isAdmin')
  })

  it('refuses a huge file before reading it', async () => {
    const path = join(dir, 'huge.json')
    const handle = await open(path, 'w')
    await handle.truncate(MAX_REPORT_BYTES + 10) // sparse: the size without the disk use
    await handle.close()
    await expect(readReportFile(path, { source: 'huge.json' })).rejects.toThrow(`huge.json: file is ${MAX_REPORT_BYTES + 10} bytes, larger than the 50 MiB limit for a report`)
  })

  it('refuses huge text handed over by a transport (an import from the renderer)', () => {
    const text = `{"label":"${'x'.repeat(MAX_REPORT_BYTES)}"}`
    expect(() => loadReportText(text, 'dropped.json')).toThrow(/^dropped\.json: file is \d+ bytes, larger than the 50 MiB limit/)
  })

  it('accepts a string containing brackets, which are not nesting', () => {
    const report = makeReport({ label: '['.repeat(200) })
    expect(loadReportText(JSON.stringify(report), 'ok.json').report.label).toBe('['.repeat(200))
  })
})
