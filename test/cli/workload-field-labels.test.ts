/**
 * Every option of every workload has a label (and every choice of an enum option a name) in both
 * catalogues, so the run form and `conlab run --help` never fall back to the option's key
 * ("shared-vs-messages: updaters"). A new workload is checked here with no change to this test.
 */
import { describe, expect, it } from 'vitest'
import { translatorFor } from '../../src-shared/i18n/translate'
import { LOCALES } from '../../src-shared/i18n/locales'
import { fieldsOf } from '../../src-shared/schema-fields'
import { WORKLOADS, WORKLOAD_NAMES } from '../../src-shared/workloads'
import { createProgram } from '../../src-main/cli/program'
import { wordingFor } from '../../src-main/engine/report/text/wording'

/** The catalogue text of the first key it has, as the form's labeler and the CLI look them up. */
const found = (t: (key: string) => string, keys: string[]) => keys.map((key) => [key, t(key)] as const).find(([key, text]) => text !== key)?.[1]

describe('workload option labels', () => {
  for (const locale of LOCALES) {
    it(`exist in ${locale} for every option and choice`, () => {
      const t = translatorFor(locale)
      const missing: string[] = []
      for (const workload of WORKLOAD_NAMES) {
        for (const { key, field } of fieldsOf(WORKLOADS[workload].schema)) {
          if (key === 'workload') continue
          if (!found(t, [`fields.${workload}.${key}.label`, `fields.any.${key}.label`])) missing.push(`fields.${workload}.${key}.label`)
          if (field.kind !== 'enum' && field.kind !== 'enum-list') continue
          for (const option of field.options) {
            if (!found(t, [`options.${workload}.${key}.${option}`, `options.any.${key}.${option}`, `runtimes.${option}`])) missing.push(`options.${workload}.${key}.${option}`)
          }
        }
      }
      expect(missing).toEqual([])
    })
  }

  it('make the run help describe the shared-state options, in English and in Chinese', () => {
    for (const locale of LOCALES) {
      const t = translatorFor(locale)
      const run = createProgram(async () => undefined, () => undefined, () => undefined, wordingFor(locale)).commands.find((c) => c.name() === 'run')!
      const help = run.helpInformation()
      // Without a label the line is the bare key and its default: "shared-vs-messages: updaters (default 2)".
      expect(help).not.toMatch(/: (updaters|updates|ways|parts|acquiresPerThread|sectionSpins|waiters|items|capacities|barrierPhases|phaseSpins|waitTimeoutMs)\s+\(/)
      expect(help).toContain(t('fields.shared-vs-messages.updaters.label').toLowerCase())
      expect(help).toContain(t('fields.primitives.barrierPhases.label').toLowerCase())
    }
  })
})
