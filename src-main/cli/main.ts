/**
 * Entry of the `conlab` command (bin/conlab.js loads the built copy). The signal handlers come
 * first; the command line itself (cli-main.ts, with every dependency) is loaded only after, as a
 * separate chunk, so that a Ctrl-C while it loads still ends the process cleanly.
 */
import { installEarlySignals } from './early-signals'

const signals = installEarlySignals()

import('./cli-main').then(
  ({ start }) => start(signals),
  (error: unknown) => {
    process.stderr.write(`conlab: could not load the command line: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
