/**
 * Refused before a minute of measuring: a `--python` path that is no usable interpreter, and a
 * py-* runtime asked for with `--runtimes` on a machine without any Python 3.8+ (usage errors,
 * exit 2, one line). A suite that only includes them by default runs everything else instead,
 * and its report says how to get an interpreter (python-plan.ts).
 */
import type { RunConfigInput } from '../../src-shared/config'
import { CodedError, message, messageText } from '../../src-shared/engine-message'
import { MIN_PYTHON } from '../../src-shared/python'
import { chosenInterpreter, discoverPythons } from '../engine/runtimes/python/discover'
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import { UsageError } from './parse-values'

export async function checkPython(configs: readonly RunConfigInput[], pythonAsked: boolean, { t }: Wording = ENGLISH): Promise<void> {
  const flags = new Set(configs.flatMap((c) => (c.python === undefined ? [] : [c.python])))
  if (!pythonAsked && flags.size === 0) return
  for (const python of flags.size > 0 ? [...flags] : [undefined]) {
    let found
    try {
      found = await discoverPythons(python === undefined ? {} : { python })
    } catch (error) {
      if (error instanceof CodedError) throw new UsageError(messageText(t, error.engineMessage))
      throw error
    }
    if (pythonAsked && !chosenInterpreter(found)) throw new UsageError(messageText(t, message('pythonNotFound', { min: MIN_PYTHON.join('.') })))
  }
}
