/** 简体中文 texts of the report area: the same keys as en-report.ts, terms from docs/glossary.md. */
import type { Messages } from './messages'

const zhCN: Messages['report'] = {
  language: '简体中文',
}
export default zhCN
