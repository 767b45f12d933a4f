/**
 * Asks one interpreter what it is, once: a few lines of Python that print a JSON object and exit.
 * The script runs on every Python from 2.7 on, so that an old interpreter is listed (as
 * unsupported, with its version) rather than silently missing. Bounded: a probe that does not
 * answer in time (a broken shim waiting on a prompt) counts as a failed probe.
 */
import { type ExecFileException, execFile } from 'node:child_process'
import { realpath } from 'node:fs/promises'
import { z } from 'zod'
import { MIN_PYTHON, type PythonInterpreter, START_METHODS, type StartMethod } from '../../../../src-shared/python'

export interface Candidate {
  command: string
  args: string[]
  source: PythonInterpreter['source']
}

const PROBE = [
  'import json, os, platform, sys',
  'try:',
  '    import multiprocessing; methods = multiprocessing.get_all_start_methods()',
  'except Exception:',
  '    methods = []',
  'try:',
  "    import sysconfig; nogil = bool(sysconfig.get_config_var('Py_GIL_DISABLED'))",
  'except Exception:',
  '    nogil = False',
  "gil = getattr(sys, '_is_gil_enabled', None)",
  "sys.stdout.write(json.dumps({'version': platform.python_version(), 'implementation': platform.python_implementation(),",
  "    'executable': sys.executable, 'gil': bool(gil()) if gil else None, 'nogil': nogil, 'methods': list(methods)}))",
].join('\n')

const ProbeAnswerSchema = z.object({
  version: z.string().max(100),
  implementation: z.string().max(100),
  executable: z.string().max(4096),
  gil: z.boolean().nullable(),
  nogil: z.boolean(),
  methods: z.array(z.string().max(50)).max(10),
})

export const PROBE_TIMEOUT_MS = 15_000

export type ProbeOutcome =
  | { kind: 'found'; interpreter: PythonInterpreter }
  /** Nothing by that name or at that path. */
  | { kind: 'missing' }
  /** It ran, but did not answer as a Python interpreter does (its first line of stderr, if any). */
  | { kind: 'not-python'; detail: string }

export async function probe(candidate: Candidate, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<ProbeOutcome> {
  const ran = await new Promise<{ error: ExecFileException | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      candidate.command,
      [...candidate.args, '-c', PROBE],
      { env, timeout: PROBE_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024, windowsHide: true, ...(signal ? { signal } : {}) },
      (error, stdout, stderr) => resolve({ error, stdout, stderr }),
    )
  })
  if (ran.error && (ran.error.code === 'ENOENT' || ran.error.code === 'EACCES' || ran.error.code === 'ENOTDIR')) return { kind: 'missing' }
  let answer: z.infer<typeof ProbeAnswerSchema>
  try {
    answer = ProbeAnswerSchema.parse(JSON.parse(ran.stdout))
  } catch {
    const said = (ran.stderr || ran.error?.message || '').split('\n').find((line) => line.trim() !== '') ?? ''
    return { kind: 'not-python', detail: said.trim().slice(0, 200) }
  }
  const executable = await realpath(answer.executable).catch(() => answer.executable)
  const tooOld = compareVersion(answer.version, MIN_PYTHON) < 0
  return {
    kind: 'found',
    interpreter: {
      command: candidate.command,
      args: candidate.args,
      source: candidate.source,
      executable,
      version: answer.version,
      implementation: answer.implementation,
      gilEnabled: answer.gil ?? !answer.nogil,
      freeThreaded: answer.nogil,
      startMethods: answer.methods.filter((m): m is StartMethod => (START_METHODS as readonly string[]).includes(m)),
      ...(tooOld ? { unsupported: 'too-old' as const } : {}),
    },
  }
}

/** Negative when `version` (like "3.11.2" or "3.13.0rc1") is older than major.minor. */
export function compareVersion(version: string, [major, minor]: readonly [number, number]): number {
  const [a = 0, b = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0)
  return a !== major ? a - major : b - minor
}
