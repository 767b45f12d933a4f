/**
 * How the lab runs an external program: external-program.ts with the watchdog entry the bundler
 * emitted (`?modulePath`, like the worker entries), kept apart so that the core can be bundled
 * on its own (the tests' harness does) without a nested `?modulePath` import.
 */
import { type ProgramOptions, type ProgramOutput, startProgram } from './external-program'
import { unpackedPath } from './worker-entries'
import watchdogEntryPath from './program-watchdog?modulePath'

export const programWatchdogEntry = unpackedPath(watchdogEntryPath)

/** Runs a program to its end in a process group of its own; see `startProgram`. */
export function runProgram(file: string, args: string[], options: Omit<ProgramOptions, 'watchdogEntry'>): Promise<ProgramOutput> {
  options.signal?.throwIfAborted()
  return startProgram(file, args, { ...options, watchdogEntry: programWatchdogEntry }).done
}
