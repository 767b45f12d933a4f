/**
 * The run form's Cores field (issue 14, core control): disabled with the engine's reason, in the
 * reader's language, where the lab cannot limit a run's cores here, and then never sent; where it
 * can, bounded to the cores the engine's process may use. The rules WorkloadForm.vue shows, run on
 * the form's own draft and validation.
 */
import { describe, expect, it } from 'vitest'
import { CPUS_NOT_APPLIED } from '../../../src-shared/report'
import { translatorFor } from '../../../src-shared/i18n/translate'
import { defaultDraft, validateDraft } from '../../../src-renderer/forms/draft'
import { coresError, effectiveDraft, ignoredFields } from '../../../src-renderer/forms/run-form-judgement'

const en = translatorFor('en')
const zh = translatorFor('zh-CN')
const OFFERED = ['main', 'main-async', 'thread', 'process']

function draftWithCores(cores: number) {
  const draft = defaultDraft('sleep', OFFERED)
  return { ...draft, common: { ...draft.common, cores } }
}

describe('the Cores field', () => {
  it('is disabled with the reason, in English and Chinese, for every reason the engine gives', () => {
    for (const reason of CPUS_NOT_APPLIED) {
      const control = { available: false as const, reason, maxCores: 2 }
      const enReason = ignoredFields(draftWithCores(1), OFFERED, control, en).cores
      const zhReason = ignoredFields(draftWithCores(1), OFFERED, control, zh).cores
      expect(enReason).toBe(en(`form.coresUnavailable.${reason}`))
      expect(zhReason).toBe(zh(`form.coresUnavailable.${reason}`))
      expect(zhReason).not.toBe(enReason)
      expect(zhReason).not.toContain('form.')
    }
  })

  it('when disabled, is not sent even if a saved draft holds a value', () => {
    const ignored = ignoredFields(draftWithCores(1), OFFERED, { available: false, reason: 'macos-no-affinity', maxCores: 8 }, en)
    const judged = validateDraft(effectiveDraft(draftWithCores(1), ignored))
    expect(judged.ok && judged.config.cores).toBe(undefined)
  })

  it('when available, is enabled, sent, and bounded to the cores the engine may use', () => {
    const control = { available: true as const, maxCores: 2 }
    expect(ignoredFields(draftWithCores(1), OFFERED, control, en).cores).toBeUndefined()
    for (const [cores, refused] of [[1, false], [2, false], [3, true]] as const) {
      const judged = validateDraft(effectiveDraft(draftWithCores(cores), ignoredFields(draftWithCores(cores), OFFERED, control, en)))
      if (!judged.ok) throw new Error(`cores ${cores}: ${JSON.stringify(judged.errors)}`)
      expect(judged.config.cores).toBe(cores)
      expect(coresError(control, judged.config.cores, zh)).toBe(refused ? zh('form.coresTooMany', { max: 2 }) : null)
    }
    // Before the engine said anything (no machine yet), only the schema bounds it.
    expect(coresError(undefined, 64, en)).toBeNull()
  })

  it('keeps judging the other settings: a runtime the front door lacks stays disabled and unsent', () => {
    const draft = defaultDraft('sleep', ['main', 'thread', 'process', 'utility'])
    const ignored = ignoredFields(draft, ['main', 'thread', 'process'], undefined, en)
    expect(ignored['runtimes.utility']).toBe(en('form.notApplicable.desktop-only'))
    const judged = validateDraft(effectiveDraft(draft, ignored))
    expect(judged.ok && judged.config.runtimes).not.toContain('utility')
  })
})
