/**
 * The `conlab` command line, declared with commander. Parsing only: it turns flags into run
 * configurations (judged by the shared zod schema) and output options, and runs nothing.
 */
import { Command, Option } from 'commander'
import { RUNTIME_NAMES, type RunConfigInput, RunConfigSchema, WORKLOAD_NAMES, type WorkloadName } from '../../src-shared/config'
import { LAB_VERSION } from '../engine/measure/lab-version'
import { DEFAULT_RUNTIMES, defaultSuite } from './default-suite'
import { UsageError, parseChoice, parseChoiceList, parseWholeNumber, parseWorkers } from './parse-values'
import { FLAG_FOR_PATH, type WorkloadFlags, addWorkloadFlags, workloadOptionsFromFlags } from './workload-flags'

export interface RunFlags extends WorkloadFlags {
  workload?: WorkloadName[]
  runtimes?: string[]
  workers?: 'auto' | number[]
  repeat?: number
  warmup?: number
  taskTimeout?: number
  serialization?: 'json' | 'advanced'
  out?: string
  json?: boolean
  quiet?: boolean
  label?: string
}

export interface RunCommand {
  configs: RunConfigInput[]
  out: string | undefined
  json: boolean
  quiet: boolean
  label: string | undefined
}

/** Turns parsed flags into validated run configurations, naming the flag behind any problem. */
export function buildRunConfigs(flags: RunFlags): RunConfigInput[] {
  const workloads = flags.workload ?? ['prime']
  const base = defaultSuite()[0]!
  return workloads.map((workload) => {
    const input = {
      workload: workloadOptionsFromFlags(workload, flags),
      runtimes: flags.runtimes ?? [...DEFAULT_RUNTIMES],
      workers: flags.workers ?? base.workers,
      repeat: flags.repeat ?? base.repeat,
      warmup: flags.warmup ?? base.warmup,
      ...(flags.taskTimeout !== undefined ? { taskTimeoutMs: flags.taskTimeout } : {}),
      ...(flags.serialization ? { serialization: flags.serialization } : {}),
    }
    const parsed = RunConfigSchema.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const path = issue.path.join('.')
      throw new UsageError(`${FLAG_FOR_PATH[path] ?? path}: ${issue.message}`)
    }
    return input as RunConfigInput
  })
}

export function createProgram(onRun: (command: RunCommand) => Promise<void>): Command {
  const program = new Command('conlab')
    .description('Concurrency Lab: measure threads against processes on this machine.')
    .version(LAB_VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')

  const run = program
    .command('run', { isDefault: true })
    .description('Run workloads over runtimes and worker counts, print a table and write a report.')
    .addOption(new Option('--workload <list>', `workloads, comma list of ${WORKLOAD_NAMES.join(', ')}`).argParser(parseChoiceList('--workload', WORKLOAD_NAMES)))
    .addOption(new Option('--runtimes <list>', `runtimes, comma list of ${RUNTIME_NAMES.filter((r) => r !== 'utility').join(', ')} (default main,thread,process)`).argParser(parseChoiceList('--runtimes', RUNTIME_NAMES)))
    .option('--workers <list>', 'worker counts: "auto" (1, 2, 4 … cores, and 2× cores) or a comma list', parseWorkers)
    .option('--repeat <n>', 'measured repetitions per point (default 5)', parseWholeNumber('--repeat'))
    .option('--warmup <n>', 'warm-up repetitions per point, not measured (default 1)', parseWholeNumber('--warmup'))
    .option('--task-timeout <ms>', 'a task taking longer fails and its worker is replaced', parseWholeNumber('--task-timeout'))
    .option('--serialization <mode>', 'child-process IPC: json or advanced (default advanced)', parseChoice('--serialization', ['json', 'advanced'] as const))
    .option('--out <file>', 'write the JSON report to this file (default: reports/conlab-<time>.json)')
    .option('--json', 'print the JSON report on stdout instead of the table (writes a file only with --out)')
    .option('--quiet', 'no progress output')
    .option('--label <name>', 'a name for this machine in comparisons, e.g. "alice-laptop"')
  addWorkloadFlags(run)
  run.exitOverride().action(async (flags: RunFlags) => {
    await onRun({ configs: buildRunConfigs(flags), out: flags.out, json: flags.json === true, quiet: flags.quiet === true, label: flags.label })
  })
  return program
}
