/**
 * A form's draft: what the user typed, kept as typed (an empty number box stays empty instead of
 * snapping back to a default), converted to a `RunConfigInput` and judged by `RunConfigSchema`,
 * the schema the CLI and the engine use. Zod's issues come back keyed by field path.
 */
import type { z } from 'zod'
import { RunConfigSchema, type RunConfig, type RunConfigInput } from '../../src-shared/config'
import { assertNever } from '../../src-shared/protocol'
import { type FieldKind, type FieldSpec, fieldsOf, workloadSchemas } from '../../src-shared/schema-fields'

export type DraftValue = number | string | boolean | string[]
export interface Draft {
  workload: Record<string, DraftValue>
  common: Record<string, DraftValue>
}

export interface FormFields {
  workload: FieldSpec[]
  common: FieldSpec[]
}

/**
 * Run settings the form does not show as fields: the claims a run serves are planned by the
 * engine (the Claims screen), and the interpreters are ticked in a list of those the lab found
 * (`pythons`, kept in the draft as a list of executables) rather than typed as paths.
 */
const NOT_FIELDS = ['workload', 'claims', 'python', 'pythons']

export function formFields(workloadName: string): FormFields {
  const schema = workloadSchemas().get(workloadName)
  return { workload: schema ? fieldsOf(schema) : [], common: fieldsOf(RunConfigSchema as unknown as z.ZodType, NOT_FIELDS) }
}

const listText = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : '')

/**
 * An optional choice with no default (e.g. `startMethod`): left out, the engine uses what the
 * runtime itself would (the interpreter's own start method), as the CLI does without the flag.
 * Its select offers an empty choice for that, picked by default; preselecting the first option
 * made the web run measure something else than the CLI run.
 */
export function hasUnsetChoice(spec: Pick<FieldSpec, 'field' | 'optional' | 'defaultValue'>): boolean {
  return spec.field.kind === 'enum' && spec.optional && spec.defaultValue === undefined
}

/**
 * Turns a value in the config's own shape into what its input shows. `unset`: the field may be
 * left out with no default (`hasUnsetChoice`), so a missing value stays empty.
 */
export function toDraftValue(field: FieldKind, value: unknown, unset = false): DraftValue {
  switch (field.kind) {
    case 'number':
      return typeof value === 'number' ? value : ''
    case 'enum':
      return typeof value === 'string' ? value : unset ? '' : (field.options[0] ?? '')
    case 'boolean':
      return value === true
    case 'string':
      return typeof value === 'string' ? value : ''
    case 'number-list':
      return listText(value)
    case 'enum-list':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
    case 'auto-or-numbers':
      return value === 'auto' || value === undefined ? 'auto' : listText(value)
    case 'unsupported':
      return value === undefined ? '' : JSON.stringify(value)
    default:
      return assertNever(field, 'field kind')
  }
}

function parseList(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter((token) => token.length > 0)
    .map(Number)
}

/**
 * The inverse of `toDraftValue`; malformed text is passed on for the schema to reject by name. An
 * emptied box of a field with a default means "use the default", as leaving out a CLI flag does.
 */
export function fromDraftValue(spec: FieldSpec, value: DraftValue | undefined): unknown {
  const { field } = spec
  if (value === undefined) return undefined
  if (value === '' && spec.optional) return undefined
  switch (field.kind) {
    case 'number':
      return typeof value === 'number' ? value : value === '' ? '' : Number(value)
    case 'number-list':
      return typeof value === 'string' ? parseList(value) : value
    case 'auto-or-numbers':
      return value === 'auto' ? 'auto' : typeof value === 'string' ? parseList(value) : value
    case 'unsupported':
      if (typeof value !== 'string') return value
      try {
        return JSON.parse(value)
      } catch {
        return value
      }
    // These inputs already hold the config's own shape: a number, a choice, a flag, text, a set.
    case 'enum':
    case 'boolean':
    case 'string':
    case 'enum-list':
      return value
    default:
      return assertNever(field, 'field kind')
  }
}

/** The draft a workload starts with: every schema default, plus the runtimes on offer. */
export function defaultDraft(workloadName: string, runtimes: readonly string[]): Draft {
  const fields = formFields(workloadName)
  const draft: Draft = { workload: { workload: workloadName }, common: {} }
  for (const spec of fields.workload) draft.workload[spec.key] = toDraftValue(spec.field, spec.defaultValue, hasUnsetChoice(spec))
  for (const spec of fields.common) draft.common[spec.key] = toDraftValue(spec.field, spec.defaultValue, hasUnsetChoice(spec))
  if ('runtimes' in draft.common) draft.common.runtimes = [...runtimes]
  draft.common.pythons = []
  return draft
}

/** Applies values given in the config's own shape (a preset) over a draft; unknown keys are ignored. */
export function patchDraft(draft: Draft, patch: { workload?: Record<string, unknown>; common?: Record<string, unknown> }): Draft {
  const fields = formFields(String(draft.workload.workload))
  const next: Draft = { workload: { ...draft.workload }, common: { ...draft.common } }
  for (const spec of fields.workload) if (patch.workload && spec.key in patch.workload) next.workload[spec.key] = toDraftValue(spec.field, patch.workload[spec.key], hasUnsetChoice(spec))
  for (const spec of fields.common) if (patch.common && spec.key in patch.common) next.common[spec.key] = toDraftValue(spec.field, patch.common[spec.key], hasUnsetChoice(spec))
  return next
}

export function draftToInput(draft: Draft): RunConfigInput {
  const fields = formFields(String(draft.workload.workload))
  const workload: Record<string, unknown> = { workload: draft.workload.workload }
  for (const spec of fields.workload) {
    const value = fromDraftValue(spec, draft.workload[spec.key])
    if (value !== undefined) workload[spec.key] = value
  }
  const input: Record<string, unknown> = { workload }
  for (const spec of fields.common) {
    const value = fromDraftValue(spec, draft.common[spec.key])
    if (value !== undefined) input[spec.key] = value
  }
  const pythons = draft.common.pythons
  if (Array.isArray(pythons) && pythons.length > 0) input.pythons = pythons
  // The schema decides; this cast only names the shape we built for it.
  return input as unknown as RunConfigInput
}

export type Validation = { ok: true; config: RunConfig; input: RunConfigInput } | { ok: false; errors: Record<string, string[]> }

/** Says one zod issue in words; `key` is the field's path (`workload.hi`, `repeat`). */
export type DescribeIssue = (issue: z.core.$ZodIssue, key: string) => string

/**
 * Issue paths become `workload.hi`, `repeat`...; an issue with one item of a list is shown on the
 * list. `describe` turns each issue into the user's words (forms/issue-text.ts); zod's own
 * message without it.
 */
export function validateDraft(draft: Draft, describe: DescribeIssue = (issue) => issue.message): Validation {
  const input = draftToInput(draft)
  // reportInput: an emptied box ("") is told apart from a mistyped number.
  const parsed = RunConfigSchema.safeParse(input, { reportInput: true })
  if (parsed.success) return { ok: true, config: parsed.data, input }
  const errors: Record<string, string[]> = {}
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((part): part is string => typeof part === 'string')
    const key = path.length > 0 ? path.join('.') : '(root)'
    ;(errors[key] ??= []).push(describe(issue, key))
  }
  return { ok: false, errors }
}

/** Draft values survive a reload through JSON; this keeps only values of the right type. */
export function sanitizeDraft(value: unknown, fallback: Draft): Draft {
  if (!value || typeof value !== 'object') return fallback
  const raw = value as { workload?: Record<string, unknown>; common?: Record<string, unknown> }
  const keep = (source: Record<string, unknown> | undefined, base: Record<string, DraftValue>) => {
    const out = { ...base }
    for (const key of Object.keys(base)) {
      const v = source?.[key]
      const sameType = Array.isArray(base[key]) ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === 'string' || typeof v === typeof base[key]
      if (v !== undefined && sameType && (typeof v !== 'number' || Number.isFinite(v))) out[key] = v as DraftValue
    }
    return out
  }
  return { workload: { ...keep(raw.workload, fallback.workload), workload: fallback.workload.workload ?? '' }, common: keep(raw.common, fallback.common) }
}
