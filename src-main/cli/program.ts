/**
 * The `conlab` command line, declared with commander. Parsing only: it turns flags into run
 * configurations (judged by the shared zod schema) and output options, and runs nothing.
 */
import { Command, Option } from 'commander'
import { RUNTIME_NAMES, type RunConfigInput, RunConfigSchema, WORKLOAD_NAMES, type WorkloadName } from '../../src-shared/config'
import { LAB_VERSION } from '../engine/measure/lab-version'
import { EXPORT_FORMATS, type ExportFormat } from '../../src-shared/api'
import { addCompareCommand } from './compare-command'
import { defaultSuite } from './default-suite'
import { addExportCommand, parseFormats } from './export-command'
import { addHistoryCommand } from './history-command'
import { UsageError, parseChoice, parseChoiceList, parseWholeNumber, parseWorkers } from './parse-values'
import { WORKLOADS } from '../../src-shared/workloads'
import { type WorkloadFlags, addWorkloadFlags, flagForOption, workloadOptionsFromFlags } from './workload-flags'

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
  format?: ExportFormat[]
  /** false with --no-history. */
  history?: boolean
  uvThreadpoolSize?: number
}

/** Run settings (schema path) to the flag that sets them, for error messages. */
const RUN_FLAG_FOR_PATH: Readonly<Record<string, string>> = {
  runtimes: '--runtimes',
  workers: '--workers',
  repeat: '--repeat',
  warmup: '--warmup',
  taskTimeoutMs: '--task-timeout',
  serialization: '--serialization',
  uvThreadpoolSize: '--uv-threadpool-size',
}

/** `workload.hi` -> `--prime-hi`; a list's element (`workload.payloads.2`) names the list's flag. */
function flagForPath(workload: WorkloadName, path: readonly PropertyKey[]): string {
  const keys = path.filter((key): key is string => typeof key === 'string')
  if (keys[0] === 'workload' && keys[1] !== undefined) return flagForOption(workload, keys[1]) ?? keys.join('.')
  return RUN_FLAG_FOR_PATH[keys.join('.')] ?? (path.join('.') || '(root)')
}

export interface RunCommand {
  configs: RunConfigInput[]
  out: string | undefined
  json: boolean
  quiet: boolean
  label: string | undefined
  /** Extra formats written next to the report (export-command.ts). */
  formats: ExportFormat[]
  /** Save the report into the run history (history-dir.ts). */
  history: boolean
}

/** Turns parsed flags into validated run configurations, naming the flag behind any problem. */
export function buildRunConfigs(flags: RunFlags): RunConfigInput[] {
  const base = defaultSuite()[0]!
  // With --workload: each named workload at its defaults. Without it, the workloads that the
  // workload-specific flags given belong to (`--prime-hi 1e8` alone runs prime search), and with
  // none of those, the whole default suite in its reduced form.
  const suite = defaultSuite()
  const implied = WORKLOAD_NAMES.filter((w) => Object.keys(workloadOptionsFromFlags(w, flags)).length > 1)
  const named = flags.workload ?? (implied.length > 0 ? implied : undefined)
  const entries: RunConfigInput[] =
    named === undefined
      ? suite
      : named.map((workload) =>
          flags.workload === undefined
            ? (suite.find((e) => e.workload.workload === workload) ?? namedEntry(base, workload))
            : namedEntry(base, workload),
        )
  return entries.map((entry) => {
    const workload = entry.workload.workload
    const input = {
      workload: { ...entry.workload, ...workloadOptionsFromFlags(workload, flags) },
      runtimes: flags.runtimes ?? entry.runtimes,
      workers: flags.workers ?? entry.workers ?? base.workers,
      repeat: flags.repeat ?? entry.repeat ?? base.repeat,
      warmup: flags.warmup ?? entry.warmup ?? base.warmup,
      ...(flags.taskTimeout !== undefined ? { taskTimeoutMs: flags.taskTimeout } : {}),
      ...(flags.serialization ? { serialization: flags.serialization } : {}),
      ...(flags.uvThreadpoolSize !== undefined ? { uvThreadpoolSize: flags.uvThreadpoolSize } : {}),
    }
    const parsed = RunConfigSchema.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new UsageError(`${flagForPath(workload, issue.path)}: ${issue.message}`)
    }
    return input as RunConfigInput
  })
}

/** A workload named with --workload, at its defaults and on its definition's runtimes. */
function namedEntry(base: RunConfigInput, workload: WorkloadName): RunConfigInput {
  return { ...base, workload: { workload }, runtimes: [...WORKLOADS[workload].defaultRuntimes] } as RunConfigInput
}

/**
 * `onExit` receives the exit code of the report commands (export, compare, history); `signal`
 * gives them the Ctrl-C signal.
 */
export function createProgram(
  onRun: (command: RunCommand) => Promise<void>,
  onExit: (code: number) => void = () => undefined,
  signal: () => AbortSignal | undefined = () => undefined,
): Command {
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
    .option('--format <list>', `also write the report as ${EXPORT_FORMATS.join(', ')} (comma list), next to --out`, parseFormats)
    .option('--no-history', 'do not save this run into the history folder (see `conlab history path`)')
    .option('--uv-threadpool-size <n>', "UV_THREADPOOL_SIZE for child-process workers (threads share the lab's own pool, set when it starts)", parseWholeNumber('--uv-threadpool-size'))
  addWorkloadFlags(run)
  run.exitOverride().action(async (flags: RunFlags) => {
    await onRun({
      configs: buildRunConfigs(flags),
      out: flags.out,
      json: flags.json === true,
      quiet: flags.quiet === true,
      label: flags.label,
      formats: flags.format ?? [],
      history: flags.history !== false,
    })
  })
  addExportCommand(program, onExit, signal)
  addCompareCommand(program, onExit)
  addHistoryCommand(program, onExit)
  return program
}
