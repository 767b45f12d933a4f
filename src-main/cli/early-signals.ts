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

export function installEarlySignals(cancelledBeforeAnything: string): EarlySignals {
  let current: SignalHandler | null = null
  const onSignal = (signal: NodeJS.Signals) => {
    if (current) return current(signal)
    process.stderr.write(`\n${cancelledBeforeAnything}\n`)
    process.exit(signal === 'SIGTERM' ? 143 : 130)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  // Lets tests send a signal in the start-up window knowing that it is the lab that receives it.
  if (process.env.CONLAB_DEBUG) process.stderr.write('conlab: debug: signal handlers installed\n')
  return {
    takeOver(handler) {
      current = handler
      return () => {
        if (current === handler) current = null
      }
    },
  }
}
