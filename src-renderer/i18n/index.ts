/** vue-i18n in Composition API mode; English only for now, the keys are the place to add more. */
import { createI18n } from 'vue-i18n'
import en from '../../src-shared/i18n/en'

export type MessageSchema = typeof en

export const i18n = createI18n<[MessageSchema], 'en', false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en },
  // A missing key falls back to a name derived from the schema (forms/labels.ts); no console noise.
  missingWarn: false,
  fallbackWarn: false,
})
