/**
 * Named pipes (FIFOs) for the process ping-pong, made with `mkfifo` in a fresh temporary folder
 * and removed with it. Node has no mkfifo of its own; the POSIX tool exists wherever FIFOs do.
 * Where they cannot be made (Windows, no mkfifo), the reason is returned, not thrown, so the run
 * records the ping-pong as unavailable and goes on with the rest.
 */
import { rm } from 'node:fs/promises'
import os from 'node:os'
import { join } from 'node:path'
import { type EngineMessage, message, messageOf } from '../../../../src-shared/engine-message'
import { ExternalProgramError } from '../../runtimes/external-program'
import { makeOwnedTempDir } from '../owned-temp-dir'
import { runProgram } from '../../runtimes/run-program'

export const FIFO_DIR_PREFIX = 'conlab-fifo-'

export type FifoOutcome = { ok: true; paths: string[]; dispose(): Promise<void> } | { ok: false; reason: EngineMessage }

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
  if (platform === 'win32') return { ok: false, reason: message('fifoWindows') }
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
    const why = error instanceof ExternalProgramError && error.failure.kind === 'not-found' ? message('fifoNoMkfifo') : firstLine(messageOf(error))
    return { ok: false, reason: message('fifoFailed', undefined, why) }
  }
}

/** An OS message can run over lines; the reason keeps the first. */
function firstLine(m: EngineMessage): EngineMessage {
  const text = m.params?.text
  return m.code === 'text' && typeof text === 'string' ? { ...m, params: { text: text.split('\n')[0] ?? '' } } : m
}
