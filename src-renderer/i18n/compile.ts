/**
 * The message compiler vue-i18n is given: the catalogue's one syntax, `{name}` placeholders
 * (test/shared/i18n-catalogues.test.ts keeps it so; the CLI's translator reads the same), turned
 * into a function once per text. vue-i18n's own compiler parses a full message language (plurals,
 * linked messages, modifiers) for every text a screen shows; on opening a screen that was a good
 * part of a long task (issue 13: no task over 50 ms), and the build drops it
 * (`__INTLIFY_DROP_MESSAGE_COMPILER__`, electron.vite.config.ts).
 */
import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n'
import { assertNever } from '../../src-shared/protocol'

const PLACEHOLDER = /\{(\w+)\}/

const cache = new Map<string, MessageFunction<string>>()

/** What vue-i18n shows for a parameter (its `toDisplayString`): nothing for a missing one, JSON for a list or plain object. */
function display(value: unknown): string {
  if (value === null || value === undefined) return ''
  const plain = typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)
  return plain ? JSON.stringify(value, null, 2) : String(value)
}

function compileText(text: string): MessageFunction<string> {
  // Odd indices are placeholder names: 'a {x} b' -> ['a ', 'x', ' b'].
  const parts = text.split(PLACEHOLDER)
  if (parts.length === 1) return () => text
  return (ctx: MessageContext<string>) =>
    parts.map((part, index) => (index % 2 === 0 ? part : display(/^\d+$/.test(part) ? ctx.list(Number(part)) : ctx.named(part)))).join('')
}

export const compilePlaceholders: MessageCompiler<string> = (message) => {
  // vue-i18n also accepts messages precompiled by a bundler plugin; the catalogues hold plain texts.
  if (typeof message !== 'string') return assertNever(message as never, 'precompiled message')
  let compiled = cache.get(message)
  if (!compiled) {
    compiled = compileText(message)
    cache.set(message, compiled)
  }
  return compiled
}
