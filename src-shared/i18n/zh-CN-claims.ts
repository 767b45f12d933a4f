/**
 * 教程论断的中文文本（issue 18）。键与 en-claims.ts 相同。
 */
import type { Messages } from './messages'
import claimsReport from './zh-CN-claims-report'

const zhCN: Messages['claims'] = {
  ...claimsReport,
  verdicts: {
    holds: '成立',
    'does-not-hold': '不成立',
    'holds-under-gil': '仅在 CPython 中、GIL 之下成立',
    depends: '视条件而定',
    inconclusive: '无法判定：噪声太大，请再运行一次',
    'cannot-run': '在这里无法判定',
  },
}

export default zhCN
