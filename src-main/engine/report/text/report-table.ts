/**
 * The readable summary `conlab run` and `conlab history show` print: the machine, then one
 * section per workload, as the engine registry says its runs read (the sweep table unless the
 * workload has a section of its own), then the warnings.
 */
import type { WorkloadName } from '../../../../src-shared/config'
import type { Report, Run, RunOf } from '../../../../src-shared/report'
import { ENGINE_WORKLOADS } from '../../experiments/registry'
import { formatWarnings } from './warnings-text'
import { sweepSection } from './sweep-section'

function sectionOf<K extends WorkloadName>(name: K, runs: Array<RunOf<K>>): string {
  return ENGINE_WORKLOADS[name].textSection?.(runs) ?? sweepSection(runs)
}

export function formatReportTable(report: Report): string {
  const m = report.machine
  const sections = [`Machine: ${m.cpuModel}, ${m.availableParallelism} cores available, ${m.os}, Node ${m.versions.node}`]
  const byWorkload = new Map<WorkloadName, Run[]>()
  for (const run of report.runs) byWorkload.set(run.workload, [...(byWorkload.get(run.workload) ?? []), run])
  // Grouped by workload above, so each group holds only runs of its key.
  for (const [workload, runs] of byWorkload) sections.push(sectionOf(workload, runs as Array<RunOf<typeof workload>>))
  if (report.warnings.length > 0) sections.push(formatWarnings(report))
  return sections.join('\n\n')
}
