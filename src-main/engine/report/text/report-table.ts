/**
 * The readable summary `conlab run` and `conlab history show` print: the machine and its state, then one
 * section per workload, as the engine registry says its runs read (the sweep table unless the
 * workload has a section of its own), then the warnings. In the language of `w`; the report's
 * data is the same whatever the language.
 */
import type { WorkloadName } from '../../../../src-shared/config'
import type { Report, Run, RunOf } from '../../../../src-shared/report'
import { WORKLOADS } from '../../../../src-shared/workloads'
import { ENGINE_WORKLOADS } from '../../experiments/registry'
import { ENGLISH, type Wording } from './columns'
import { machineStateLines } from './machine-text'
import { formatWarnings } from './warnings-text'
import { sweepSection } from './sweep-section'
import { claimsTextSection } from './claims-section'

function sectionOf<K extends WorkloadName>(name: K, runs: Array<RunOf<K>>, w: Wording): string {
  return ENGINE_WORKLOADS[name].textSection?.(runs, w) ?? sweepSection(runs, w)
}

/**
 * Which section a run belongs to. A sweep's heading and columns describe one configuration, so two
 * sweeps of one workload with different options (the default suite's prime over 10^9 and its
 * shorter range for CPython) get a section each; a micro-experiment narrows its options per runtime
 * and keeps one section per workload.
 */
function sectionKey(run: Run): string {
  return WORKLOADS[run.workload].shape === 'sweep' ? `${run.workload} ${JSON.stringify(run.config)}` : run.workload
}

export function formatReportTable(report: Report, w: Wording = ENGLISH): string {
  const m = report.machine
  const machine = [w.t('cli.table.machine', { cpu: m.cpuModel, cores: m.availableParallelism, os: m.os, node: m.versions.node }), ...machineStateLines(m, w)]
  // A claims report leads with its verdicts: what the person asked for (claims-section.ts).
  const sections = [claimsTextSection(report, w), machine.join('\n')].filter((s) => s !== '')
  const groups = new Map<string, { workload: WorkloadName; runs: Run[] }>()
  for (const run of report.runs) {
    const key = sectionKey(run)
    const group = groups.get(key) ?? { workload: run.workload, runs: [] }
    group.runs.push(run)
    groups.set(key, group)
  }
  // Each group holds runs of one workload only (its key starts with it).
  for (const { workload, runs } of groups.values()) sections.push(sectionOf(workload, runs as Array<RunOf<typeof workload>>, w))
  if (report.warnings.length > 0) sections.push(formatWarnings(report, w))
  return sections.join('\n\n')
}
