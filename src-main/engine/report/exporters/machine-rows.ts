/**
 * The Machine table of the HTML and Markdown exports, as label/value rows in the export's words:
 * every field the lab records gets a worded row (cores allowed and by whom, the interpreters found
 * with their versions), never a raw key such as `cpusAllowed.setBy`; only a field a newer lab added
 * falls back to its path.
 */
import { machineStateLines } from '../../../../src-shared/machine-state-text'
import { pythonBuild } from '../../../../src-shared/python-label'
import type { PythonInterpreter } from '../../../../src-shared/python'
import type { Machine } from '../../../../src-shared/report'
import { cpusAllowedParts } from '../text/machine-text'
import { extraLeaves } from './figures'
import { EN, type ExportLocale } from './locale'
import { withMessagesShown } from './shown-messages'

/**
 * Fields with a row of their own below. `coreControl` is asked by the run form and never written
 * into a report; a file that carries it anyway has nothing in it a reader of the report needs.
 */
const KNOWN_MACHINE_KEYS: ReadonlySet<string> = new Set([
  'cpuModel', 'logicalCores', 'availableParallelism', 'totalMemoryBytes', 'os', 'platform', 'arch', 'hostname', 'loadAverage', 'versions', 'state',
  'cpusAllowed', 'coreControl', 'pythons',
])

export interface MachineRowOptions {
  /** The machine's host name names a person's computer: left out unless the user asks for it. */
  includeHostname?: boolean
}

/** `CPython 3.11.7, GIL`, marked when the lab cannot use it: one item of the interpreters row. */
function interpreterText(p: PythonInterpreter, loc: ExportLocale): string {
  const info = loc.t('python.info', { implementation: p.implementation, version: p.version, build: loc.t(`python.build.${pythonBuild(p)}`) })
  return p.unsupported === undefined ? info : loc.r('machine.pythonUnusable', { info })
}

export function machineRows(machine: Machine, loc: ExportLocale = EN, opts: MachineRowOptions = {}): [string, string][] {
  const { r, fmt } = loc
  const v = machine.versions
  const rows: [string, string][] = [
    [r('machine.cpu'), machine.cpuModel],
    [r('machine.cores'), r('machine.coresValue', { logical: fmt.number(machine.logicalCores), available: fmt.number(machine.availableParallelism) })],
    [r('machine.memory'), fmt.bytes(machine.totalMemoryBytes)],
    [r('machine.os'), `${machine.os} (${machine.platform}/${machine.arch})`],
    [r('machine.node'), `${v.node} (V8 ${v.v8})`],
  ]
  if (v.electron) rows.push([r('machine.electron'), v.chrome ? r('machine.chrome', { electron: v.electron, chrome: v.chrome }) : v.electron])
  rows.push([r('machine.lab'), v.lab])
  if (machine.hostname && opts.includeHostname === true) rows.push([r('machine.hostname'), machine.hostname])
  if (machine.loadAverage && machine.loadAverage.length > 0) {
    rows.push([r('machine.loadAverage'), machine.loadAverage.map((x) => fmt.fixed(x, 2)).join(', ')])
  }
  // The machine's state, in the app's words (not `state.cores.value.physical`).
  if (machine.state) {
    for (const line of machineStateLines(machine.state, loc.t, { number: fmt.number, percent: (share) => `${fmt.number(Math.round(share * 1000) / 10)}%` })) rows.push([line.label, line.text])
  }
  if (machine.cpusAllowed) rows.push([r('machine.cpusAllowed'), r('machine.cpusAllowedValue', cpusAllowedParts(machine.cpusAllowed, loc.t))])
  if (machine.pythons) {
    const list = machine.pythons.map((p) => interpreterText(p, loc))
    rows.push([loc.t('python.panel.title'), list.length === 0 ? r('machine.pythonsNone') : list.join(loc.t('python.separator'))])
  }
  // Fields a newer lab added to the machine panel still show, by name.
  for (const [k, value] of extraLeaves(withMessagesShown(machine, loc.t) as Machine, KNOWN_MACHINE_KEYS)) rows.push([k, fmt.leaf(value)])
  return rows
}
