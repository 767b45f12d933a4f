/**
 * `conlab claims --list`: every claim of the catalogue, in its order, with its title, the
 * tutorial's words (original and English) and where they come from. Runs nothing.
 */
import { CLAIM_IDS } from '../../src-shared/claims/claim-ids'
import { printableLines } from '../../src-shared/printable'
import { claimHeadline } from '../engine/report/text/claims-words'
import { ENGLISH, type Wording } from '../engine/report/text/wording'

export function claimsListText({ t }: Wording = ENGLISH): string {
  const blocks = CLAIM_IDS.map((id) => {
    const head = claimHeadline(t, id)
    const lines = [`${id}  ${head.title === id ? '' : head.title}`.trimEnd()]
    if (head.original) lines.push(`    “${head.original}”`)
    if (head.translation) lines.push(`    “${head.translation}”`)
    if (head.source) lines.push(`    ${t('claims.cli.listSource', { source: head.source })}`)
    return lines.join('\n')
  })
  return printableLines(blocks.join('\n\n'))
}
