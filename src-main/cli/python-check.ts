/**
 * Refused before a minute of measuring: a `--python` path that is no usable interpreter, and a
 * py-* runtime asked for with `--runtimes` (or `--python all`) on a machine without any Python 3.8+ (usage errors,
 * exit 2, one line). A suite that only includes them by default runs everything else instead,
 * and its report says how to get an interpreter (python-plan.ts).
 */
import type { RunConfigInput } from '../../src-shared/config'
import { CodedError, message, messageText } from '../../src-shared/engine-message'
import { MIN_PYTHON, isSupported } from '../../src-shared/python'
import { asksOf } from '../engine/python-plan'
import { discoverPythons, flagInterpreter } from '../engine/runtimes/python/discover'
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import { UsageError } from './parse-values'

export async function checkPython(configs: readonly RunConfigInput[], pythonAsked: boolean, { t }: Wording = ENGLISH): Promise<void> {
  const asks = configs.flatMap((c) => asksOf(c))
  const paths = [...new Set(asks.flatMap((a) => (a.kind === 'path' ? [a.path] : [])))]
  if (!pythonAsked && asks.every((a) => a.kind === 'first')) return
  // Every path named must be a usable interpreter, side by side or alone.
  for (const path of paths) {
    try {
      await flagInterpreter(path)
    } catch (error) {
      if (error instanceof CodedError) throw new UsageError(messageText(t, error.engineMessage))
      throw error
    }
  }
  // `all` (or no path) asked for a py-* runtime: at least one interpreter must be found.
  if (pythonAsked && asks.some((a) => a.kind !== 'path') && !(await discoverPythons()).some(isSupported)) {
    throw new UsageError(messageText(t, message('pythonNotFound', { min: MIN_PYTHON.join('.') })))
  }
}
