/**
 * The `conlab` command line, declared with commander. Parsing only: it turns flags into run
 * configurations (judged by the shared zod schema) and output options, and runs nothing.
 */
import { DEFAULT_SWITCH_INTERVAL_MS, SWITCH_INTERVAL_MAX_MS, globalLockApplies } from '../../src-shared/global-lock-mode'
import { Command, Option } from 'commander'
import { z } from 'zod'
import type { Locale } from '../../src-shared/i18n/locales'
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import { LANG_CHOICES } from './cli-locale'
import { commanderMessage } from './commander-text'
import { RUNTIME_NAMES, type RunConfigInput, RunConfigSchema, SCHEDULE_ORDERS, type ScheduleOrder, WORKLOAD_NAMES, type WorkloadName } from '../../src-shared/config'
import { LAB_VERSION } from '../engine/measure/lab-version'
import { EXPORT_FORMATS, type ExportFormat } from '../../src-shared/api'
import { addClaimsCommand } from './claims-command'
import type { SuiteCommand } from './suite-report'
import { addCompareCommand } from './compare-command'
import { NAMED_RUN_DEFAULTS, defaultSuite } from './default-suite'
import { addExportCommand } from './export-command'
import { addHistoryCommand } from './history-command'
import { UsageError, parseChoice, parseChoiceList, parseWholeNumber, workersParser } from './parse-values'
import { WORKLOADS } from '../../src-shared/workloads'
import { configIssueText } from './config-issue'
import { MAX_PYTHONS, PYTHON_ALL, START_METHODS, type StartMethod, isPythonRuntime } from '../../src-shared/python'
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
  includeHostname?: boolean
  /** false with --no-history. */
  history?: boolean
  uvThreadpoolSize?: number
  /** `--python`, repeatable: one path, several (side by side) or `all`. */
  python?: string[]
  startMethod?: StartMethod
  order?: ScheduleOrder
  scheduleSeed?: number
  cpus?: number
  globalLock?: boolean
  switchIntervalMs?: number
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
  python: '--python',
  pythons: '--python',
  startMethod: '--start-method',
  order: '--order',
  seed: '--schedule-seed',
  globalLock: '--global-lock',
  switchIntervalMs: '--switch-interval-ms',
}

/** `workload.hi` -> `--prime-hi`; a list's element (`workload.payloads.2`) names the list's flag. */
function flagForPath(workload: WorkloadName, path: readonly PropertyKey[], { t }: Wording): string {
  const keys = path.filter((key): key is string => typeof key === 'string')
  if (keys[0] === 'workload' && keys[1] !== undefined) return flagForOption(workload, keys[1]) ?? keys.join('.')
  return RUN_FLAG_FOR_PATH[keys.join('.')] ?? (path.join('.') || t('cli.usage.root'))
}

/** zod's own wording of a schema problem per language (the schema's custom messages stay as written). */
const ZOD_ERRORS: Readonly<Record<Locale, z.core.$ZodErrorMap | undefined>> = { en: undefined, 'zh-CN': z.locales.zhCN().localeError }

/** `conlab run`: its configs, and what it shares with `conlab claims` (suite-report.ts). */
export interface RunCommand extends SuiteCommand {
  configs: RunConfigInput[]
  /** `--runtimes` names a py-* runtime: no interpreter is then a usage error (python-check.ts). */
  pythonAsked?: boolean
}

/**
 * `--python` given once names the interpreter; more than once, interpreters side by side; `all`,
 * every usable one found. `all` beside a path says nothing more: refused rather than guessed.
 */
export function pythonChoice(values: readonly string[] | undefined, w: Wording = ENGLISH): Pick<RunConfigInput, 'python' | 'pythons'> {
  const list = [...new Set(values ?? [])]
  if (list.length === 0) return {}
  if (list.includes(PYTHON_ALL)) {
    if (list.length > 1) throw new UsageError(w.t('python.cli.allAlone'))
    return { pythons: PYTHON_ALL }
  }
  if (list.length > MAX_PYTHONS) throw new UsageError(w.t('python.cli.tooMany', { max: MAX_PYTHONS }))
  return list.length === 1 ? { python: list[0]! } : { pythons: list }
}

/** Turns parsed flags into validated run configurations, naming the flag behind any problem. */
export function buildRunConfigs(flags: RunFlags, w: Wording = ENGLISH): RunConfigInput[] {
  const base = { ...defaultSuite()[0]!, ...NAMED_RUN_DEFAULTS }
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
      ...pythonChoice(flags.python, w),
      ...(flags.startMethod ? { startMethod: flags.startMethod } : {}),
      ...(flags.order ? { order: flags.order } : {}),
      ...(flags.scheduleSeed !== undefined ? { seed: flags.scheduleSeed } : {}),
      // The default suite takes the lock where it applies; a workload named with --workload where it
      // does not is refused with the reason (config.ts).
      ...(flags.globalLock === true && (flags.workload !== undefined || globalLockApplies(workload)) ? { globalLock: true } : {}),
      ...(flags.switchIntervalMs !== undefined ? { switchIntervalMs: flags.switchIntervalMs } : {}),
    }
    const errorMap = ZOD_ERRORS[w.locale]
    const parsed = RunConfigSchema.safeParse(input, errorMap ? { error: errorMap } : undefined)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new UsageError(configIssueText(issue, flagForPath(workload, issue.path, w), w))
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
 * gives them the Ctrl-C signal; `w` is the language of the help and of every message.
 */
export function createProgram(
  onRun: (command: RunCommand) => Promise<void>,
  onExit: (code: number) => void = () => undefined,
  signal: () => AbortSignal | undefined = () => undefined,
  w: Wording = ENGLISH,
): Command {
  const { t } = w
  const titles: Readonly<Record<string, string>> = {
    'Usage:': t('cli.help.usage'),
    'Options:': t('cli.help.options'),
    'Global Options:': t('cli.help.globalOptions'),
    'Commands:': t('cli.help.commands'),
    'Arguments:': t('cli.help.arguments'),
  }
  // Set before any subcommand is added: commander copies these settings into each one.
  const program = new Command('conlab')
    .description(t('cli.program.description'))
    .version(LAB_VERSION, '-V, --version', t('cli.help.version'))
    .helpOption('-h, --help', t('cli.help.help'))
    .helpCommand('help [command]', t('cli.help.help'))
    .configureHelp({ styleTitle: (title) => titles[title] ?? title, showGlobalOptions: true })
    .configureOutput({ outputError: (text, write) => write(commanderMessage(text, w)) })
    .exitOverride()
    .showHelpAfterError(t('cli.help.afterError'))
  // Read before commander runs (cli-locale.ts); declared here so commander accepts it and --help lists it.
  program.addOption(new Option('--lang <locale>', t('cli.help.lang', { choices: LANG_CHOICES })))

  const run = program
    .command('run', { isDefault: true })
    .description(t('cli.run.description'))
    .addOption(new Option('--workload <list>', t('cli.run.workload', { choices: WORKLOAD_NAMES.join(', ') })).argParser(parseChoiceList('--workload', WORKLOAD_NAMES, w)))
    .addOption(new Option('--runtimes <list>', t('cli.run.runtimes', { choices: RUNTIME_NAMES.filter((r) => r !== 'utility').join(', ') })).argParser(parseChoiceList('--runtimes', RUNTIME_NAMES, w)))
    .option('--workers <list>', t('cli.run.workers'), workersParser(w))
    .option('--repeat <n>', t('cli.run.repeat'), parseWholeNumber('--repeat', w))
    .option('--warmup <n>', t('cli.run.warmup'), parseWholeNumber('--warmup', w))
    .option('--task-timeout <ms>', t('cli.run.taskTimeout'), parseWholeNumber('--task-timeout', w))
    .option('--serialization <mode>', t('cli.run.serialization'), parseChoice('--serialization', ['json', 'advanced'] as const, w))
    .option('--out <file>', t('cli.run.out'))
    .option('--json', t('cli.run.json'))
    .option('--quiet', t('cli.run.quiet'))
    .option('--label <name>', t('cli.run.label'))
    .option('--format <list>', t('cli.run.format', { choices: EXPORT_FORMATS.join(', ') }), parseChoiceList('--format', EXPORT_FORMATS, w))
    .option('--include-hostname', t('cli.run.includeHostname'))
    .option('--no-history', t('cli.run.noHistory'))
    .option('--uv-threadpool-size <n>', t('cli.run.uvThreadpoolSize'), parseWholeNumber('--uv-threadpool-size', w))
    .option('--python <path>', t('cli.run.python'), (value: string, previous: string[] = []) => [...previous, value])
    .option('--start-method <method>', t('cli.run.startMethod', { choices: START_METHODS.join(', ') }), parseChoice('--start-method', START_METHODS, w))
    .option('--order <order>', t('cli.run.order', { choices: SCHEDULE_ORDERS.join(', ') }), parseChoice('--order', SCHEDULE_ORDERS, w))
    .option('--schedule-seed <n>', t('cli.run.seed'), parseWholeNumber('--schedule-seed', w))
    .option('--cpus <n>', t('cli.cpus.help'), parseWholeNumber('--cpus', w))
    .option('--global-lock', t('cli.run.globalLock'))
    .option('--switch-interval-ms <ms>', t('cli.run.switchIntervalMs', { default: DEFAULT_SWITCH_INTERVAL_MS, max: SWITCH_INTERVAL_MAX_MS }), parseWholeNumber('--switch-interval-ms', w))
  addWorkloadFlags(run, w)
  run.exitOverride().action(async (flags: RunFlags) => {
    await onRun({
      configs: buildRunConfigs(flags, w),
      out: flags.out,
      json: flags.json === true,
      quiet: flags.quiet === true,
      label: flags.label,
      formats: flags.format ?? [],
      includeHostname: flags.includeHostname === true,
      history: flags.history !== false,
      ...(flags.cpus !== undefined ? { cpus: flags.cpus } : {}),
      ...(flags.runtimes?.some(isPythonRuntime) ? { pythonAsked: true } : {}),
    })
  })
  addExportCommand(program, onExit, signal, w)
  addCompareCommand(program, onExit, w)
  addHistoryCommand(program, onExit, w)
  addClaimsCommand(program, onExit, signal, w)
  return program
}
