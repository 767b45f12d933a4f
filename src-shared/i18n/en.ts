/**
 * English messages, read by the renderer (vue-i18n) and by the engine and CLI (translate.ts).
 * Keys mirror the schema's names (workloads, runtimes, option keys). Each area lives in its own
 * en-<area>.ts file, spread or nested here; each workload's texts are typed against the workload
 * list (en-workloads.ts), so a new workload without its title, introduction and one-line
 * description is a compile error.
 * vue-i18n reserves braces, at, pipe and dollar signs: only placeholders use them.
 */
import charts from './en-charts'
import forms from './en-forms'
import cli from './en-cli'
import race from './en-race'
import hazards, { hazardFields, hazardOptions } from './en-hazards'
import crash, { crashFields, crashOptions } from './en-crash'
import starvation, { starvationFields } from './en-starvation'
import priority, { priorityFields, priorityOptions } from './en-priority'
import lockReentry, { lockReentryFields } from './en-lock-reentry'
import report from './en-report'
import sharedVsMessages from './en-shared-vs-messages'
import locks from './en-locks'
import engine from './en-engine'
import globalLock from './en-global-lock'
import python from './en-python'
import claims from './en-claims'
import claimsScreen from './en-claims-screen'
import primitives from './en-primitives'
import poolReuse, { poolReuseFields, poolReuseOptions } from './en-pool-reuse'
import daemon, { daemonFields, daemonOptions } from './en-daemon'
import app from './en-app'
import workloads from './en-workloads'
import runForm from './en-run-form'
import runs from './en-runs'
import machine from './en-machine'
import history from './en-history'
import compare from './en-compare'
import { formTexts } from './form-texts'

export default {
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
