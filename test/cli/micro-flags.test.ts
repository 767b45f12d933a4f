/** The micro-experiments' flags, the default suite, and the built CLI running all three. */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../src-shared/config'
import { ReportSchema } from '../../src-shared/report'
import { parseByteSize } from '../../src-main/cli/byte-size'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'
import { parseRun } from '../helpers/parse-run'

const parse = parseRun

describe('micro-experiment flags', () => {
  it('reads byte sizes with binary suffixes', () => {
    const size = parseByteSize('--payloads')
    expect(['64', '1k', '64KiB', '1m', '16MB', '1_024'].map(size)).toEqual([64, 1024, 65_536, 1024 ** 2, 16 * 1024 ** 2, 1024])
    expect(() => size('1.5')).toThrow(/--payloads expects sizes/)
    expect(() => size('12q')).toThrow(/--payloads expects sizes/)
  })

  it('turns the flags into valid configurations, each workload taking its own', async () => {
    const command = await parse([
      '--workload', 'spawn,ipc-latency,context-switch', '--runtimes', 'thread,process',
      '--samples', '30', '--warm-samples', '40', '--memory-workers', '3',
      '--mechanisms', 'atomics,process-json', '--payloads', '1m,64', '--ipc-warmup', '5', '--max-ms-per-point', '500',
      '--rounds', '1000', '--oversubscription', '1,3', '--busy-iterations', '1e6', '--no-perf', '--perf-loops', '2000',
    ])
    const [spawn, ipc, cs] = command.configs.map((c) => RunConfigSchema.parse(c))
    expect(spawn!.workload).toEqual({ workload: 'spawn', samples: 30, warmSamples: 40, memoryWorkers: 3 })
    expect(ipc!.workload).toEqual({ workload: 'ipc-latency', mechanisms: ['atomics', 'process-json'], payloads: [64, 1024 ** 2], samples: 30, warmup: 5, maxMsPerPoint: 500 })
    expect(cs!.workload).toEqual({ workload: 'context-switch', rounds: 1000, oversubscription: [1, 3], busyIterations: 1_000_000, perf: false, perfLoops: 2000 })
    expect(cs!.runtimes).toEqual(['thread', 'process'])
  })

  it.each([
    [['--workload', 'ipc-latency', '--payloads', '128m'], /--payloads must be at most/],
    [['--workload', 'ipc-latency', '--mechanisms', 'pigeons'], /--mechanisms must be one of thread-clone/],
    [['--workload', 'spawn', '--samples', '0'], /--samples must be at least/],
    [['--workload', 'context-switch', '--oversubscription', '1,9'], /--oversubscription must be at most/],
  ])('rejects %j naming the flag', async (args, message) => {
    await expect(parse(args)).rejects.toThrow(message)
  })

  it('runs the default suite without --workload: prime, then the three in reduced form', async () => {
    const command = await parse([])
    const names = command.configs.map((c) => c.workload.workload)
    expect(names.slice(0, 1)).toEqual(['prime'])
    expect(names).toEqual(expect.arrayContaining(['spawn', 'ipc-latency', 'context-switch']))
    const ipc = command.configs.find((c) => c.workload.workload === 'ipc-latency')!
    expect(RunConfigSchema.parse(ipc).workload).toMatchObject({ payloads: [64, 65_536], samples: 100 })
    // A run-wide flag applies to every entry of the suite.
    const threadsOnly = await parse(['--runtimes', 'thread'])
    expect(threadsOnly.configs).toHaveLength(command.configs.length)
    expect(threadsOnly.configs.every((c) => c.runtimes.length === 1 && c.runtimes[0] === 'thread')).toBe(true)
  })

  it('without --workload, runs only the workloads that the workload flags given belong to', async () => {
    const prime = await parse(['--prime-hi', '1e6'])
    expect(prime.configs.map((c) => c.workload.workload)).toEqual(['prime'])
    // --samples belongs to spawn and ipc-latency; each keeps the rest of its reduced suite form.
    const sampled = await parse(['--samples', '12'])
    expect(sampled.configs.map((c) => RunConfigSchema.parse(c).workload)).toEqual([
      expect.objectContaining({ workload: 'spawn', samples: 12, memoryWorkers: 2 }),
      expect.objectContaining({ workload: 'ipc-latency', samples: 12, payloads: [64, 65_536] }),
    ])
    expect((await parse(['--no-perf'])).configs.map((c) => c.workload)).toEqual([expect.objectContaining({ workload: 'context-switch', perf: false })])
  })
})

describe('conlab run --workload spawn,ipc-latency,context-switch', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('prints a section per experiment and writes a valid report', async () => {
    const dir = onCleanup(await mkdtemp(join(tmpdir(), 'conlab-cli-micro-')), (d) => rm(d, { recursive: true, force: true }))
    const out = join(dir, 'report.json')
    const result = await runCli(
      [
        'run', '--workload', 'spawn,ipc-latency,context-switch', '--runtimes', 'thread,process', '--repeat', '1', '--warmup', '0',
        '--samples', '10', '--warm-samples', '5', '--memory-workers', '1', '--payloads', '64,1k', '--mechanisms', 'thread-clone,process-advanced',
        '--rounds', '100', '--oversubscription', '1', '--busy-iterations', '100000', '--no-perf', '--quiet', '--out', out,
      ],
      dir,
    )
    expect(result.stderr).not.toMatch(/Error/)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Spawn cost — cold start vs a warm pool/)
    expect(result.stdout).toMatch(/IPC latency — round trip/)
    expect(result.stdout).toMatch(/thread-clone +64 B/)
    expect(result.stdout).toMatch(/Context switches — ping-pong/)
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    expect(report.runs.map((r) => `${r.workload}/${r.runtime}/${r.status}`)).toEqual([
      'spawn/thread/completed', 'spawn/process/completed', 'ipc-latency/thread/completed', 'ipc-latency/process/completed',
      'context-switch/thread/completed', 'context-switch/process/completed',
    ])
  })
})
