/**
 * 简体中文 messages: the same keys as en.ts (the `Messages` type makes a missing or extra key a
 * compile error), with the terms of docs/glossary.md. Each area lives in its own file.
 * Full-width punctuation in prose, ASCII in numbers and units; API names stay in English.
 */
import type { Messages } from './messages'
import charts from './zh-CN-charts'
import forms from './zh-CN-forms'
import cli from './zh-CN-cli'
import race from './zh-CN-race'
import hazards, { hazardFields, hazardOptions } from './zh-CN-hazards'
import crash, { crashFields, crashOptions } from './zh-CN-crash'
import starvation, { starvationFields } from './zh-CN-starvation'
import priority, { priorityFields, priorityOptions } from './zh-CN-priority'
import lockReentry, { lockReentryFields } from './zh-CN-lock-reentry'
import report from './zh-CN-report'
import sharedVsMessages from './zh-CN-shared-vs-messages'
import locks from './zh-CN-locks'
import engine from './zh-CN-engine'
import globalLock from './zh-CN-global-lock'
import python from './zh-CN-python'
import claims from './zh-CN-claims'
import claimsScreen from './zh-CN-claims-screen'
import primitives from './zh-CN-primitives'
import poolReuse, { poolReuseFields, poolReuseOptions } from './zh-CN-pool-reuse'
import daemon, { daemonFields, daemonOptions } from './zh-CN-daemon'
import app from './zh-CN-app'
import workloads from './zh-CN-workloads'
import runForm from './zh-CN-run-form'
import runs from './zh-CN-runs'
import machine from './zh-CN-machine'
import history from './zh-CN-history'
import compare from './zh-CN-compare'
import { formTexts } from './form-texts'

const zhCN: Messages = {
  ...app,
  workloads,
  ...runForm,
  ...forms,
  ...race,
  ...poolReuse,
  ...hazards,
  ...crash,
  ...starvation,
  ...priority,
  ...lockReentry,
  ...daemon,
  ...formTexts({
    forms,
    hazards: { fields: hazardFields, options: hazardOptions },
    locks,
    primitives,
    sharedVsMessages,
    crash: { fields: crashFields, options: crashOptions },
    starvation: { fields: starvationFields },
    priority: { fields: priorityFields, options: priorityOptions },
    poolReuse: { fields: poolReuseFields, options: poolReuseOptions },
    lockReentry: { fields: lockReentryFields },
    daemon: { fields: daemonFields, options: daemonOptions },
  }),
  ...runs,
  ...machine,
  ...history,
  ...compare,
  charts,
  sharedVsMessages,
  cli,
  report,
  locks,
  engine,
  primitives,
  globalLock,
  python,
  claims,
  claimsScreen,
}
export default zhCN
