/**
 * Catalogue look-ups outside Vue (engine, CLI, exports): a dotted key into the messages with
 * `{name}` placeholders filled in, the one message syntax the catalogue uses besides what
 * vue-i18n itself reads. A missing key comes back as the key, never as an empty string, so a gap
 * is visible (and the catalogue's types make most gaps compile errors first).
 */
import type { Translate } from '../workloads/define'
import en from './en'
import type { Locale } from './locales'
import zhCN from './zh-CN'

type Tree = { readonly [key: string]: string | Tree }

function lookUp(messages: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = messages
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

export function translator(messages: Tree): Translate {
  return (key, params = {}) => {
    const message = lookUp(messages, key)
    if (message === undefined) return key
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
  }
}

export const CATALOGUES = { en, 'zh-CN': zhCN } as const satisfies Record<Locale, Tree>

/** English: the engine's own texts (errors, warnings stored in reports) and the fall-back. */
export const translateEn: Translate = translator(en)

export function translatorFor(locale: Locale): Translate {
  return locale === 'en' ? translateEn : translator(CATALOGUES[locale])
}
