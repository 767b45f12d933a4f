import { describe, expect, it } from 'vitest'
import { RunConfigSchema, WORKLOAD_NAMES } from '../../../src-shared/config'
import { defaultDraft, draftToInput, formFields, patchDraft, sanitizeDraft, validateDraft } from '../../../src-renderer/forms/draft'
import { presetsFor } from '../../../src-renderer/forms/presets'
import { classify, fieldsOf, workloadSchemas } from '../../../src-shared/schema-fields'

const RUNTIMES = ['main', 'thread', 'process']

describe('schema fields', () => {
  it('finds an option schema for every workload the config knows', () => {
    expect([...workloadSchemas().keys()].sort()).toEqual([...WORKLOAD_NAMES].sort())
  })

  it('reads bounds, enums and lists from the shared schemas', () => {
    const prime = fieldsOf(workloadSchemas().get('prime')!)
    expect(prime.find((f) => f.key === 'hi')?.field).toMatchObject({ kind: 'number', min: 2, int: true })
    expect(prime.find((f) => f.key === 'method')?.field).toEqual({ kind: 'enum', options: ['sieve', 'trial'] })
    const common = fieldsOf(RunConfigSchema)
    expect(common.find((f) => f.key === 'runtimes')?.field.kind).toBe('enum-list')
    expect(common.find((f) => f.key === 'workers')?.field.kind).toBe('auto-or-numbers')
  })

  it('gives every field of every workload an input (nothing unsupported)', () => {
    for (const [name, schema] of workloadSchemas()) {
      for (const spec of fieldsOf(schema)) expect(spec.field.kind, `${name}.${spec.key}`).not.toBe('unsupported')
    }
    expect(classify(RunConfigSchema.shape.repeat).kind).toBe('number')
  })
})

describe('drafts', () => {
  it('keeps the engine-planned claims and typed interpreter paths out of the form; ticked interpreters reach the config', () => {
    const keys = formFields('prime').common.map((f) => f.key)
    expect(keys).toContain('runtimes')
    for (const hidden of ['claims', 'python', 'pythons']) expect(keys).not.toContain(hidden)
    const draft = defaultDraft('prime', ['thread', 'py-thread'])
    expect(draftToInput(draft).pythons).toBeUndefined()
    draft.common.pythons = ['/usr/bin/python3.11', '/opt/py/3.13/bin/python3.13']
    const result = validateDraft(draft)
    expect(result.ok && result.config.pythons).toEqual(['/usr/bin/python3.11', '/opt/py/3.13/bin/python3.13'])
    // A reloaded draft keeps its ticks; a tampered one loses what is not a list of paths.
    expect(sanitizeDraft(JSON.parse(JSON.stringify(draft)), defaultDraft('prime', ['thread'])).common.pythons).toEqual(draft.common.pythons)
    expect(sanitizeDraft({ common: { pythons: [1, 2] } }, defaultDraft('prime', ['thread'])).common.pythons).toEqual([])
  })

  it('starts every workload from defaults the schema accepts', () => {
    for (const name of WORKLOAD_NAMES) {
      const result = validateDraft(defaultDraft(name, RUNTIMES))
      expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true)
    }
  })

  it('reports schema errors on the field that caused them', () => {
    const draft = patchDraft(defaultDraft('prime', RUNTIMES), { workload: { lo: 50, hi: 10 }, common: { repeat: 0 } })
    const result = validateDraft(draft)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(['repeat', 'workload.hi'])
    expect(result.errors['workload.hi']?.join(' ')).toMatch(/greater than lo/)
  })

  it('turns list text into numbers and rejects what is not one', () => {
    const draft = defaultDraft('prime', RUNTIMES)
    draft.common.workers = '4, 1,2'
    expect(draftToInput(draft).workers).toEqual([4, 1, 2])
    draft.common.workers = '1, two'
    const result = validateDraft(draft)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.workers).toBeDefined()
  })

  it('treats an emptied number box of a defaulted field as the default, like an omitted CLI flag', () => {
    const draft = defaultDraft('prime', RUNTIMES)
    draft.common.repeat = ''
    const result = validateDraft(draft)
    expect(result.ok && result.config.repeat).toBe(5)
  })

  it('keeps only well-typed stored values when restoring a draft', () => {
    const fallback = defaultDraft('prime', RUNTIMES)
    const restored = sanitizeDraft({ workload: { hi: 1000, method: 42, bogus: 1 }, common: { runtimes: ['thread', 3] } }, fallback)
    expect(restored.workload.hi).toBe(1000)
    expect(restored.workload.method).toBe('sieve')
    expect(restored.workload).not.toHaveProperty('bogus')
    expect(restored.common.runtimes).toEqual(RUNTIMES)
  })

  it('ships presets that validate for every workload', () => {
    for (const name of WORKLOAD_NAMES) {
      for (const preset of presetsFor(name)) {
        const draft = patchDraft(defaultDraft(name, RUNTIMES), { workload: preset.workload ?? {}, common: preset.common ?? {} })
        const result = validateDraft(draft)
        expect(result.ok, `${name}/${preset.id}: ${JSON.stringify(result)}`).toBe(true)
      }
    }
  })
})
