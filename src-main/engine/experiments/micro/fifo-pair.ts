/**
 * Named pipes (FIFOs) for the process ping-pong, made with `mkfifo` in a fresh temporary folder
 * and removed with it. Node has no mkfifo of its own; the POSIX tool exists wherever FIFOs do.
 * Where they cannot be made (Windows, no mkfifo), the reason is returned, not thrown, so the run
 * records the ping-pong as unavailable and goes on with the rest.
 */
import { rm } from 'node:fs/promises'
import os from 'node:os'
import { join } from 'node:path'
import { ExternalProgramError } from '../../runtimes/external-program'
import { makeOwnedTempDir } from '../owned-temp-dir'
import { runProgram } from '../../runtimes/run-program'

export const FIFO_DIR_PREFIX = 'conlab-fifo-'

export type FifoOutcome = { ok: true; paths: string[]; dispose(): Promise<void> } | { ok: false; reason: string }

export interface FifoDeps {
  platform(): string
  tmpdir(): string
  mkfifo(paths: string[], signal: AbortSignal): Promise<void>
}

export const systemFifoDeps: FifoDeps = {
  platform: () => os.platform(),
  tmpdir: () => os.tmpdir(),
  mkfifo: async (paths, signal) => {
    await runProgram('mkfifo', ['-m', '600', ...paths], { timeoutMs: 10_000, signal })
  },
}

export async function makeFifos(count: number, signal: AbortSignal, deps: FifoDeps = systemFifoDeps): Promise<FifoOutcome> {
  const platform = deps.platform()
  if (platform === 'win32') return { ok: false, reason: 'Windows has no POSIX named pipes (FIFOs), which the blocking pipe ping-pong needs; see the IPC ping-pong instead' }
  // Named after this process, so that the folder a SIGKILLed lab leaves is swept by the next one.
  const dir = await makeOwnedTempDir(deps.tmpdir(), FIFO_DIR_PREFIX)
  const dispose = () => rm(dir, { recursive: true, force: true })
  const paths = Array.from({ length: count }, (_, i) => join(dir, `pipe-${i}`))
  try {
    await deps.mkfifo(paths, signal)
    return { ok: true, paths, dispose }
  } catch (error) {
    await dispose()
    signal.throwIfAborted()
    const why =
      error instanceof ExternalProgramError && error.failure.kind === 'not-found'
        ? 'the mkfifo command is not installed'
        : error instanceof Error
          ? error.message.split('\n')[0]
          : String(error)
    return { ok: false, reason: `could not make named pipes: ${why}` }
  }
}
