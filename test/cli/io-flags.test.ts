/** The I/O workloads' flags and table: parsed into the shared schema, errors naming the flag. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../src-shared/config'
import { ReportSchema } from '../../src-shared/report'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'
import { parseRun } from '../helpers/parse-run'

const parse = parseRun

describe('I/O flags', () => {
  it('turns file-io and network-fetch flags, with size suffixes, into valid configurations', async () => {
    const command = await parse([
      '--workload', 'file-io,network-fetch', '--runtimes', 'main-async,thread',
      '--tasks', '6', '--files', '3', '--file-size', '1m', '--block-size', '4k', '--fsync', '--fs-api', 'sync', '--read-only', '--dir', '/tmp',
      '--requests', '5', '--in-flight', '4', '--payload-size', '64k', '--latency-ms', '3', '--jitter-ms', '2', '--seed', '9', '--request-timeout', '500',
      '--uv-threadpool-size', '8',
    ])
    const [files, fetch] = command.configs.map((c) => RunConfigSchema.parse(c))
    expect(files!.workload).toEqual({ workload: 'file-io', tasks: 6, files: 3, fileSize: 1024 ** 2, blockSize: 4096, fsync: true, fsApi: 'sync', readOnly: true, directory: '/tmp' })
    expect(fetch!.workload).toEqual({ workload: 'network-fetch', tasks: 6, requests: 5, inFlight: 4, payloadSize: 65_536, latencyMs: 3, jitterMs: 2, seed: 9, requestTimeoutMs: 500 })
    expect(files!.uvThreadpoolSize).toBe(8)
    expect(files!.runtimes).toEqual(['main-async', 'thread'])
  })

  it.each([
    [['--workload', 'file-io', '--file-size', '2g'], /--file-size must be at most/],
    [['--workload', 'file-io', '--file-size', 'big'], /--file-size expects sizes such as 64, 1k/],
    [['--workload', 'file-io', '--fs-api', 'mmap'], /--fs-api must be one of sync, async/],
    [['--workload', 'network-fetch', '--url', 'ftp://example.org/x'], /--url: url must be an absolute http:\/\/ or https:\/\/ URL/],
    [['--workload', 'network-fetch', '--url', 'http://127.0.0.1/', '--requests', '500'], /--requests: with a url of your own/],
    [['--workload', 'network-fetch', '--in-flight', '0'], /--in-flight must be at least/],
    [['--uv-threadpool-size', '0'], /--uv-threadpool-size must be at least/],
  ])('rejects %j naming the flag', async (args, message) => {
    await expect(parse(args)).rejects.toThrow(message)
  })
})

describe('conlab run with the I/O workloads', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('prints throughput, p99 and the libuv pool per runtime, and writes a valid report', async () => {
    const dir = onCleanup(await mkdtemp(join(tmpdir(), 'conlab-cli-io-')), (d) => rm(d, { recursive: true, force: true }))
    const out = join(dir, 'report.json')
    const args = ['run', '--workload', 'file-io,network-fetch', '--runtimes', 'main-async,thread,process', '--workers', '1,2', '--repeat', '1', '--warmup', '0']
    const small = ['--tasks', '2', '--files', '2', '--file-size', '16k', '--requests', '3', '--latency-ms', '1', '--dir', dir, '--uv-threadpool-size', '2']
    const result = await runCli([...args, ...small, '--quiet', '--out', out], dir)
    expect(result.stderr).not.toMatch(/Error/)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/File I\/O .* 2 tasks × 2 files of 16 KiB, blocks of 64 KiB, async fs API, write \+ read back/)
    expect(result.stdout).toMatch(/Network fetch .* 2 tasks × 3 requests, 2 in flight per task, loopback server, 16 KiB answers after 1 ms/)
    expect(result.stdout).toMatch(/main-async time +speedup +throughput +p99 +thread time/)
    expect(result.stdout).toMatch(/MB\/s/)
    expect(result.stdout).toMatch(/req\/s/)
    expect(result.stdout).toMatch(/check: every byte verified by CRC-32/)
    expect(result.stdout).toMatch(/libuv thread pool .*: main-async \d+, thread \d+, process 2/)
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    expect(report.runs.map((r) => `${r.workload}/${r.runtime}/${r.status}`)).toEqual([
      'file-io/main-async/completed', 'file-io/thread/completed', 'file-io/process/completed',
      'network-fetch/main-async/completed', 'network-fetch/thread/completed', 'network-fetch/process/completed',
    ])
    for (const point of report.runs.flatMap((r) => r.points)) {
      expect(point.check.ok).toBe(true)
      expect(point.throughput).toBeDefined()
      expect(point.latencyUs).toBeDefined()
    }
    // Only the report is left in the directory the files were written under.
    expect(await readdir(dir)).toEqual(['report.json'])
  })
})
