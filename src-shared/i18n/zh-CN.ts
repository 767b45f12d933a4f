/**
 * 简体中文 messages: the same keys as en.ts (the `Messages` type makes a missing or extra key a
 * compile error), with the terms of docs/glossary.md. Until each area is translated it reuses the
 * English text of that area, so the type holds while the translation lands area by area.
 */
import en from './en'
import type { Messages } from './messages'

const zhCN: Messages = en
export default zhCN
