/**
 * The workload flags of `conlab run`, generated from the workload definitions: one flag per
 * option (its name from the definition or the key in kebab case, its parser from the schema's
 * type, its help from the catalogue, its default from the schema). Workloads that name the same
 * flag share it; each reads only its own options back, so a new workload needs no CLI code.
 */
import type { Command } from 'commander'
import { Option } from 'commander'
import { WORKLOAD_NAMES, type WorkloadName } from '../../src-shared/config'
import { type FieldKind, fieldsOf } from '../../src-shared/schema-fields'
import { WORKLOADS } from '../../src-shared/workloads'
import type { FlagSpec } from '../../src-shared/workloads/define'
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import { parseByteSize } from './byte-size'
import { UsageError, parseChoice, parseChoiceList, parseList, parseWholeNumber } from './parse-values'

/** One option of one workload, as the command line spells it. */
interface FlagUse {
  workload: WorkloadName
  key: string
  field: FieldKind
  defaultValue: unknown
  unit?: FlagSpec['unit']
}

interface Flag {
  /** Without dashes: `prime-hi`. */
  name: string
  /** Where commander stores it: `primeHi`. */
  attribute: string
  uses: FlagUse[]
}

const kebab = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

function collectFlags(): Flag[] {
  const flags = new Map<string, Flag>()
  for (const workload of WORKLOAD_NAMES) {
    const specs: Readonly<Record<string, FlagSpec | undefined>> = WORKLOADS[workload].flags
    for (const { key, field, defaultValue } of fieldsOf(WORKLOADS[workload].schema)) {
      const spec = specs[key] ?? {}
      if (spec.hidden) continue
      const name = spec.flag ?? kebab(key)
      const flag = flags.get(name) ?? { name, attribute: camel(name), uses: [] }
      flag.uses.push({ workload, key, field, defaultValue, ...(spec.unit ? { unit: spec.unit } : {}) })
      flags.set(name, flag)
    }
  }
  return [...flags.values()]
}

/** Every generated workload flag, in workload order. */
export const WORKLOAD_FLAGS: readonly Flag[] = collectFlags()

function listOf<T>(flag: string, one: (value: string) => T, w: Wording): (value: string) => T[] {
  return (value) => {
    const list = parseList(value, flag, w)
    if (list.length === 0) throw new UsageError(w.t('cli.usage.commaList', { flag }))
    return list.map(one)
  }
}

function parserFor(flag: string, use: FlagUse, w: Wording): ((value: string) => unknown) | null {
  const number = use.unit === 'bytes' ? parseByteSize(flag, w) : parseWholeNumber(flag, w)
  const { field } = use
  switch (field.kind) {
    case 'number':
      return number
    case 'number-list':
      return listOf(flag, number, w)
    case 'enum':
      return parseChoice(flag, field.options, w)
    case 'enum-list':
      return parseChoiceList(flag, field.options, w)
    case 'string':
      return (value) => value
    case 'boolean':
    case 'auto-or-numbers':
    case 'unsupported':
      return null
    default: {
      const never: never = field
      return never
    }
  }
}

function shown(value: unknown, unit: FlagSpec['unit']): string {
  if (Array.isArray(value)) return value.map((v) => shown(v, unit)).join(',')
  if (unit === 'bytes' && typeof value === 'number' && value >= 1024 && value % 1024 === 0) return value % 1024 ** 2 === 0 ? `${value / 1024 ** 2}m` : `${value / 1024}k`
  return String(value)
}

/** The flag's help from the form's label and help texts (`fields.<workload>.<key>` in the catalogue). */
function describe(flag: Flag, { t }: Wording): string {
  const first = flag.uses[0]!
  // The chosen language's catalogue falls back to English (wording.ts), then to the shared `any` texts.
  const text = (use: FlagUse, part: 'label' | 'help') => {
    const key = `fields.${use.workload}.${use.key}.${part}`
    const own = t(key)
    if (own !== key) return own
    const any = t(`fields.any.${use.key}.${part}`)
    return any === `fields.any.${use.key}.${part}` ? '' : any
  }
  const label = text(first, 'label') || first.key
  const help = text(first, 'help')
  return t('cli.run.flag', {
    workloads: flag.uses.map((u) => u.workload).join(', '),
    label: label.toLowerCase(),
    help: help ? t('cli.run.flagHelp', { help }) : '',
    fallback: first.defaultValue === undefined ? '' : t('cli.run.flagDefault', { value: shown(first.defaultValue, first.unit) }),
  })
}

/** A boolean whose default is true is offered as `--no-<flag>`, the only value worth typing. */
const negated = (flag: Flag) => flag.uses[0]!.field.kind === 'boolean' && flag.uses[0]!.defaultValue === true

export function addWorkloadFlags(command: Command, w: Wording = ENGLISH): Command {
  for (const flag of WORKLOAD_FLAGS) {
    const use = flag.uses[0]!
    const parser = parserFor(`--${flag.name}`, use, w)
    const option = negated(flag)
      ? new Option(`--no-${flag.name}`, describe(flag, w))
      : new Option(parser ? `--${flag.name} <value>` : `--${flag.name}`, describe(flag, w))
    if (parser) option.argParser(parser)
    command.addOption(option)
  }
  return command
}

export type WorkloadFlags = Readonly<Record<string, unknown>>

/** Only the options of this workload the user set, so that schema defaults apply to the rest. */
export function workloadOptionsFromFlags(workload: WorkloadName, flags: WorkloadFlags): Record<string, unknown> {
  const picked: Record<string, unknown> = { workload }
  for (const flag of WORKLOAD_FLAGS) {
    const use = flag.uses.find((u) => u.workload === workload)
    const value = flags[flag.attribute]
    if (!use || value === undefined) continue
    // commander defaults a `--no-x` flag to true: only the typed `false` is the user's choice.
    if (negated(flag) && value !== false) continue
    picked[use.key] = value
  }
  return picked
}

/** The flag that sets `workload.<key>` of this workload, for error messages. */
export function flagForOption(workload: WorkloadName, key: string): string | undefined {
  const flag = WORKLOAD_FLAGS.find((f) => f.uses.some((u) => u.workload === workload && u.key === key))
  return flag ? `--${flag.name}` : undefined
}
