/**
 * Zod's issues in the user's words: "Repetitions: enter a whole number from 1 to 1,000" instead
 * of "Too big: expected int to be <=1000". Every front door (the renderer's forms, the CLI) turns
 * an issue into catalogue keys (src-shared/i18n `validation.*`) with the field's label and its
 * allowed range. Cross-field rules (`.refine`) carry a catalogue key and its values in the issue's
 * `params` (see `refinement`), so they translate too; their `message` stays the English text.
 */
import type { z } from 'zod'
import type { Translate } from './workloads/define'

/** What a refinement's issue carries for translation: `validation.custom.<key>` and its values. */
export interface RefinementParams {
  messageKey: string
  values: Record<string, string | number>
}

/** The `params` of a `.refine(...)` whose message has a catalogue key. */
export function refinement(messageKey: string, values: Record<string, string | number> = {}): { params: RefinementParams } {
  return { params: { messageKey, values } }
}

/** A number field's range, as src-shared/schema-fields.ts reads it off the schema. */
export interface NumberBounds {
  min: number | null
  max: number | null
  int: boolean
}

type Issue = z.core.$ZodIssue
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** The catalogue text of a refinement's issue, or null when it carries no key. */
export function refinementText(issue: Issue, t: Translate): string | null {
  if (issue.code !== 'custom' || !isRecord(issue.params)) return null
  const { messageKey, values } = issue.params
  if (typeof messageKey !== 'string') return null
  return t(`validation.custom.${messageKey}`, isRecord(values) ? (values as Record<string, string | number>) : {})
}

/** A bound that only says "a safe integer": not a limit a person set, so not worth quoting. */
const realBound = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER

/**
 * One issue as one sentence about the field named `field`. `bounds` (when the field is a number)
 * lets a too-small or too-big value be answered with the whole allowed range.
 */
export function issueText(issue: Issue, field: string, t: Translate, bounds?: NumberBounds, formatNumber: (n: number) => string = (n) => n.toLocaleString('en')): string {
  const range = (): string | null => {
    if (!bounds || !realBound(bounds.min)) return null
    if (!realBound(bounds.max)) return t(bounds.int ? 'validation.wholeAtLeast' : 'validation.atLeast', { field, min: formatNumber(bounds.min) })
    return t(bounds.int ? 'validation.wholeRange' : 'validation.range', { field, min: formatNumber(bounds.min), max: formatNumber(bounds.max) })
  }
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'array' || issue.origin === 'set') return t('validation.minItems', { field, min: formatNumber(min) })
      if (issue.origin === 'string') return t('validation.required', { field })
      return range() ?? t(issue.inclusive === false ? 'validation.above' : 'validation.atLeast', { field, min: formatNumber(min) })
    }
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'array' || issue.origin === 'set') return t('validation.maxItems', { field, max: formatNumber(max) })
      if (issue.origin === 'string') return t('validation.tooLong', { field, max: formatNumber(max) })
      if (!realBound(max)) return t('validation.tooLarge', { field })
      return range() ?? t(issue.inclusive === false ? 'validation.below' : 'validation.atMost', { field, max: formatNumber(max) })
    }
    case 'invalid_type':
      // `input` is there when the caller parsed with { reportInput: true } (the forms do).
      if (issue.input === '' || (issue.input === undefined && 'input' in issue)) return t('validation.required', { field })
      if (issue.expected === 'int') return range() ?? t('validation.whole', { field })
      if (issue.expected === 'number') return range() ?? t('validation.number', { field })
      return t('validation.invalid', { field })
    case 'invalid_value':
      return t('validation.choice', { field, options: issue.values.map(String).join(', ') })
    case 'not_multiple_of':
      return t('validation.multipleOf', { field, step: formatNumber(Number(issue.divisor)) })
    case 'custom':
      return refinementText(issue, t) ?? issue.message
    default:
      return t('validation.invalid', { field })
  }
}
