/**
 * The little protocol between the engine and a program watchdog (program-watchdog.ts), a
 * discriminated union like the worker and loopback protocols. The watchdog starts one external
 * program in a process group of its own and relays what happens to it.
 */
export type LabToWatchdog =
  | { type: 'start'; file: string; args: string[]; graceMs: number }
  /** Stop the program's whole group: SIGTERM, then SIGKILL after the grace. */
  | { type: 'stop' }

export type WatchdogToLab =
  | { type: 'started'; pid: number }
  | { type: 'spawn-failed'; code: string | null; message: string }
  /** The program ended and what was left of its group has been killed. */
  | { type: 'exited'; code: number | null; signal: string | null }
