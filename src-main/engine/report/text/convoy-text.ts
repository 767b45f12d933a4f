/** sleep's section of `conlab run`'s table: the sweep table, then the convoy table in convoy mode (issue 16). */
import type { Run } from '../../../../src-shared/report'
import { convoySection } from '../convoy-rows'
import { ENGLISH, type Wording, formatFixed, renderColumns } from './columns'
import { runLabel } from './run-label'
import { sweepSection } from './sweep-section'

export function sleepSection(runs: Run[], w: Wording = ENGLISH): string {
  const convoy = convoySection(runs, w.t, (x, digits) => formatFixed(x, digits, w.locale), (run) => runLabel(run, w))
  if (!convoy) return sweepSection(runs, w)
  return [sweepSection(runs, w), '', convoy.title, renderColumns([convoy.header, ...convoy.rows], convoy.numeric), convoy.note, convoy.explain].join('\n')
}
