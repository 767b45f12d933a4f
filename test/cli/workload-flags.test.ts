/**
 * The workload flags are generated from the workload definitions: today's names stay, a new
 * workload's options become flags with no CLI code, and each workload reads only its own.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../src-shared/config'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'
import { parseRun } from '../helpers/parse-run'
import { createProgram } from '../../src-main/cli/program'

const parse = parseRun

/** Every workload flag `conlab run` had before the flags were generated. */
const FLAGS_BEFORE = [
  '--prime-lo', '--prime-hi', '--prime-method', '--chunking', '--chunks-per-worker',
  '--tasks', '--files', '--file-size', '--block-size', '--fsync', '--fs-api', '--read-only', '--dir',
  '--requests', '--in-flight', '--payload-size', '--latency-ms', '--jitter-ms', '--seed', '--url', '--request-timeout', '--uv-threadpool-size',
  '--samples', '--warm-samples', '--memory-workers', '--mechanisms', '--payloads', '--ipc-warmup', '--max-ms-per-point',
  '--rounds', '--oversubscription', '--busy-iterations', '--no-perf', '--perf-loops',
]

describe('generated workload flags', () => {
  it("keep today's names and add the sleep workload's", () => {
    const run = createProgram(async () => undefined).commands.find((c) => c.name() === 'run')!
    const flags = run.options.map((o) => o.long)
    expect(flags).toEqual(expect.arrayContaining([...FLAGS_BEFORE, '--sleep-ms', '--sleep-mode', '--order', '--schedule-seed']))
    expect(new Set(flags).size).toBe(flags.length)
  })

  it('route each flag to the workloads that have the option, and imply them when --workload is absent', async () => {
    const command = await parse(['--sleep-ms', '7', '--sleep-mode', 'spin', '--repeat', '1'])
    expect(command.configs.map((c) => c.workload.workload)).toEqual(['sleep'])
    expect(RunConfigSchema.parse(command.configs[0]).workload).toEqual({ workload: 'sleep', tasks: 8, ms: 7, mode: 'spin' })
    const shared = await parse(['--workload', 'file-io,sleep', '--tasks', '3'])
    expect(shared.configs.map((c) => RunConfigSchema.parse(c).workload)).toMatchObject([{ workload: 'file-io', tasks: 3 }, { workload: 'sleep', tasks: 3 }])
  })

  it('name the flag behind a value the schema refuses', async () => {
    await expect(parse(['--sleep-ms', '0'])).rejects.toThrow(/^--sleep-ms must be at least/)
    await expect(parse(['--sleep-mode', 'doze'])).rejects.toThrow(/--sleep-mode must be one of sleep, spin, convoy; got "doze"/)
  })
})

describe('the built CLI', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('runs the sleep workload from its generated flags and prints its section', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'conlab-sleep-cli-'))
    onCleanup(cwd, (d) => rm(d, { recursive: true, force: true }))
    const result = await runCli(['run', '--workload', 'sleep', '--sleep-ms', '2', '--tasks', '2', '--workers', '1,2', '--runtimes', 'main-async,thread', '--repeat', '1', '--warmup', '0', '--no-history', '--quiet'], cwd)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Sleep vs spin \(waiting against computing\) — 2 tasks of 2 ms each, sleep/)
    expect(result.stdout).toMatch(/check: all 2 tasks verified \(a sleep lasted its full time; a busy loop returned the checksum of a single-thread run\) ✓/)
  })
})
