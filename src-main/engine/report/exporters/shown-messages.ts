/**
 * Report data with its coded messages shown in the export's language. The engine stores a text
 * beside its coded form (`reason` + `reasonMessage`, `unknown` + `unknownMessage`); the exporters'
 * generic tables flatten whatever a run or the machine carries, so without this a Chinese export
 * would show the English text and the code's raw parameters as extra columns.
 */
import { isMessage, messageText } from '../../../../src-shared/engine-message'
import type { Translate } from '../../../../src-shared/workloads/define'

const SUFFIX = 'Message'
/** Deeper than any report field; a bound, so a crafted file cannot recurse without end. */
const MAX_DEPTH = 12

export function withMessagesShown(value: unknown, t: Translate, depth = 0): unknown {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((item) => withMessagesShown(item, t, depth + 1))
  const fields = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(fields)) {
    // `reasonMessage` beside a `reason` text: shown through that text, not as columns of its own.
    if (key.endsWith(SUFFIX) && typeof fields[key.slice(0, -SUFFIX.length)] === 'string' && isMessage(child)) continue
    const coded = fields[`${key}${SUFFIX}`]
    out[key] = typeof child === 'string' && isMessage(coded) ? messageText(t, coded) : withMessagesShown(child, t, depth + 1)
  }
  return out
}
