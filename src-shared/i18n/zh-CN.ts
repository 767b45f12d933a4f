/**
 * 简体中文 messages: the same keys as en.ts (the `Messages` type makes a missing or extra key a
 * compile error), with the terms of docs/glossary.md. Each area lives in its own file.
 */
import en from './en'
import type { Messages } from './messages'
import cli from './zh-CN-cli'
import report from './zh-CN-report'

const zhCN: Messages = {
  // Until the app's texts are translated they are the English ones (the type still holds).
  ...en,
  cli,
  report,
}
export default zhCN
