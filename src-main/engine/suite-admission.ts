/**
 * Whether a suite may be queued, checked before it is: its configurations parse, a front door's
 * own rule admits them (web mode: run-policy.ts), its file I/O folders exist and every runtime it
 * asks for is offered here. One function for `enqueueSuite` and `enqueueClaims`, so a planned
 * suite passes exactly the checks a typed one does.
 */
import { stat } from 'node:fs/promises'
import type { RunConfig, RunConfigInput, RuntimeName } from '../../src-shared/config'
import { ConfigError, parseRunConfigs } from './session'

/** The configs as they may run (a front door may rewrite them, e.g. real paths), or its refusal. */
export type Admitted = { ok: true; configs: RunConfig[] } | { ok: false; message: string }
/** A front door's extra rule over the parsed configs (web mode's run policy). */
export type AdmitConfigs = (configs: RunConfig[]) => Promise<Admitted>

/** The configs parsed, or the config error's message (anything else thrown is a bug, and thrown on). */
export function parseSuite(inputs: RunConfigInput[]): Admitted {
  try {
    return { ok: true, configs: parseRunConfigs(inputs) }
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, message: error.message }
    throw error
  }
}

export async function admitSuite(inputs: RunConfigInput[], offered: readonly RuntimeName[], admit?: AdmitConfigs): Promise<Admitted> {
  const suite = parseSuite(inputs)
  if (!suite.ok) return suite
  let parsed = suite.configs
  if (admit) {
    const checked = await admit(parsed)
    if (!checked.ok) return checked
    parsed = checked.configs
  }
  const missingDirectory = await firstMissingDirectory(parsed)
  if (missingDirectory !== null) return { ok: false, message: missingDirectory }
  const missing = parsed.flatMap((c) => c.runtimes).find((runtime) => !offered.includes(runtime))
  if (missing) return { ok: false, message: `The "${missing}" runtime is not available here (offered: ${offered.join(', ')})` }
  return { ok: true, configs: parsed }
}

/**
 * A file I/O directory that is not there would fail every run of the suite, one after the other:
 * said once, before it is queued, next to the Run button.
 */
async function firstMissingDirectory(configs: RunConfig[]): Promise<string | null> {
  for (const [index, config] of configs.entries()) {
    const { workload } = config
    if (workload.workload !== 'file-io' || workload.directory === undefined) continue
    const found = await stat(workload.directory).catch(() => null)
    if (!found?.isDirectory()) return `Run ${index + 1}: the file I/O directory ${workload.directory} ${found ? 'is not a folder' : 'does not exist'}`
  }
  return null
}
