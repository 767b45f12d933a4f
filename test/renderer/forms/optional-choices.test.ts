/**
 * Optional choices without a default (startMethod: the interpreter's own) start empty, so a web
 * run measures what the CLI run measures without the flag; and every common setting, with its
 * options, is named in both catalogues (no derived English label in a Chinese form).
 */
import { describe, expect, it } from 'vitest'
import { RunConfigSchema, WORKLOAD_NAMES } from '../../../src-shared/config'
import { SERIALIZATIONS } from '../../../src-shared/report'
import { CATALOGUES, translator } from '../../../src-shared/i18n/translate'
import { LOCALES } from '../../../src-shared/i18n/locales'
import { defaultDraft, draftToInput, formFields, hasUnsetChoice, patchDraft, validateDraft } from '../../../src-renderer/forms/draft'
import { makeLabeler } from '../../../src-renderer/forms/labels'

const RUNTIMES = ['thread', 'process', 'py-process']

describe('an optional choice without a default', () => {
  it('startMethod starts as the empty choice, and the config leaves it out (the interpreter’s default)', () => {
    const draft = defaultDraft('prime', RUNTIMES)
    expect(draft.common.startMethod).toBe('')
    expect('startMethod' in draftToInput(draft)).toBe(false)
    const result = validateDraft(draft)
    expect(result.ok && result.config.startMethod).toBeUndefined()
    const chosen = patchDraft(draft, { common: { startMethod: 'fork' } })
    expect(draftToInput(chosen).startMethod).toBe('fork')
    expect(patchDraft(chosen, { common: { startMethod: undefined } }).common.startMethod).toBe('')
  })

  it('every such field of every workload starts empty; a choice with a default starts on it', () => {
    const unset: string[] = []
    for (const name of WORKLOAD_NAMES) {
      const fields = formFields(name)
      const draft = defaultDraft(name, RUNTIMES)
      const input = draftToInput(draft) as unknown as { workload: Record<string, unknown> } & Record<string, unknown>
      for (const [group, specs, values, given] of [['workload', fields.workload, draft.workload, input.workload], ['common', fields.common, draft.common, input]] as const) {
        for (const spec of specs) {
          if (spec.field.kind !== 'enum') continue
          if (hasUnsetChoice(spec)) {
            unset.push(`${group}.${spec.key}`)
            expect(values[spec.key], `${name} ${spec.key}`).toBe('')
            expect(spec.key in given, `${name} ${spec.key}`).toBe(false)
          } else expect(values[spec.key], `${name} ${spec.key}`).toBe(spec.defaultValue ?? spec.field.options[0])
        }
      }
    }
    expect(unset).toContain('common.startMethod')
  })
})

describe('the common settings in every language', () => {
  const common = formFields('prime').common
  for (const locale of LOCALES) {
    it(`names every common setting and its options in ${locale}`, () => {
      const t = translator(CATALOGUES[locale])
      const te = (key: string) => t(key) !== key
      const labels = makeLabeler(t, te)
      for (const spec of common) {
        expect(te(`fields.common.${spec.key}.label`), `${locale} fields.common.${spec.key}`).toBe(true)
        if (spec.field.kind === 'enum' && spec.key !== 'startMethod') {
          for (const option of spec.field.options) expect(te(`options.common.${spec.key}.${option}`), `${locale} ${spec.key}=${option}`).toBe(true)
        }
        if (hasUnsetChoice(spec)) expect(labels.unset('common', spec.key)).not.toBe('')
      }
    })
  }

  it('says the interleaved order and the start method in Chinese', () => {
    const t = translator(CATALOGUES['zh-CN'])
    const labels = makeLabeler(t, (key) => t(key) !== key)
    expect(labels.field('common', 'order')).toBe('顺序')
    expect(labels.option('common', 'order', 'interleaved')).toBe('交错')
    expect(labels.field('common', 'startMethod')).toBe('启动方式')
    expect(labels.unset('common', 'startMethod')).toBe('解释器的默认方式')
    expect(labels.field('common', 'seed')).toBe('随机种子')
  })
})

// The schema is what the CLI reads: startMethod is optional there with no default.
it('startMethod has no default in the run schema', () => {
  expect(RunConfigSchema.shape.startMethod.safeParse(undefined)).toEqual({ success: true, data: undefined })
})

describe('a run’s recorded serialization', () => {
  it('is named in both languages (the settings table showed none, structured-clone)', () => {
    for (const locale of LOCALES) {
      const t = translator(CATALOGUES[locale])
      const labels = makeLabeler(t, (key) => t(key) !== key)
      for (const value of SERIALIZATIONS.filter((v) => !v.includes(' '))) expect(labels.serialization(value), `${locale} ${value}`).not.toBe(value === 'json' ? 'json' : value)
    }
    const zh = translator(CATALOGUES['zh-CN'])
    expect(makeLabeler(zh, (key) => zh(key) !== key).serialization('structured-clone')).toBe('结构化克隆')
  })
})
