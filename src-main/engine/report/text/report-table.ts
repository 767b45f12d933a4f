/**
 * The readable summary `conlab run` and `conlab history show` print: the machine and its state, then one
 * section per workload, as the engine registry says its runs read (the sweep table unless the
 * workload has a section of its own), then the warnings. In the language of `w`; the report's
 * data is the same whatever the language.
 */
import type { WorkloadName } from '../../../../src-shared/config'
import type { Report, Run, RunOf } from '../../../../src-shared/report'
import { ENGINE_WORKLOADS } from '../../experiments/registry'
import { ENGLISH, type Wording } from './columns'
import { machineStateLines } from './machine-text'
import { formatWarnings } from './warnings-text'
import { sweepSection } from './sweep-section'

function sectionOf<K extends WorkloadName>(name: K, runs: Array<RunOf<K>>, w: Wording): string {
  return ENGINE_WORKLOADS[name].textSection?.(runs, w) ?? sweepSection(runs, w)
}

export function formatReportTable(report: Report, w: Wording = ENGLISH): string {
  const m = report.machine
  const machine = [w.t('cli.table.machine', { cpu: m.cpuModel, cores: m.availableParallelism, os: m.os, node: m.versions.node }), ...machineStateLines(m, w)]
  const sections = [machine.join('\n')]
  const byWorkload = new Map<WorkloadName, Run[]>()
  for (const run of report.runs) byWorkload.set(run.workload, [...(byWorkload.get(run.workload) ?? []), run])
  // Grouped by workload above, so each group holds only runs of its key.
  for (const [workload, runs] of byWorkload) sections.push(sectionOf(workload, runs as Array<RunOf<typeof workload>>, w))
  if (report.warnings.length > 0) sections.push(formatWarnings(report, w))
  return sections.join('\n\n')
}
