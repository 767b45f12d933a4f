/**
 * zod's own messages for the form's validation errors ("too small: expected >= 1"), per locale.
 * Its own module so that ./locale.ts (in the first chunk) does not pull zod into the first task:
 * ./locale.ts loads it with the catalogue, before the first paint.
 */
import { z } from 'zod'
import type { Locale } from '../../src-shared/i18n/locales'

const ZOD_LOCALES = { en: z.locales.en, 'zh-CN': z.locales.zhCN } as const satisfies Record<Locale, () => unknown>

/** The renderer bundle has its own zod, so this touches no other door. */
export function applyZodLocale(locale: Locale): void {
  z.config(ZOD_LOCALES[locale]())
}
