/**
 * A run configuration's `cores` (the app's and web mode's Cores field), applied around its runs:
 * the engine's process is restricted for the run and given its cores back however the run ends
 * (completed, failed, cancelled, thrown). The `--cpus` of the CLI restricts the whole lab from the
 * outside instead (cli/cpus-reexec.ts); a run inside it can still narrow further.
 */
import type { RunConfig } from '../../src-shared/config'
import type { CpusAllowed, ReportWarning, Run } from '../../src-shared/report'
import { coreControl, inheritedCpuCount, limitCores } from './measure/process-affinity'
import { toError } from './runtimes/errors'

/** Why a `cores` above what the lab may use is refused (before anything is measured), or null. */
export function coresProblem(configs: readonly RunConfig[]): string | null {
  const most = inheritedCpuCount()
  const index = configs.findIndex((config) => config.cores !== undefined && config.cores > most)
  return index === -1 ? null : `Run ${index + 1}: cores: at most ${most} here (the lab may use ${most} core(s))`
}

/** How many cores a run's sweep is planned for: the limit when it can be applied, else every core. */
export function plannedCores(config: RunConfig, cores: number): number {
  return config.cores !== undefined && coreControl().available ? Math.min(config.cores, cores) : cores
}

/** Runs `body` restricted to `config.cores` (when set), recording what was allowed on every run. */
export async function withCoreLimit(config: RunConfig, body: () => Promise<Run[]>): Promise<Run[]> {
  if (config.cores === undefined) return body()
  const limit = await limitCores(config.cores)
  let runs: Run[]
  let failed: string | undefined
  try {
    runs = await body()
  } finally {
    // Restored before anything else runs, and also when the body threw.
    await limit.restore().catch((error: unknown) => {
      failed = toError(error).message
    })
  }
  return runs.map((run) => {
    const withCores = { ...run, cpusAllowed: limit.allowed }
    // A completed run's `error` notes a problem after its figures were safe: the cores not given back.
    return failed !== undefined && run.status === 'completed' ? { ...withCores, error: `The lab's cores could not be given back after the run: ${failed}` } : withCores
  })
}

/** Said once per report where a run asked for fewer cores and ran on every core instead. */
export function coresWarnings(runs: readonly Run[]): ReportWarning[] {
  const run = runs.find((r) => r.cpusAllowed?.notApplied !== undefined)
  if (!run?.cpusAllowed) return []
  const c: CpusAllowed = run.cpusAllowed
  return [
    {
      code: 'cores-not-applied',
      runId: run.id,
      message: `The run asked for ${c.requested ?? '?'} core(s), but the lab could not restrict itself here (${c.notApplied}): it ran on every core it may use, so its figures are the whole machine's.`,
    },
  ]
}

/** The suite's `machine.cpusAllowed` when every run asked for the same cores: what they were given. */
export function suiteCpusAllowed(configs: readonly RunConfig[], runs: readonly Run[]): CpusAllowed | undefined {
  const asked = new Set(configs.map((c) => c.cores))
  if (asked.size !== 1 || configs[0]?.cores === undefined) return undefined
  return runs.find((r) => r.cpusAllowed)?.cpusAllowed
}
