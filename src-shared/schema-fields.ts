/**
 * Reads the shared zod schemas (src-shared/workloads) to decide which input each setting gets (a
 * form field in the renderer, a flag on the command line), so
 * that a workload another helper adds shows up in the renderer with its own bounds and defaults,
 * and the form and the CLI can never disagree about what a field accepts.
 */
import type { z } from 'zod'
import { WorkloadOptionsSchema } from './workloads'

export type FieldKind =
  | { kind: 'number'; min: number | null; max: number | null; int: boolean }
  | { kind: 'enum'; options: string[] }
  | { kind: 'boolean' }
  | { kind: 'string' }
  | { kind: 'number-list' }
  | { kind: 'enum-list'; options: string[] }
  /** `'auto' | number[]`: the worker sweep. */
  | { kind: 'auto-or-numbers' }
  | { kind: 'unsupported' }

export interface FieldSpec {
  key: string
  field: FieldKind
  /** False when the schema gives no default and the field is not optional. */
  optional: boolean
  /** What the schema fills in when the field is left out (shown as the input's placeholder). */
  defaultValue: unknown
}

/** The structural view of zod 4 internals we rely on (`schema.def`), typed narrowly. */
interface Def {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  options?: z.ZodType[]
  element?: z.ZodType
  entries?: Record<string, string | number>
  values?: unknown[]
  shape?: Record<string, z.ZodType>
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def

/** Strips default/optional/nullable/pipe wrappers down to the schema that takes the input. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let current = schema
  let optional = false
  for (let i = 0; i < 20; i++) {
    const def = defOf(current)
    if ((def.type === 'default' || def.type === 'optional' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) {
      optional = true
      current = def.innerType
    } else if (def.type === 'pipe' && def.in) {
      current = def.in
    } else break
  }
  return { inner: current, optional }
}

function enumOptions(schema: z.ZodType): string[] | null {
  const def = defOf(schema)
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map(String)
  return null
}

function numberBounds(schema: z.ZodType): FieldKind {
  const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean }
  const finite = (v: number | null) => (v === null || !Number.isFinite(v) || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? null : v)
  return { kind: 'number', min: finite(n.minValue), max: finite(n.maxValue), int: Boolean(n.isInt) }
}

export function classify(schema: z.ZodType): FieldKind {
  const { inner } = unwrap(schema)
  const def = defOf(inner)
  switch (def.type) {
    case 'number':
      return numberBounds(inner)
    case 'enum':
      return { kind: 'enum', options: enumOptions(inner) ?? [] }
    case 'boolean':
      return { kind: 'boolean' }
    case 'string':
      return { kind: 'string' }
    case 'array': {
      const element = def.element ? unwrap(def.element).inner : null
      if (!element) return { kind: 'unsupported' }
      const options = enumOptions(element)
      if (options) return { kind: 'enum-list', options }
      return defOf(element).type === 'number' ? { kind: 'number-list' } : { kind: 'unsupported' }
    }
    case 'union': {
      const kinds = (def.options ?? []).map((o) => defOf(unwrap(o).inner))
      const hasAuto = kinds.some((k) => k.type === 'literal' && k.values?.includes('auto'))
      const hasList = (def.options ?? []).some((o) => classify(o).kind === 'number-list')
      return hasAuto && hasList ? { kind: 'auto-or-numbers' } : { kind: 'unsupported' }
    }
    default:
      return { kind: 'unsupported' }
  }
}

/** A field's default from its schema (zod applies `.default()` to `undefined`). */
export function schemaDefault(schema: z.ZodType): unknown {
  const parsed = schema.safeParse(undefined)
  return parsed.success ? parsed.data : undefined
}

/** The fields of an object schema, in declaration order, without the `workload` discriminator. */
export function fieldsOf(schema: z.ZodType, skip: readonly string[] = ['workload']): FieldSpec[] {
  const shape = defOf(unwrap(schema).inner).shape ?? {}
  return Object.entries(shape)
    .filter(([key]) => !skip.includes(key))
    .map(([key, value]) => ({ key, field: classify(value), optional: unwrap(value).optional, defaultValue: schemaDefault(value) }))
}

/** The option schemas of every workload, by name, whether the union has one member or many. */
export function workloadSchemas(): Map<string, z.ZodType> {
  const root = unwrap(WorkloadOptionsSchema as unknown as z.ZodType).inner
  const def = defOf(root)
  const members = def.type === 'union' && def.options ? def.options : [root]
  const out = new Map<string, z.ZodType>()
  for (const member of members) {
    const literal = defOf(unwrap(member).inner).shape?.workload
    const value = literal ? defOf(literal).values?.[0] : undefined
    if (typeof value === 'string') out.set(value, member)
  }
  return out
}
