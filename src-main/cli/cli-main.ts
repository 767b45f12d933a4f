/**
 * The `conlab` command once loaded (main.ts installs the signal handlers first, then loads this).
 * Maps every outcome to an exit code: bad usage 2 with a clear message, Ctrl-C 130 (SIGTERM 143)
 * with the partial report written, or none when nothing had run yet.
 */
import { CommanderError } from 'commander'
import { killLiveChildren } from '../engine/runtimes/live-children'
import { ConfigError } from '../engine/session'
import { EXIT_CANCELLED, EXIT_RUN_FAILED, EXIT_TERMINATED, EXIT_USAGE, executeRun } from './run-command'
import { UsageError } from './parse-values'
import { createProgram } from './program'
import { printable } from '../../src-shared/printable'
import { type EarlySignals, installEarlySignals } from './early-signals'
import { type Wording, wordingFor } from '../engine/report/text/wording'
import { LANG_CHOICES, chooseLocale } from './cli-locale'

/** `--lang` given but wrong: one line, in the language of the environment. */
function langProblem(problem: NonNullable<ReturnType<typeof chooseLocale>['problem']>, { t }: Wording): string {
  return problem.kind === 'missing' ? t('cli.usage.langMissing', { choices: LANG_CHOICES }) : t('cli.usage.badLang', { choices: LANG_CHOICES, value: printable(problem.value, 40) })
}

export async function main(argv: string[], signals?: EarlySignals, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // The language is settled before commander builds anything, so its help is translated too.
  const choice = chooseLocale(argv, env)
  const w = wordingFor(choice.locale)
  const { t } = w
  if (choice.problem) {
    process.stderr.write(`conlab: ${langProblem(choice.problem, w)}\n`)
    return EXIT_USAGE
  }
  const controller = new AbortController()
  let interrupts = 0
  let terminated = false
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++
    terminated ||= signal === 'SIGTERM'
    if (interrupts === 1) {
      process.stderr.write(`\n${t(signal === 'SIGTERM' ? 'cli.run.terminated' : 'cli.run.cancelling')}\n`)
      controller.abort(signal === 'SIGTERM' ? 'terminated' : 'Ctrl-C')
    } else {
      // Quit now; the engine's exit hook kills any worker process still busy in a chunk.
      killLiveChildren()
      process.exit(terminated ? EXIT_TERMINATED : EXIT_CANCELLED)
    }
  }
  const release = (signals ?? installEarlySignals(t('cli.run.cancelledBeforeAnything'))).takeOver(onSignal)

  let exitCode = 0
  const program = createProgram(
    async (command) => {
      exitCode = await executeRun(command, controller.signal, w)
    },
    (code) => {
      exitCode = code
    },
    () => controller.signal,
    w,
  )
  try {
    // `run` is the default command, so commander would read a mistyped command as an argument of
    // run ("too many arguments for 'run'"); name the real mistake instead.
    const first = argv[0]
    const commands = program.commands.map((c) => c.name())
    if (first !== undefined && !first.startsWith('-') && !commands.includes(first)) {
      throw new UsageError(t('cli.usage.unknownCommand', { name: first, commands: commands.join(', ') }))
    }
    await program.parseAsync(argv, { from: 'user' })
    // A run stopped by SIGTERM ends like any terminated process (128 + 15), not like Ctrl-C.
    return terminated && exitCode === EXIT_CANCELLED ? EXIT_TERMINATED : exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message; --help and --version are not errors.
      return error.exitCode === 0 ? 0 : EXIT_USAGE
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`conlab: ${printable(error.message)}\n${t('cli.usage.seeHelp')}\n`)
      return EXIT_USAGE
    }
    // One line for people; the stack for whoever debugs the lab (CONLAB_DEBUG=1).
    const detail = error instanceof Error ? (process.env.CONLAB_DEBUG ? (error.stack ?? error.message) : error.message) : String(error)
    process.stderr.write(`conlab: ${process.env.CONLAB_DEBUG ? detail : printable(detail)}\n`)
    return EXIT_RUN_FAILED
  } finally {
    release()
  }
}

export function start(signals: EarlySignals): void {
  main(process.argv.slice(2), signals).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`conlab: ${printable(String(error))}\n`)
      process.exitCode = EXIT_RUN_FAILED
    },
  )
}
