/** 简体中文 texts of the cli area: the same keys as en-cli.ts, terms from docs/glossary.md. */
import type { Messages } from './messages'

const zhCN: Messages['cli'] = {
  language: '简体中文',
}
export default zhCN
