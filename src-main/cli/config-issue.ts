/**
 * A run configuration's first problem as one line in the CLI's language, naming the flag behind
 * it: the forms' wording (src-shared/validation-messages.ts, `validation.*`), so "--repeat 0" reads
 * "--repeat must be at least 1." or "--repeat 不能小于 1。", never zod's "expected number >=1".
 */
import type { z } from 'zod'
import { MAX_WORKERS } from '../../src-shared/config'
import { issueText, refinementText } from '../../src-shared/validation-messages'
import type { Wording } from '../engine/report/text/wording'

/** The issue codes the catalogue words itself; others keep zod's text in the CLI's language. */
const WORDED: ReadonlySet<string> = new Set(['too_small', 'too_big', 'invalid_type', 'invalid_value', 'not_multiple_of'])
/** Longest `--workers` list, as WorkerCountsSchema (src-shared/config.ts) bounds it. */
const MAX_WORKER_LIST = 32

export function configIssueText(issue: z.core.$ZodIssue, flag: string, w: Wording): string {
  const { t, locale } = w
  // A cross-field rule carries a catalogue key: its text in the CLI's language.
  const rule = refinementText(issue, t)
  if (rule !== null) return t('cli.usage.setting', { flag, message: rule })
  // The union "auto" or a list has one message of its own (an English literal in the schema).
  if (issue.code === 'invalid_union' && issue.path.length === 1 && issue.path[0] === 'workers') {
    return t('cli.usage.setting', { flag, message: t('cli.usage.workersRange', { most: MAX_WORKER_LIST, max: MAX_WORKERS }) })
  }
  if (!WORDED.has(issue.code)) return t('cli.usage.setting', { flag, message: issue.message })
  const text = issueText(issue, flag, t, undefined, (n) => n.toLocaleString(locale))
  // The catalogue writes a Chinese field name right against the text; a flag is Latin: a space between.
  return text.replace(/^(--[\w-]+)(?=[\u3400-\u9fff])/u, '$1 ')
}
