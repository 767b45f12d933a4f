/**
 * Entry of the `conlab` command (bin/conlab.js loads the built copy). Maps every outcome to an
 * exit code: bad usage 2 with a clear message, Ctrl-C 130 with the partial report written.
 */
import { CommanderError } from 'commander'
import { ConfigError } from '../engine/session'
import { EXIT_CANCELLED, EXIT_RUN_FAILED, EXIT_USAGE, executeRun } from './run-command'
import { UsageError } from './parse-values'
import { createProgram } from './program'

export async function main(argv: string[]): Promise<number> {
  const controller = new AbortController()
  let interrupts = 0
  const onSigint = () => {
    interrupts++
    if (interrupts === 1) {
      process.stderr.write('\nCancelling… (press Ctrl-C again to quit at once)\n')
      controller.abort('Ctrl-C')
    } else {
      process.exit(EXIT_CANCELLED)
    }
  }
  process.on('SIGINT', onSigint)
  process.on('SIGTERM', onSigint)

  let exitCode = 0
  const program = createProgram(
    async (command) => {
      exitCode = await executeRun(command, controller.signal)
    },
    (code) => {
      exitCode = code
    },
    () => controller.signal,
  )
  try {
    await program.parseAsync(argv, { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message; --help and --version are not errors.
      return error.exitCode === 0 ? 0 : EXIT_USAGE
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`conlab: ${error.message}\n(run with --help for usage)\n`)
      return EXIT_USAGE
    }
    process.stderr.write(`conlab: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return EXIT_RUN_FAILED
  } finally {
    process.off('SIGINT', onSigint)
    process.off('SIGTERM', onSigint)
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`conlab: ${String(error)}\n`)
    process.exitCode = EXIT_RUN_FAILED
  },
)
