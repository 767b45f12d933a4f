/**
 * Ctrl-C and SIGTERM handlers installed before anything else of the CLI loads. Loading the
 * command line takes a few hundred milliseconds (commander, zod, the engine); a signal in that
 * window used to kill the process with no message. Until the CLI takes over, a signal means
 * "cancelled before anything ran": nothing was started, so there is nothing to keep or clean,
 * and the process ends at once with 130 (Ctrl-C) or 143 (SIGTERM) and one line.
 * This file imports nothing, so it runs first (src-main/cli/main.ts); main.ts hands it that line
 * in the command's language (`cli.run.cancelledBeforeAnything`).
 */

export type SignalHandler = (signal: NodeJS.Signals) => void

export interface EarlySignals {
  /** From now on signals go to `handler`; returns a function that gives them back to the default. */
  takeOver(handler: SignalHandler): () => void
}

/** Where the handler writes and how it ends the process (tests pass their own). */
export interface SignalIo {
  write(text: string): void
  exit(code: number): void
}

const PROCESS_IO: SignalIo = { write: (text) => void process.stderr.write(text), exit: (code) => process.exit(code) }

export function installEarlySignals(cancelledBeforeAnything: string, io: SignalIo = PROCESS_IO): EarlySignals {
  let current: SignalHandler | null = null
  // Once the CLI has had the signals, "before anything ran" is no longer true: a signal after it
  // gave them back (its work done, the report written, the process about to end) ends it quietly.
  let takenOver = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (current) return current(signal)
    if (!takenOver) io.write(`\n${cancelledBeforeAnything}\n`)
    io.exit(signal === 'SIGTERM' ? 143 : 130)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  // Lets tests send a signal in the start-up window knowing that it is the lab that receives it.
  if (process.env.CONLAB_DEBUG) process.stderr.write('conlab: debug: signal handlers installed\n')
  return {
    takeOver(handler) {
      current = handler
      takenOver = true
      return () => {
        if (current === handler) current = null
      }
    },
  }
}
