/**
 * The form's validation messages: zod's issue for a field, said with the field's label and its
 * allowed range in the window's language (src-shared/validation-messages.ts does the wording).
 */
import type { z } from 'zod'
import { type NumberBounds, issueText } from '../../src-shared/validation-messages'
import type { Translate } from '../../src-shared/workloads/define'
import { formatNumber } from '../format'
import { type DescribeIssue, formFields } from './draft'
import { makeLabeler } from './labels'

export function issueDescriber(workload: string, t: Translate, te: (key: string) => boolean): DescribeIssue {
  const labels = makeLabeler(t, te)
  const fields = formFields(workload)
  return (issue: z.core.$ZodIssue, key: string) => {
    const inWorkload = key.startsWith('workload.')
    const name = inWorkload ? key.slice('workload.'.length) : key
    const spec = (inWorkload ? fields.workload : fields.common).find((f) => f.key === name)
    const label = spec ? labels.field(inWorkload ? workload : 'common', name) : name
    const bounds: NumberBounds | undefined = spec?.field.kind === 'number' ? spec.field : undefined
    return issueText(issue, label, t, bounds, (n) => formatNumber(n))
  }
}
