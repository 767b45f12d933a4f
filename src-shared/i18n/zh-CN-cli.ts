/**
 * 简体中文 texts of the cli area: the same keys as en-cli.ts, terms from docs/glossary.md.
 * Each part lives in its own zh-CN-cli-<part>.ts file, spread here.
 */
import type { Messages } from './messages'
import usage from './zh-CN-cli-usage'
import commands from './zh-CN-cli-commands'
import tables from './zh-CN-cli-tables'
import micro from './zh-CN-cli-micro'
import warnings from './zh-CN-cli-warnings'

const zhCN: Messages['cli'] = {
  language: '简体中文',
  ...usage,
  ...commands,
  ...tables,
  ...micro,
  ...warnings,
}
export default zhCN
